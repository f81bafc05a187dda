import type { Generation, Media, Shipping, Site } from './model';

/** What one source says about the product, before validation and merging. Values are unchecked. */
export interface Draft {
  generation: Generation;
  /** Item id as this source shows it (an aliexpress.us id stays as it is here). */
  id?: string;
  site?: Site;
  /** A URL for the page this source describes (canonical tag, og:url), used when the caller has none. */
  pageUrl?: string;
  title?: string;
  currency?: string;
  price?: PriceFacts;
  media: Media[];
  variants: DraftVariant[];
  selectedVariantId?: string;
  store?: { name?: string; url?: string };
  descriptionUrl?: string;
  shipping?: Shipping;
  /** The page says the item cannot be shown (error code or message). */
  unavailable?: string;
}

export interface PriceFacts {
  current?: number;
  original?: number;
  min?: number;
  max?: number;
  discountPercent?: number;
}

export interface DraftVariant {
  id: string;
  name?: string;
  image?: string;
  price?: number;
  original?: number;
  discountPercent?: number;
}

export function emptyDraft(generation: Generation): Draft {
  return { generation, media: [], variants: [] };
}
