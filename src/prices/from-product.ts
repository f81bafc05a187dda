/**
 * The price observations in one product read from a page (src/extract): the product-level price
 * (variantId '') and each variant's own price, all in the page's display currency, plus the item
 * details the watchlist shows. Pure; the caller passes each observation to `recordPrice`.
 */
import type { Product } from '../extract/model';
import type { PriceObservation } from './history';
import type { ItemDetails } from './item-record';

export interface ProductPrices {
  observations: PriceObservation[];
  details: ItemDetails;
}

/** Nothing to record without a currency: a price in an unknown currency cannot be compared. */
export function pricesFromProduct(product: Product, at: number): ProductPrices {
  const { id: itemId, currency, price } = product;
  const gallery = product.media.find((m) => m.kind === 'gallery');
  const details: ItemDetails = {
    site: product.site,
    url: product.url,
    ...(product.title !== undefined && { title: product.title }),
    ...(gallery && { image: gallery.url }),
  };
  if (!currency) return { observations: [], details };
  const observations: PriceObservation[] = [];
  if (price) {
    observations.push({
      itemId,
      variantId: '',
      currency,
      at,
      price: price.current,
      ...(price.original !== undefined && { original: price.original }),
    });
  }
  const seen = new Set<string>();
  for (const v of product.variants) {
    if (v.price === undefined || v.id === '' || seen.has(v.id)) continue;
    seen.add(v.id);
    observations.push({ itemId, variantId: v.id, currency, at, price: v.price });
  }
  return { observations, details };
}
