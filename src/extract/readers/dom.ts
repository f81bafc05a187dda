/**
 * The rendered DOM, last in line: what a user sees when no data object could be read (the
 * client-rendered app keeps its data in the MAIN world). Selectors live in ../selectors.ts.
 */
import { emptyDraft, type Draft } from '../draft';
import type { Sources } from '../page-sources';
import { parsePercent, parsePriceText } from '../price-text';
import { SELECTORS } from '../selectors';
import { str } from '../values';

const MAX_NODES = 200;

function all(doc: ParentNode, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector)).slice(0, MAX_NODES);
}

function text(doc: ParentNode, selector: string): string | undefined {
  return str(doc.querySelector(selector)?.textContent);
}

function imageSrc(el: Element): string | undefined {
  return str(el.getAttribute('src')) ?? str(el.getAttribute('data-src'));
}

export function readDom(s: Sources): Draft | undefined {
  const doc = s.doc;
  if (!doc) return undefined;
  const draft = emptyDraft('csr');
  const title = text(doc, SELECTORS.csrTitle) ?? text(doc, SELECTORS.moduleTitle);
  if (title) draft.title = title;

  const current = parsePriceText(text(doc, SELECTORS.csrCurrentPrice));
  if (current) {
    const original = parsePriceText(text(doc, SELECTORS.csrOriginalPrice), current.currency);
    draft.price = { current: current.min };
    if (current.max > current.min)
      Object.assign(draft.price, { min: current.min, max: current.max });
    if (original && (!original.currency || original.currency === current.currency)) {
      draft.price.original = original.min;
    }
    const discount = parsePercent(text(doc, SELECTORS.csrDiscount));
    if (discount) draft.price.discountPercent = discount;
    if (current.currency) draft.currency = current.currency;
  }

  for (const selector of [SELECTORS.csrGallery, SELECTORS.moduleGallery, SELECTORS.csrMagnifier]) {
    for (const img of all(doc, selector)) {
      const u = imageSrc(img);
      if (u) draft.media.push({ kind: 'gallery', url: u });
    }
    if (draft.media.length) break;
  }
  for (const selector of [SELECTORS.csrVideo, SELECTORS.moduleVideo]) {
    for (const video of all(doc, selector)) {
      const u =
        str(video.getAttribute('src')) ?? str(video.querySelector('source')?.getAttribute('src'));
      if (u) draft.media.push({ kind: 'video', url: u });
    }
  }
  for (const el of all(doc, SELECTORS.csrSkuValue)) {
    const img = el.querySelector('img');
    const u = img && imageSrc(img);
    if (!u) continue;
    const label =
      str(img.getAttribute('alt')) ?? str(el.getAttribute('title')) ?? str(el.textContent);
    draft.media.push({ kind: 'variant', url: u, label });
  }
  const storeName = text(doc, SELECTORS.csrStoreName);
  if (storeName) {
    const href = doc.querySelector(SELECTORS.csrStoreName)?.closest('a')?.getAttribute('href');
    draft.store = { name: storeName, url: str(href) };
  }
  const found = draft.title || draft.price || draft.media.length || draft.store;
  return found ? draft : undefined;
}
