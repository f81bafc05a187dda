import { browser } from '../shared/browser';

/**
 * The tab the popup is about. Normally the active tab of the popup's window; `?tab=<id>` names one
 * explicitly, which is how the popup is opened as a page (screenshots, end-to-end tests).
 */
export function targetTabId(search: string): () => Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  return async () => {
    if (Number.isSafeInteger(named) && named > 0) return named;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  };
}
