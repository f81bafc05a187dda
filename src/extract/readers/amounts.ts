/**
 * Money fields, read only when they are in the display currency: pages also carry base-currency
 * (CNY/USD) copies of the same prices under similar names (notes, section 3).
 */
import { currencyCode } from '../currency';
import type { DraftVariant, PriceFacts } from '../draft';
import { parseLocalPrice, parsePercent, parsePriceText, type PriceText } from '../price-text';
import { money, num, obj } from '../values';

/** `{ value, currency, formatedAmount }` (AliExpress's spelling) in `currency`, else undefined. */
export function amountIn(v: unknown, currency: string | undefined): number | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const own = currencyCode(o['currency']);
  if (currency && own && own !== currency) return undefined;
  const value = num(o['value']);
  if (value !== undefined) return value;
  const text = o['formatedAmount'] ?? o['formattedAmount'] ?? o['formatted'];
  return textIn(text, currency ?? own)?.min;
}

/** A display string in `currency` (a string naming another currency is refused). */
export function textIn(v: unknown, currency: string | undefined): PriceText | undefined {
  const parsed = parsePriceText(v, currency);
  if (!parsed) return undefined;
  if (currency && parsed.currency && parsed.currency !== currency) return undefined;
  return parsed;
}

/** A `label|integer|decimals` string in `currency`. */
export function localIn(v: unknown, currency: string | undefined): number | undefined {
  const parsed = parseLocalPrice(v, currency);
  if (!parsed) return undefined;
  if (currency && parsed.currency && parsed.currency !== currency) return undefined;
  return parsed.value;
}

export interface PriceParts {
  /** Range of prices now (activity/sale prices). */
  currentMin?: number;
  currentMax?: number;
  /** Range of prices before discount. */
  originalMin?: number;
  originalMax?: number;
  discount?: unknown;
}

/**
 * Combines a page's price range fields with its per-variant prices. Page-level fields win; the
 * variants fill in what the page leaves out and tell which discount goes with the lowest price.
 */
export function summarizePrice(
  parts: PriceParts,
  variants: DraftVariant[],
): PriceFacts | undefined {
  // Pages send 0 for "no activity price" and sometimes junk: such a value must not hide the rest.
  let currentMin = money(parts.currentMin);
  let currentMax = money(parts.currentMax);
  let originalMin = money(parts.originalMin);
  const originalMax = money(parts.originalMax);
  if (currentMin === undefined && originalMin !== undefined) {
    currentMin = originalMin;
    currentMax = originalMax;
    originalMin = undefined;
  }
  const priced = variants.filter((v) => money(v.price) !== undefined);
  const cheapest = priced.reduce<DraftVariant | undefined>(
    (best, v) => (best?.price === undefined || (v.price ?? Infinity) < best.price ? v : best),
    undefined,
  );
  if (currentMin === undefined && cheapest?.price !== undefined) {
    const prices = priced.map((v) => v.price ?? 0);
    currentMin = cheapest.price;
    currentMax = Math.max(...prices);
    originalMin = money(cheapest.original);
  }
  if (currentMin === undefined) return undefined;
  const facts: PriceFacts = { current: currentMin };
  if (originalMin !== undefined && originalMin > currentMin) facts.original = originalMin;
  if (currentMax !== undefined && currentMax > currentMin) {
    facts.min = currentMin;
    facts.max = currentMax;
  }
  const atCurrent = priced.find((v) => v.price === currentMin && v.discountPercent !== undefined);
  let discount = parsePercent(parts.discount) || atCurrent?.discountPercent;
  if (!discount && facts.original) {
    // The site floors (82.58% shows as -82%); the slack absorbs prices rounded to cents.
    discount = Math.floor(100 * (1 - currentMin / facts.original) + 0.005);
  }
  if (discount) facts.discountPercent = discount;
  return facts;
}

/**
 * Money in whatever shape a field holds it: an amount object, a display string, or a bare number
 * (accepted only where the format gives no other way to write it).
 */
export function moneyIn(
  v: unknown,
  currency: string | undefined,
  bareNumbers = false,
): number | undefined {
  if (typeof v === 'string') return textIn(v, currency)?.min;
  if (typeof v === 'number') return bareNumbers ? num(v) : undefined;
  return amountIn(v, currency);
}
