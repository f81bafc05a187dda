/**
 * The DOM events between AliKeep's isolated content script and its MAIN-world helper, and from
 * aliexpress.ru's MAIN-world capture to the helper. Event details cross worlds only as strings, so
 * the data travels as JSON text.
 */
export const PAGE_DATA_REQUEST = 'alikeep:page-data-request';
export const PAGE_DATA_REPLY = 'alikeep:page-data';
/** From the helper, without detail: the page received data the last reply did not have. */
export const PAGE_DATA_CHANGED = 'alikeep:page-data-changed';
/** From the capture to the helper: the page's `/productData` answer, as JSON text. */
export const PRODUCT_DATA_CAPTURED = 'alikeep:product-data';

/** Largest JSON text the helper hands over; a bigger page falls back to reading script text. */
export const MAX_PAGE_DATA_CHARS = 6_000_000;

export interface PageDataRequest {
  nonce: string;
}

export interface PageDataReply {
  nonce: string;
  /** `PageData` as JSON, or null when nothing could be read. */
  json: string | null;
}
