/**
 * The store's current prices, per variant, which tests change between visits. The product's price
 * is its cheapest variant's.
 */
import { catalog, PRODUCT_KEYS, type ProductKey } from './catalog';

export interface VariantPrice {
  skuId: string;
  current: number;
  original: number;
}

export interface PriceChange {
  current: number;
  original?: number;
  /** A variant's skuId; without it every variant takes the new price. */
  variantId?: string;
}

export interface ProductPrice {
  current: number;
  original: number;
  min: number;
  max: number;
  originalMin: number;
  originalMax: number;
  discountPercent: number;
  variants: VariantPrice[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export class PriceBook {
  #prices = new Map<ProductKey, VariantPrice[]>();

  constructor() {
    this.reset();
  }

  reset(): void {
    for (const key of PRODUCT_KEYS) {
      this.#prices.set(
        key,
        catalog[key].variants.map((v) => ({
          skuId: v.skuId,
          current: v.price,
          original: v.original,
        })),
      );
    }
  }

  set(key: ProductKey, change: PriceChange): void {
    const variants = this.#prices.get(key);
    if (!variants) throw new Error(`Unknown product ${key}`);
    if (!Number.isFinite(change.current) || change.current < 0) {
      throw new Error(`Not a price: ${change.current}`);
    }
    const targets = change.variantId
      ? variants.filter((v) => v.skuId === change.variantId)
      : variants;
    if (targets.length === 0) throw new Error(`Unknown variant ${change.variantId} of ${key}`);
    for (const v of targets) {
      v.current = round2(change.current);
      v.original = round2(Math.max(change.original ?? v.original, change.current));
    }
  }

  get(key: ProductKey): ProductPrice {
    const variants = this.#prices.get(key)!.map((v) => ({ ...v }));
    const cheapest = variants.reduce((a, b) => (b.current < a.current ? b : a));
    const currents = variants.map((v) => v.current);
    const originals = variants.map((v) => v.original);
    return {
      current: cheapest.current,
      original: cheapest.original,
      min: Math.min(...currents),
      max: Math.max(...currents),
      originalMin: Math.min(...originals),
      originalMax: Math.max(...originals),
      discountPercent:
        cheapest.original > 0 ? Math.round((1 - cheapest.current / cheapest.original) * 100) : 0,
      variants,
    };
  }
}
