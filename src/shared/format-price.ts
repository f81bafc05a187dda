/** Prices in the item's currency, written the way the user's UI language writes money. */
import { uiLocale } from './ui-locale';

export function formatPrice(
  amount: number,
  currency: string | undefined,
  locale: string = uiLocale(),
): string {
  if (!Number.isFinite(amount)) return '';
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // An unknown currency code: fall through to a plain number with the code.
    }
  }
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  return currency ? `${plain} ${currency}` : plain;
}
