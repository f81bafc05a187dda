/** File sizes the way the user's UI language writes them: "980 kB", "1,4 MB", "1,4 МБ". */
import { numberFormat } from './intl-formats';
import { uiLocale } from './ui-locale';

export function formatBytes(bytes: number, locale: string = uiLocale()): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  // From kilobytes up: CLDR's short name for a byte is "byte" in English ("312 byte").
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
