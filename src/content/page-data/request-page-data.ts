/**
 * Asks the MAIN-world helper for the page's own data objects. Resolves with undefined when the
 * helper does not answer in time (it may be blocked by the page): callers then read script text.
 */
import type { PageData } from '../../extract/model';
import {
  PAGE_DATA_CHANGED,
  PAGE_DATA_REPLY,
  PAGE_DATA_REQUEST,
  type PageDataReply,
} from './events';

/**
 * Calls `listener` each time the helper says the page received new data (aliexpress.ru's
 * `/productData` answer), which the next request hands over. Returns the way to stop listening.
 */
export function onPageDataChanged(doc: Document, listener: () => void): () => void {
  doc.addEventListener(PAGE_DATA_CHANGED, listener);
  return () => doc.removeEventListener(PAGE_DATA_CHANGED, listener);
}

export function requestPageData(doc: Document, timeoutMs = 250): Promise<PageData | undefined> {
  const nonce = Math.random().toString(36).slice(2) + Date.now().toString(36);
  return new Promise((resolve) => {
    const finish = (value: PageData | undefined) => {
      clearTimeout(timer);
      doc.removeEventListener(PAGE_DATA_REPLY, onReply);
      resolve(value);
    };
    const onReply = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      let reply: PageDataReply;
      try {
        reply = JSON.parse(detail) as PageDataReply;
      } catch {
        return;
      }
      if (reply?.nonce !== nonce) return;
      if (typeof reply.json !== 'string') return finish(undefined);
      try {
        const data: unknown = JSON.parse(reply.json);
        finish(data !== null && typeof data === 'object' ? (data as PageData) : undefined);
      } catch {
        finish(undefined);
      }
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    doc.addEventListener(PAGE_DATA_REPLY, onReply);
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST, { detail: nonce }));
  });
}
