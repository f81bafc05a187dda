/**
 * aliexpress.ru only (its own MAIN-world entry in the manifest, matched to aliexpress.ru item
 * pages alone): keeps a copy of each `/productData` answer the page receives
 * (capture-product-data.ts) and hands it to the MAIN-world helper (page-data.iife.ts) as JSON
 * text, which keeps it for the isolated script's next request and tells it to read the page again.
 *
 * It starts at document_start, after the helper (the manifest lists the helper first), while the
 * functions it keeps are still the browser's own; nothing it does may throw into the page.
 */
import { captureProductData } from './capture-product-data';
import { PRODUCT_DATA_CAPTURED } from './events';
import { apply } from './natives';

const dispatch = EventTarget.prototype.dispatchEvent;
const Custom = CustomEvent;
const doc = document;

captureProductData(window, (_value, json) => {
  apply(dispatch, doc, [new Custom(PRODUCT_DATA_CAPTURED, { detail: json })]);
});
