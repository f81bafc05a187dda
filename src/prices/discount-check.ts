/**
 * The real-discount check, after the EU Omnibus rule (Directive 98/6/EC art. 6a): a price
 * reduction is measured against the lowest price of the 30 days before the reduction. We compare the
 * page's claimed discount with the lowest price we saw in the 30 days before the current price
 * started, and answer only when our history covers all of those 30 days. Pure.
 */
import { samePrice, type PriceSeries } from './history';
import { currentPriceSince, valuesBetween } from './stats';
import { DAY_MS } from './time';

export const REFERENCE_PERIOD_MS = 30 * DAY_MS;

/**
 * Claimed discounts are shown rounded and computed from rounded prices; within this many percentage
 * points of the real figure a claim counts as honest.
 */
export const HONEST_MARGIN_POINTS = 2;

export interface DiscountClaim {
  /** The claimed price before discount. */
  original?: number;
  /** The discount the page shows, e.g. 60 for "−60%". Preferred over `original` when both exist. */
  discountPercent?: number;
}

export type DiscountVerdict =
  | 'honest' // the real reduction is about what the page claims
  | 'overstated' // the price did fall, but by less than claimed
  | 'no-real-discount'; // the price is not below the 30-day low before it started

export type DiscountCheck =
  | { kind: 'no-history' }
  | { kind: 'no-claim' }
  | { kind: 'not-enough-history'; currentSince: number; trackedSince: number }
  | {
      kind: 'checked';
      current: number;
      currentSince: number;
      claimedPercent: number;
      /** Negative when the current price is above the reference: a rise dressed as a sale. */
      realPercent: number;
      /** The lowest price in the 30 days before `currentSince`. */
      reference: number;
      referenceAt: number;
      claimedOriginal?: number;
      verdict: DiscountVerdict;
    };

const percentBelow = (price: number, reference: number) => ((reference - price) / reference) * 100;

function claimedPercentOf(claim: DiscountClaim, current: number): number | undefined {
  const { discountPercent: shown, original } = claim;
  if (shown !== undefined && Number.isFinite(shown) && shown > 0 && shown < 100) return shown;
  if (original !== undefined && Number.isFinite(original) && original > current) {
    return percentBelow(current, original);
  }
  return undefined;
}

/**
 * Checks a claim against the series' current price. Without a claim, the original stored with the
 * current price is used. Record the page's observation first, so the series' current price is the
 * one the page shows.
 */
export function checkDiscount(series: PriceSeries, claim?: DiscountClaim): DiscountCheck {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last) return { kind: 'no-history' };
  const current = last.price;
  const used = claim ?? (last.original !== undefined ? { original: last.original } : {});
  const claimedPercent = claimedPercentOf(used, current);
  if (claimedPercent === undefined) return { kind: 'no-claim' };

  const currentSince = currentPriceSince(series.points)!;
  const windowStart = currentSince - REFERENCE_PERIOD_MS;
  if (first.at > windowStart) {
    return { kind: 'not-enough-history', currentSince, trackedSince: first.at };
  }
  // Times are integer milliseconds, so `currentSince - 1` ends the window just before the current price.
  const before = valuesBetween(series.points, windowStart, currentSince - 1)!;
  const reference = before.lowest;
  const realPercent = percentBelow(current, reference);
  const verdict: DiscountVerdict =
    realPercent <= 0 || samePrice(current, reference)
      ? 'no-real-discount'
      : claimedPercent - realPercent > HONEST_MARGIN_POINTS
        ? 'overstated'
        : 'honest';
  return {
    kind: 'checked',
    current,
    currentSince,
    claimedPercent,
    realPercent,
    reference,
    referenceAt: before.lowestAt,
    ...(used.original !== undefined && { claimedOriginal: used.original }),
    verdict,
  };
}
