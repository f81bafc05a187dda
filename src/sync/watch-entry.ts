/**
 * One watch in the synced watchlist, and its compact form. A watch is known by its item; `at` is
 * when it was set (a changed target is a new watch) or removed, and the newest wins. A removal is
 * kept for a while as an entry without a watch, so that other browsers drop the item too. Pure.
 */
import * as v from 'valibot';
import type { Watch, WatchRule } from '../prices/alert-rules';

export interface SyncedWatchDetails {
  variantId: string;
  currency: string;
  rule: WatchRule;
  alertOnRise: boolean;
  priceWhenWatched: number;
  /** The item's page address, without query or fragment. */
  url?: string;
}

export interface SyncedWatch {
  itemId: string;
  /** Epoch ms: when the watch was set, or when it was removed. */
  at: number;
  /** Null: the item was removed from the watchlist at `at`. */
  watch: SyncedWatchDetails | null;
}

/**
 * The compact form: `i` item, `t` time, `x` removed; `v` variant (left out when the product-level
 * price is watched), `c` currency, `g` target price or `d` drop percent, `w` price when watched,
 * `a` alert on rises, `u` page address (left out when it is the item's usual aliexpress.com page,
 * empty when none is known).
 */
export type EncodedWatch = Record<string, string | number>;

export const MAX_URL_LENGTH = 500;

const usualUrl = (itemId: string) => `https://www.aliexpress.com/item/${itemId}.html`;

/** An https page address without query or fragment, short enough to sync, or undefined. */
export function pageAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:') return undefined;
    const address = `${url.origin}${url.pathname}`;
    return address.length <= MAX_URL_LENGTH ? address : undefined;
  } catch {
    return undefined;
  }
}

export function encodeWatch({ itemId, at, watch }: SyncedWatch): EncodedWatch {
  if (watch === null) return { i: itemId, t: at, x: 1 };
  const entry: EncodedWatch = { i: itemId, t: at };
  if (watch.variantId) entry.v = watch.variantId;
  entry.c = watch.currency;
  if (watch.rule.kind === 'target') entry.g = watch.rule.price;
  else entry.d = watch.rule.percent;
  entry.w = watch.priceWhenWatched;
  if (watch.alertOnRise) entry.a = 1;
  if (watch.url !== usualUrl(itemId)) entry.u = watch.url ?? '';
  return entry;
}

const price = v.pipe(v.number(), v.finite(), v.minValue(0));
const entrySchema = v.object({
  i: v.pipe(v.string(), v.regex(/^\d{1,20}$/)),
  t: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  x: v.optional(v.literal(1)),
  v: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  c: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  g: v.optional(price),
  d: v.optional(v.pipe(v.number(), v.finite(), v.gtValue(0), v.ltValue(100))),
  w: v.optional(v.pipe(price, v.gtValue(0))),
  a: v.optional(v.literal(1)),
  u: v.optional(v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH))),
});

/** Null when the entry is not a valid watch or removal (another version's, or damaged). */
export function decodeWatch(raw: unknown): SyncedWatch | null {
  const parsed = v.safeParse(entrySchema, raw);
  if (!parsed.success) return null;
  const e = parsed.output;
  if (e.x === 1) return { itemId: e.i, at: e.t, watch: null };
  if (e.c === undefined || e.w === undefined) return null;
  if ((e.g === undefined) === (e.d === undefined)) return null;
  const rule: WatchRule =
    e.g !== undefined ? { kind: 'target', price: e.g } : { kind: 'drop', percent: e.d! };
  const url = e.u === undefined ? usualUrl(e.i) : e.u === '' ? undefined : pageAddress(e.u);
  if (e.u && url !== e.u) return null;
  return {
    itemId: e.i,
    at: e.t,
    watch: {
      variantId: e.v ?? '',
      currency: e.c,
      rule,
      alertOnRise: e.a === 1,
      priceWhenWatched: e.w,
      ...(url ? { url } : {}),
    },
  };
}

/** A stored watch as it is synced; `url` is the item's page address where one is known. */
export function syncedFromWatch(watch: Watch, url?: string): SyncedWatch {
  const address = pageAddress(watch.url ?? url);
  return {
    itemId: watch.itemId,
    at: watch.createdAt,
    watch: {
      variantId: watch.variantId,
      currency: watch.currency,
      rule: watch.rule,
      alertOnRise: watch.alertOnRise,
      priceWhenWatched: watch.priceWhenWatched,
      ...(address ? { url: address } : {}),
    },
  };
}
