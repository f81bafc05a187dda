/**
 * The price history of one (item, variant, currency): the points where the price changed, plus when
 * it was last seen. A visit at an unchanged price only moves `lastSeen`, so storage grows
 * with price changes, not with visits. Pure: the IndexedDB layer (price-db.ts) stores what this returns.
 *
 * Invariants of a series: at least one point; points strictly increasing in `at`; `lastSeen` ≥ the
 * last point's `at`. Two consecutive points differ in price or original, except after an import
 * merge (series-merge.ts), so readers must not rely on that.
 * Between two points the price is assumed to have stayed put, as everywhere in price tracking.
 */

export interface SeriesKey {
  itemId: string;
  /** SKU id, or '' for the product-level price (the lowest a buyer pays). */
  variantId: string;
  /** ISO 4217 code: a price in another currency is another series, never converted. */
  currency: string;
}

export interface PricePoint {
  /** Epoch ms from which `price` held. */
  at: number;
  price: number;
  /** The claimed price before discount, kept only when it is above `price`. */
  original?: number;
}

export interface PriceSeries extends SeriesKey {
  points: PricePoint[];
  /** Epoch ms of the newest observation, changed or not. */
  lastSeen: number;
}

export interface PriceObservation extends SeriesKey {
  at: number;
  price: number;
  original?: number;
}

/** A price above this is a reading error (a SKU id or a timestamp read as a price), never stored. */
export const MAX_PRICE = 1e9;

export type ObservationProblem =
  | 'bad-key' // empty or oversized item id, variant id too long, currency not an ISO code
  | 'bad-time' // not a positive integer of epoch ms
  | 'not-finite'
  | 'negative'
  | 'zero' // a price of 0 is a page that shows no price, not a free item
  | 'absurd'; // above MAX_PRICE

/**
 * - first: a new series; changed: a new change point; unchanged: only lastSeen moved;
 * - backfilled: older than anything we had, so the history now starts earlier;
 * - late: older than lastSeen and agreeing with the history, nothing to do;
 * - conflict: older than lastSeen and disagreeing with what newer observations established; dropped,
 *   because we keep no raw observations to tell when the price went back.
 */
export type RecordChange = 'first' | 'changed' | 'unchanged' | 'backfilled' | 'late' | 'conflict';

export type RecordOutcome =
  | { ok: true; series: PriceSeries; change: RecordChange }
  | { ok: false; reason: ObservationProblem; message: string };

const ITEM_ID = /^[\w-]{1,64}$/;
const CURRENCY = /^[A-Z]{3}$/;
const MAX_VARIANT_ID = 256;

/** Why an observation cannot be stored, or null when it can. */
export function observationProblem(obs: PriceObservation): ObservationProblem | null {
  if (
    typeof obs.itemId !== 'string' ||
    !ITEM_ID.test(obs.itemId) ||
    typeof obs.variantId !== 'string' ||
    obs.variantId.length > MAX_VARIANT_ID ||
    typeof obs.currency !== 'string' ||
    !CURRENCY.test(obs.currency)
  ) {
    return 'bad-key';
  }
  if (!Number.isSafeInteger(obs.at) || obs.at <= 0) return 'bad-time';
  return priceProblem(obs.price);
}

export function priceProblem(price: number): ObservationProblem | null {
  if (typeof price !== 'number' || !Number.isFinite(price)) return 'not-finite';
  if (price < 0) return 'negative';
  if (price === 0) return 'zero';
  if (price > MAX_PRICE) return 'absurd';
  return null;
}

const MESSAGES: Record<ObservationProblem, string> = {
  'bad-key': 'the item id, variant id or currency is not usable',
  'bad-time': 'the observation time is not a positive integer of epoch milliseconds',
  'not-finite': 'the price is not a finite number',
  negative: 'the price is negative',
  zero: 'the price is zero',
  absurd: `the price is above ${MAX_PRICE}`,
};

/** Prices read from pages are decimals; compare them without floating-point noise. */
export function samePrice(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameOriginal(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined ? a === b : samePrice(a, b);
}

/** Two points describe the same price (their times aside). */
export function samePoint(a: Omit<PricePoint, 'at'>, b: Omit<PricePoint, 'at'>): boolean {
  return samePrice(a.price, b.price) && sameOriginal(a.original, b.original);
}

/**
 * Whether an observation says something new about the price in effect. A missing original is not a
 * change: some page formats omit the claimed price that others show for the same item.
 */
function agrees(point: PricePoint, obs: Omit<PricePoint, 'at'>): boolean {
  return (
    samePrice(point.price, obs.price) &&
    (obs.original === undefined || sameOriginal(point.original, obs.original))
  );
}

/** A point from an observation, dropping a claimed original that is not above the price. */
function pointOf(obs: PriceObservation): PricePoint {
  const { at, price, original } = obs;
  const usable =
    original !== undefined &&
    priceProblem(original) === null &&
    original > price &&
    !samePrice(original, price);
  return usable ? { at, price, original } : { at, price };
}

/** Index of the point in effect at `at` (the last one starting at or before it), or -1. */
export function indexAt(points: readonly PricePoint[], at: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.at <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The point in effect at `at`. */
export function pointAt(points: readonly PricePoint[], at: number): PricePoint | undefined {
  return points[indexAt(points, at)];
}

/**
 * The series after one observation. When nothing changes the same series object comes back, so a
 * caller can skip the write.
 */
export function recordObservation(
  series: PriceSeries | undefined,
  obs: PriceObservation,
): RecordOutcome {
  const problem = observationProblem(obs);
  if (problem) return { ok: false, reason: problem, message: MESSAGES[problem] };
  const point = pointOf(obs);
  const { itemId, variantId, currency } = obs;
  const first = series?.points[0];
  if (!series || !first) {
    return {
      ok: true,
      change: 'first',
      series: { itemId, variantId, currency, points: [point], lastSeen: obs.at },
    };
  }
  const points = series.points;
  const last = points[points.length - 1]!;

  if (obs.at >= series.lastSeen) {
    if (agrees(last, point)) {
      if (obs.at === series.lastSeen) return { ok: true, change: 'unchanged', series };
      return { ok: true, change: 'unchanged', series: { ...series, lastSeen: obs.at } };
    }
    // Two different readings in the same millisecond: the later call wins, points stay strictly ordered.
    const kept = last.at === obs.at ? points.slice(0, -1) : points;
    const previous = kept[kept.length - 1];
    const next = previous && samePoint(previous, point) ? kept : [...kept, point];
    return { ok: true, change: 'changed', series: { ...series, points: next, lastSeen: obs.at } };
  }

  if (obs.at < first.at) {
    // Same assumption as going forward: nothing seen in between, so the price held.
    const next = agrees(first, point)
      ? [{ ...first, at: obs.at }, ...points.slice(1)]
      : [point, ...points];
    return { ok: true, change: 'backfilled', series: { ...series, points: next } };
  }

  const inEffect = pointAt(points, obs.at)!;
  return { ok: true, change: agrees(inEffect, point) ? 'late' : 'conflict', series };
}
