/**
 * Combines what several sources say (first source wins per field) and turns the result into a
 * Product that holds its invariants: https URLs, no duplicate media or variants, finite positive
 * prices, plain-text names, string ids.
 */
import { currencyCode } from './currency';
import type { Draft, DraftVariant, PriceFacts } from './draft';
import { canonicalItemId, type ItemUrl } from './item-url';
import { httpsUrl, mediaKey, normalizeVideoUrl, originalImageUrl } from './media-url';
import type { Generation, Media, MediaKind, Price, Product, Shipping, Variant } from './model';
import { cleanText, MAX_NAME, MAX_TITLE } from './text';
import { money } from './values';

const MAX_MEDIA = 600;
const MAX_VARIANTS = 2000;
const KIND_ORDER: MediaKind[] = ['gallery', 'variant', 'description', 'video'];
const VARIANT_ID = /^[0-9A-Za-z:;,_-]{1,200}$/;

export function mergeDrafts(drafts: Draft[]): Draft {
  const primary = drafts[0];
  const merged: Draft = { generation: primary?.generation ?? 'csr', media: [], variants: [] };
  const pick = <K extends keyof Draft>(key: K): void => {
    const from = drafts.find((d) => d[key] !== undefined && d[key] !== '');
    if (from) merged[key] = from[key];
  };
  for (const key of [
    'id',
    'site',
    'pageUrl',
    'title',
    'store',
    'descriptionUrl',
    'shipping',
    'unavailable',
  ] as const) {
    pick(key);
  }
  // A price and its currency must come from the same source.
  const priced = drafts.find((d) => d.price?.current !== undefined);
  if (priced?.price) merged.price = priced.price;
  const currency = priced?.currency ?? drafts.find((d) => d.currency)?.currency;
  if (currency) merged.currency = currency;
  const withVariants = drafts.find((d) => d.variants.length > 0);
  if (withVariants) {
    merged.variants = withVariants.variants;
    if (withVariants.selectedVariantId) merged.selectedVariantId = withVariants.selectedVariantId;
  }
  for (const kind of KIND_ORDER) {
    const from = drafts.find((d) => d.media.some((m) => m.kind === kind));
    if (from) merged.media.push(...from.media.filter((m) => m.kind === kind));
  }
  return merged;
}

export function cleanPrice(p: PriceFacts | undefined): Price | undefined {
  const current = money(p?.current);
  if (!p || current === undefined) return undefined;
  const price: Price = { current };
  const original = money(p.original);
  if (original !== undefined && original > current) price.original = original;
  const min = money(p.min);
  const max = money(p.max);
  if (min !== undefined && max !== undefined && min < max) {
    price.min = Math.min(min, current);
    price.max = Math.max(max, current);
  }
  const discount = typeof p.discountPercent === 'number' ? Math.round(p.discountPercent) : NaN;
  if (discount >= 1 && discount <= 99) price.discountPercent = discount;
  return price;
}

function cleanMedia(items: Media[]): Media[] {
  const seen = new Set<string>();
  const out: Media[] = [];
  for (const kind of KIND_ORDER) {
    for (const m of items) {
      if (m.kind !== kind || out.length >= MAX_MEDIA) continue;
      const url = kind === 'video' ? normalizeVideoUrl(m.url) : originalImageUrl(m.url);
      if (!url) continue;
      const key = (kind === 'video' ? 'video:' : '') + mediaKey(url);
      if (seen.has(key)) continue;
      seen.add(key);
      const label = cleanText(m.label, MAX_NAME);
      out.push(label ? { kind, url, label } : { kind, url });
    }
  }
  return out;
}

function cleanVariants(variants: DraftVariant[]): Variant[] {
  const seen = new Set<string>();
  const out: Variant[] = [];
  for (const v of variants) {
    if (out.length >= MAX_VARIANTS) break;
    if (typeof v.id !== 'string' || !VARIANT_ID.test(v.id) || seen.has(v.id)) continue;
    seen.add(v.id);
    const variant: Variant = { id: v.id, name: cleanText(v.name, MAX_NAME) ?? v.id };
    const image = originalImageUrl(v.image);
    if (image) variant.image = image;
    const price = money(v.price);
    if (price !== undefined) variant.price = price;
    out.push(variant);
  }
  return out;
}

function cleanShipping(s: Shipping | undefined): Shipping | undefined {
  if (!s) return undefined;
  const out: Shipping = {};
  const text = cleanText(s.text, MAX_NAME);
  if (text) out.text = text;
  if (s.cost === 0 || money(s.cost) !== undefined) out.cost = s.cost === 0 ? 0 : money(s.cost);
  if (typeof s.free === 'boolean') out.free = s.free;
  return Object.keys(out).length ? out : undefined;
}

export interface Identity {
  id: string;
  siteId?: string;
  site: ItemUrl['site'];
  url: string;
}

export function finalize(d: Draft, who: Identity, generation: Generation): Product {
  const product: Product = {
    id: who.id,
    site: who.site,
    url: who.url,
    generation,
    media: [],
    variants: [],
  };
  if (who.siteId) product.siteId = who.siteId;
  const title = cleanText(d.title, MAX_TITLE);
  if (title) product.title = title;
  const currency = currencyCode(d.currency);
  if (currency) product.currency = currency;
  const price = cleanPrice(d.price);
  if (price) product.price = price;
  product.media = cleanMedia(d.media);
  product.variants = cleanVariants(d.variants);
  if (d.selectedVariantId && product.variants.some((v) => v.id === d.selectedVariantId)) {
    product.selectedVariantId = d.selectedVariantId;
  }
  const storeName = cleanText(d.store?.name, MAX_NAME);
  if (storeName) {
    const url = httpsUrl(d.store?.url);
    product.store = url ? { name: storeName, url } : { name: storeName };
  }
  const desc = httpsUrl(d.descriptionUrl);
  if (desc) product.descriptionUrl = desc;
  const shipping = cleanShipping(d.shipping);
  if (shipping) product.shipping = shipping;
  return product;
}

/** Canonical id for the site: aliexpress.us ids (>= 2^51) map back to the global id. */
export function canonicalId(site: ItemUrl['site'], siteId: string): string {
  return site === 'aliexpress' ? canonicalItemId(siteId) : siteId;
}
