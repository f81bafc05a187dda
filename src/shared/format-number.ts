/** Counts and percentages the way the user's UI language writes them: "1.234", "−10 %", "+5%". */
import { numberFormat } from './intl-formats';
import { uiLocale } from './ui-locale';

export function formatCount(n: number, locale: string = uiLocale()): string {
  if (!Number.isFinite(n)) return '';
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/**
 * `percent` in percent units (10 → "10 %" in German), rounded to whole percent. `signed` writes
 * "+" for rises and a true minus sign (−) for drops, as price changes read best.
 */
export function formatPercent(
  percent: number,
  options: { signed?: boolean } = {},
  locale: string = uiLocale(),
): string {
  if (!Number.isFinite(percent)) return '';
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  })
    .formatToParts(percent / 100)
    .map((part) => (part.type === 'minusSign' ? '−' : part.value))
    .join('');
}
