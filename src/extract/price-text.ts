/**
 * Display price strings, a fallback for when a page gives no numeric field (section 3 of the notes):
 * `US $1.73 - 4.05`, `MXN$1.986,69 - $2.072,22`, `€ 4,23`, `$ 6.60` (NBSP), `₫1,209,822`,
 * `100,00kr`, `CN￥96.30 - CN￥7,866.12`, and the `label|integer|decimals` `*Local` strings.
 */
import { currencyFromLabel } from './currency';

export interface PriceText {
  currency?: string;
  min: number;
  /** Equal to `min` for a single price. */
  max: number;
}

const MAX_TEXT = 200;
/** Spaces used as thousands separators: `11 262`, `1 209,50` (NBSP, narrow NBSP, thin space). */
const SPACE_GROUP = /(\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))/g;
const NUMBER = /\d+(?:[.,']\d+)*%?/g;
/** What may stand between the two numbers of a range: a dash plus symbols (`4,05 zł - 5,00 zł`). */
const RANGE_GAP = /^[^\d\-–—~]{0,8}[-–—~][^\d\-–—~]{0,8}$/;
/** A minus sign right before the first number: a negative amount is no price. */
const NEGATIVE = /[-−]\s?$/;

type Separator = '.' | ',';

/** The decimal separator a token shows on its own, or undefined when it is ambiguous. */
function ownDecimal(token: string): Separator | null | undefined {
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return null;
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const sep: Separator = lastDot >= 0 ? '.' : ',';
  if (token.split(sep).length > 2) return null; // repeated: thousands only
  const decimals = token.length - token.lastIndexOf(sep) - 1;
  return decimals === 3 ? undefined : sep;
}

function toNumber(token: string, decimal: Separator | null): number | undefined {
  let s = token.replace(/'/g, '');
  if (decimal === null) s = s.replace(/[.,]/g, '');
  else {
    const i = s.lastIndexOf(decimal);
    const whole = s.slice(0, i).replace(/[.,]/g, '');
    s = i < 0 ? s.replace(/[.,]/g, '') : `${whole}.${s.slice(i + 1)}`;
  }
  if (!/^\d{1,15}(\.\d{1,10})?$/.test(s)) return undefined;
  return Number(s);
}

/**
 * Parses a display price or price range. `hint` (the page's currency) settles shared symbols
 * such as `$` and `kr`. Returns undefined when there is no price in the text.
 */
export function parsePriceText(text: unknown, hint?: string): PriceText | undefined {
  if (typeof text !== 'string') return undefined;
  const s = text.slice(0, MAX_TEXT).replace(SPACE_GROUP, '$1');
  const tokens: { token: string; index: number }[] = [];
  for (const m of s.matchAll(NUMBER)) {
    if (m[0].endsWith('%')) continue;
    tokens.push({ token: m[0], index: m.index });
    if (tokens.length === 4) break;
  }
  const first = tokens[0];
  if (!first || NEGATIVE.test(s.slice(Math.max(0, first.index - 2), first.index))) return undefined;
  // A range is two numbers joined by a dash; only the first usually carries the symbol.
  const second = tokens[1];
  const isRange =
    second !== undefined && RANGE_GAP.test(s.slice(first.index + first.token.length, second.index));
  const used = isRange && second ? [first, second] : [first];
  const known = used.map((t) => ownDecimal(t.token)).find((d) => d !== undefined && d !== null);
  const values: number[] = [];
  for (const t of used) {
    const own = ownDecimal(t.token);
    const decimal = own === undefined ? (known ?? null) : own;
    const n = toNumber(t.token, decimal);
    if (n === undefined) return undefined;
    values.push(n);
  }
  const end =
    (used[used.length - 1] ?? first).index + (used[used.length - 1] ?? first).token.length;
  const label = s.slice(0, first.index) + ' ' + s.slice(first.index + first.token.length, end + 12);
  const currency = currencyFromLabel(label.replace(/\d+(?:[.,]\d+)*/g, ' '), hint);
  const [a = 0, b = a] = values;
  const result: PriceText = { min: Math.min(a, b), max: Math.max(a, b) };
  if (currency) result.currency = currency;
  return result;
}

/**
 * `*Local` strings: `label|integer|decimals` (`MXN$944,32|944|32`, `DH164.93|164|93`). The numeric
 * parts are exact, the label gives the currency.
 */
export function parseLocalPrice(
  text: unknown,
  hint?: string,
): { value: number; currency?: string } | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
  const parts = text.split('|');
  if (parts.length === 3) {
    const whole = (parts[1] ?? '').replace(/\D/g, '');
    const decimals = (parts[2] ?? '').replace(/\D/g, '');
    if (/^\d{1,15}$/.test(whole) && /^\d{0,6}$/.test(decimals)) {
      const value = Number(decimals ? `${whole}.${decimals}` : whole);
      const currency = parsePriceText(parts[0], hint)?.currency;
      return currency ? { value, currency } : { value };
    }
  }
  const parsed = parsePriceText(parts[0], hint);
  if (!parsed) return undefined;
  return parsed.currency ? { value: parsed.min, currency: parsed.currency } : { value: parsed.min };
}

/** `-32%`, `32%`, `32` -> 32. */
export function parsePercent(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.abs(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /(\d{1,3}(?:[.,]\d+)?)\s*%?/.exec(v.slice(0, 40));
  return m?.[1] ? Number(m[1].replace(',', '.')) : undefined;
}
