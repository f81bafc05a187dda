/**
 * The fields of a product that cross from a content script to the worker. Kept apart from the
 * schema that checks them on arrival (product-schema.ts), so the item page's first script does not
 * carry the validator.
 */
import type { Product } from '../extract/model';
import type { ProductPayload } from './product-schema';

/** Nothing else of the page goes. */
export function toPayload(p: Product): ProductPayload {
  return {
    id: p.id,
    ...(p.siteId ? { siteId: p.siteId } : {}),
    site: p.site,
    url: p.url,
    generation: p.generation,
    ...(p.title ? { title: p.title.slice(0, 2000) } : {}),
    ...(p.currency ? { currency: p.currency } : {}),
    ...(p.price ? { price: p.price } : {}),
    media: p.media.slice(0, 2000),
    variants: p.variants.slice(0, 5000),
    ...(p.selectedVariantId ? { selectedVariantId: p.selectedVariantId } : {}),
    ...(p.store ? { store: p.store } : {}),
    // "Download all" reads the description's images in the worker.
    ...(p.descriptionUrl ? { descriptionUrl: p.descriptionUrl } : {}),
  };
}
