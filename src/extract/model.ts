import type { Site } from './item-url';

export type { Site };

/**
 * Which page format a product was read from. Names follow the generations in
 * shared/notes/aliexpress-data.md so a user report can be matched to a section there.
 */
export type Generation =
  | 'legacy' // G0: flat `window.runParams.x = ...` assignments (2018)
  | 'module' // G1: runParams `*Module` data (2019-2022)
  | 'init-data' // G1b: `_dida_config_._init_data_` component hierarchy (2022)
  | 'mobile' // m.aliexpress.com `_init_data_` (title_/price_/sku_ components)
  | 'component' // G2: runParams `*Component` data (2023-2024)
  | 'csr' // G3: client-rendered pages (mtop result, DCData, JSON-LD, og tags, DOM)
  | 'aer' // aliexpress.ru (`__AER_DATA__`, productData)
  | 'alibaba'; // alibaba.com `window.detailData`

export type MediaKind = 'gallery' | 'variant' | 'description' | 'video';

export interface Media {
  kind: MediaKind;
  /** Always https, in original resolution. */
  url: string;
  /** The variant name for variant images. */
  label?: string;
}

export interface Price {
  /** The lowest price a buyer pays now, in the display currency. */
  current: number;
  /** The price before discount that goes with `current`. */
  original?: number;
  /** Range of current prices across variants, only when they differ. */
  min?: number;
  max?: number;
  discountPercent?: number;
}

export interface Variant {
  /** SKU id; these exceed 2^53, so they never pass through Number. */
  id: string;
  name: string;
  image?: string;
  /** Current price of this variant in the display currency. */
  price?: number;
}

export interface Store {
  name: string;
  url?: string;
}

export interface Shipping {
  text?: string;
  cost?: number;
  free?: boolean;
}

export interface Product {
  /** Canonical global item id. */
  id: string;
  /** The id as the page or URL shows it, when it differs from `id` (aliexpress.us). */
  siteId?: string;
  site: Site;
  url: string;
  generation: Generation;
  title?: string;
  /** ISO 4217 code of the display currency. */
  currency?: string;
  price?: Price;
  media: Media[];
  variants: Variant[];
  selectedVariantId?: string;
  store?: Store;
  descriptionUrl?: string;
  shipping?: Shipping;
}

export type FailureReason =
  | 'invalid-input' // the input itself is unusable (not an object, or no url string)
  | 'not-item-page' // neither the URL nor the content is an item page
  | 'no-product-data' // an item page that carries no readable product data (captcha, error, blank shell)
  | 'unsupported-format' // product data is there but in a shape no reader knows
  | 'item-unavailable' // the page says the item is gone
  | 'id-mismatch' // the data describes another item than the URL (stale data after in-page navigation)
  | 'internal-error';

/**
 * What a page that could not be read showed the reader, as codes and counts only: no page text,
 * so a diagnostic built from it holds no personal data.
 */
export interface PageClues {
  /** The page generation its content points to, when it points to one. */
  generation: Generation | null;
  /** Product data objects found (runParams, _init_data_, mtop, detailData, aer data). */
  dataObjects: number;
  jsonLd: number;
  metaTags: number;
}

export type ExtractResult =
  | { ok: true; product: Product }
  | { ok: false; reason: FailureReason; message: string; clues?: PageClues };

/**
 * Objects read in the page's MAIN world. Each is the raw page object, typed loosely on purpose:
 * the readers validate every field they use.
 */
export interface PageData {
  /** `window.runParams` (legacy flat object, or `{ data }` for Module/Component pages). */
  runParams?: unknown;
  /** `window._d_c_.DCData` on client-rendered pages. */
  dcData?: unknown;
  /** `data.result` of mtop.aliexpress.pdp.pc.query, or `_d_c_.lifeCycleEventList[0].data`, or the whole response. */
  mtop?: unknown;
  /** `window._dida_config_._init_data_` or the mobile `_init_data_`. */
  initData?: unknown;
  /** `window.detailData` on alibaba.com. */
  detailData?: unknown;
  /** aliexpress.ru `/productData` response (`{ data: {...} }` or its `data`). */
  aerProductData?: unknown;
  /** aliexpress.ru `#__AER_DATA__` JSON, already parsed. */
  aerData?: unknown;
}

export interface PageInput {
  url: string;
  /** A DOM: the real `document` in the extension, a parsed one in Node. */
  document?: ParentNode;
  /** Inline script texts, when there is no DOM. */
  scripts?: string[];
  /** Structured objects read in the MAIN world; preferred over script text. */
  pageData?: PageData;
}
