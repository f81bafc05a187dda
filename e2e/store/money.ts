/** Display strings for prices, as each AliExpress site writes them. */

const NBSP = '\u00a0';

function grouped(amount: number, thousands: string, decimal: string): string {
  const [int, dec] = amount.toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, thousands)}${decimal}${dec}`;
}

export function formatMoney(amount: number, currency: string): string {
  switch (currency) {
    case 'USD':
      return `US $${grouped(amount, ',', '.')}`;
    case 'MXN':
      return `MXN$${grouped(amount, '.', ',')}`;
    case 'EUR':
      return `${grouped(amount, '.', ',')}${NBSP}€`;
    case 'RUB':
      return `${grouped(amount, NBSP, ',')}${NBSP}руб.`;
    default:
      return `${currency} ${grouped(amount, ',', '.')}`;
  }
}

/** "US $1.73 - 4.05": only the first number of a range carries the symbol. */
export function formatRange(min: number, max: number, currency: string): string {
  if (min === max) return formatMoney(min, currency);
  const low = formatMoney(min, currency);
  const high = formatMoney(max, currency).replace(/^[^\d]*/, currency === 'MXN' ? '$' : '');
  return `${low} - ${high}`;
}

/** The "label|integer|decimals" form of `*Local` fields. */
export function localForm(amount: number, currency: string): string {
  const [int, dec] = amount.toFixed(2).split('.');
  return `${formatMoney(amount, currency)}|${int}|${dec}`;
}

export function amountObject(amount: number, currency: string) {
  return { currency, formatedAmount: formatMoney(amount, currency), value: amount };
}
