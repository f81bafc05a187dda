/**
 * The product a hostile page starts from: the "Module" demo product under the case's own item id,
 * with the title, price, currency, gallery or variants a case swaps in.
 */
import { createHash } from 'node:crypto';
import { catalog, type CatalogMedia, type CatalogProduct } from '../catalog';
import type { ProductPrice } from '../prices';

export const HOSTILE_HOST = 'www.aliexpress.com';
/** Hostile pages live at /item/9000000000000NN.html, NN being the case number. */
export const HOSTILE_ID_PREFIX = '9000000000000';

export function hostileId(n: number): string {
  return `${HOSTILE_ID_PREFIX}${String(n).padStart(2, '0')}`;
}

export interface ProductChanges {
  title?: string;
  /** The price every variant charges now (may be 0, negative, NaN, huge). */
  price?: number;
  currency?: string;
  /** How many gallery images the data lists. */
  galleryImages?: number;
  variantNames?: string[];
  storeName?: string;
}

function fakeImage(n: number): CatalogMedia {
  const hash = `S${createHash('sha1').update(`hostile-${n}`).digest('hex').slice(0, 32)}V`;
  const base = catalog.module.gallery[0]!;
  return { ...base, hash, url: `https://ae01.alicdn.com/kf/${hash}.jpg` };
}

export function hostileProduct(n: number, changes: ProductChanges): CatalogProduct {
  const base = catalog.module;
  const id = hostileId(n);
  const names = changes.variantNames;
  const variants = names
    ? names.map((name, i) => ({
        ...base.variants[i % base.variants.length]!,
        name,
        skuId: `${12000040000000000n + BigInt(n) * 1000n + BigInt(i)}`,
        propertyValueId: String(300000 + i),
      }))
    : base.variants;
  const gallery =
    changes.galleryImages === undefined
      ? base.gallery
      : Array.from({ length: changes.galleryImages }, (_, i) => fakeImage(i));
  return {
    ...base,
    id,
    url: `https://${HOSTILE_HOST}/item/${id}.html`,
    title: changes.title ?? `Hostile page ${n}: ${base.title}`,
    currency: changes.currency ?? base.currency,
    store: { ...base.store, name: changes.storeName ?? base.store.name },
    gallery,
    variants,
  };
}

export function hostilePrice(p: CatalogProduct, price: number | undefined): ProductPrice {
  const variants = p.variants.map((v) => ({
    skuId: v.skuId,
    current: price ?? v.price,
    original: price ?? v.original,
  }));
  const currents = variants.map((v) => v.current);
  const originals = variants.map((v) => v.original);
  const first = variants[0]!;
  return {
    current: first.current,
    original: first.original,
    min: Math.min(...currents),
    max: Math.max(...currents),
    originalMin: Math.min(...originals),
    originalMax: Math.max(...originals),
    discountPercent: price === undefined ? 40 : 0,
    variants,
  };
}
