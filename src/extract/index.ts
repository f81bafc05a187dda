/** Pure AliExpress / Alibaba page reading: no browser API, runs in a content script and in Node. */
export { extractProduct, discoverPageUrl } from './extract';
export { classifyDump } from './dump';
export type {
  ExtractResult,
  FailureReason,
  Generation,
  Media,
  MediaKind,
  PageData,
  PageInput,
  Price,
  Product,
  Shipping,
  Site,
  Store,
  Variant,
} from './model';
export { parseItemUrl, canonicalItemId, US_ID_OFFSET, type ItemUrl } from './item-url';
export { originalImageUrl, mediaKey, videoUrl, normalizeVideoUrl, httpsUrl } from './media-url';
export { parsePriceText, parseLocalPrice, parsePercent, type PriceText } from './price-text';
export { currencyFromLabel, currencyCode } from './currency';
export { cleanText, titleFromPageTitle } from './text';
