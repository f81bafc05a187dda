/**
 * A target price as the shopper types it, in any of the ways prices are written: "10", "9,99",
 * "1,100.50", "1.100,50", "1 100,50" (the price panel shows "MX$1,249.50" and "1 234,56 ₽"), with or
 * without the currency sign. One price only: a range or anything else is no target.
 */
import { parsePriceText } from '../extract/price-text';

export function parseTargetPrice(text: string, currency?: string): number | undefined {
  const parsed = parsePriceText(text.trim(), currency);
  if (!parsed || parsed.min !== parsed.max || !(parsed.min > 0)) return undefined;
  // One group of digits and separators: "10 or 12" is not one price.
  if ((text.match(/\d+(?:[.,'\s\u00a0\u202f\u2009]\d+)*/g) ?? []).length !== 1) return undefined;
  return parsed.min;
}
