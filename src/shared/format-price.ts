/** Prices in the item's currency, written the way the user's UI language writes money. */
import { numberFormat } from './intl-formats';
import { uiLocale } from './ui-locale';

export function formatPrice(
  amount: number,
  currency: string | undefined,
  locale: string = uiLocale(),
): string {
  if (!Number.isFinite(amount)) return '';
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // An unknown currency code: fall through to a plain number with the code.
    }
  }
  const plain = numberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  return currency ? `${plain} ${currency}` : plain;
}
