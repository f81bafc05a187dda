import { describe, expect, it } from 'vitest';
import { currencyCode, currencyFromLabel } from './currency';
import { parseLocalPrice, parsePercent, parsePriceText } from './price-text';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parsePriceText', () => {
  it.each([
    // ranges: only the first number usually carries the symbol
    ['US $1.73 - 4.05', undefined, 1.73, 4.05, 'USD'],
    ['US $ 1,234.56 - 2,345.67', undefined, 1234.56, 2345.67, 'USD'],
    ['$1.73 – $4.05', undefined, 1.73, 4.05, 'USD'],
    ['MXN$1.986,69 - $2.072,22', undefined, 1986.69, 2072.22, 'MXN'],
    ['CN￥96.30 - CN￥7,866.12', undefined, 96.3, 7866.12, 'CNY'],
    [`12,99${NBSP}zł - 15,00${NBSP}zł`, undefined, 12.99, 15, 'PLN'],
    ['1 234,56 руб. - 2 000 руб.', undefined, 1234.56, 2000, 'RUB'],
    // dot thousands / comma decimals and the reverse
    ['MXN$18.995,11', undefined, 18995.11, 18995.11, 'MXN'],
    ['R$1.234,56', undefined, 1234.56, 1234.56, 'BRL'],
    ['R$ 25,90', undefined, 25.9, 25.9, 'BRL'],
    ['1.234.567,89 €', undefined, 1234567.89, 1234567.89, 'EUR'],
    ['€ 4,23', undefined, 4.23, 4.23, 'EUR'],
    ['0,99 €', undefined, 0.99, 0.99, 'EUR'],
    ['₫1,209,822', undefined, 1209822, 1209822, 'VND'],
    ['₹ 1,23,456.00', undefined, 123456, 123456, 'INR'],
    // spaces, NBSP and narrow NBSP as thousands separators
    [`$${NBSP}6.60`, undefined, 6.6, 6.6, 'USD'],
    [`1${NBSP}234,56${NBSP}руб.`, undefined, 1234.56, 1234.56, 'RUB'],
    [`2${NNBSP}999,00 ₽`, undefined, 2999, 2999, 'RUB'],
    ['11 262 ₽', undefined, 11262, 11262, 'RUB'],
    // symbols and codes
    ['￡16.44', undefined, 16.44, 16.44, 'GBP'],
    ['£9.99', undefined, 9.99, 9.99, 'GBP'],
    ['C$9.76', undefined, 9.76, 9.76, 'CAD'],
    ['AU $12.00', undefined, 12, 12, 'AUD'],
    ['HK$99', undefined, 99, 99, 'HKD'],
    ['zł12,99', undefined, 12.99, 12.99, 'PLN'],
    ['250 Kč', undefined, 250, 250, 'CZK'],
    ['₩12,000', undefined, 12000, 12000, 'KRW'],
    ['Rp 150.000', undefined, 150000, 150000, 'IDR'],
    ['RM12.90', undefined, 12.9, 12.9, 'MYR'],
    ['45,99 TL', undefined, 45.99, 45.99, 'TRY'],
    ['CHF 12.50', undefined, 12.5, 12.5, 'CHF'],
    ['DH164.93', undefined, 164.93, 164.93, 'MAD'],
    // shared symbols: the page currency decides, a lone $ is USD
    ['100,00kr', 'SEK', 100, 100, 'SEK'],
    ['1.299 kr', 'NOK', 1299, 1299, 'NOK'],
    ['¥1,200', 'JPY', 1200, 1200, 'JPY'],
    ['$4.62', undefined, 4.62, 4.62, 'USD'],
    ['$4.62', 'CAD', 4.62, 4.62, 'CAD'],
    // text around the price
    ['from US $3.99', undefined, 3.99, 3.99, 'USD'],
    ['US $3.99/piece', undefined, 3.99, 3.99, 'USD'],
  ])('%s (hint %s) -> %d..%d %s', (text, hint, min, max, currency) => {
    expect(parsePriceText(text, hint)).toEqual({ min, max, currency });
  });

  it('gives no currency for a bare shared symbol without a hint', () => {
    expect(parsePriceText('100,00 kr')).toEqual({ min: 100, max: 100 });
    expect(parsePriceText('12.50')).toEqual({ min: 12.5, max: 12.5 });
  });

  it.each(['', 'abc', 'US $', '-32%', 'US $-5', '−5,00 €', 'US $1234567890123456789'])(
    'finds no price in %j',
    (text) => {
      expect(parsePriceText(text)).toBeUndefined();
    },
  );

  it('ignores a percentage next to the price and non-strings', () => {
    expect(parsePriceText('US $4.19 -30%')).toEqual({ min: 4.19, max: 4.19, currency: 'USD' });
    expect(parsePriceText(4.19)).toBeUndefined();
    expect(parsePriceText(null)).toBeUndefined();
  });
});

describe('parseLocalPrice (`label|integer|decimals`)', () => {
  it.each([
    ['MXN$944,32|944|32', undefined, 944.32, 'MXN'],
    ['MXN$1.037,50|1037|50', undefined, 1037.5, 'MXN'],
    ['DH164.93|164|93', undefined, 164.93, 'MAD'],
    ['19,99 €|19|99', undefined, 19.99, 'EUR'],
    ['$8.95|8|95', 'CAD', 8.95, 'CAD'],
  ])('%s', (text, hint, value, currency) => {
    expect(parseLocalPrice(text, hint)).toEqual({ value, currency });
  });

  it('falls back to the display text, and to nothing', () => {
    expect(parseLocalPrice('US $5.99')).toEqual({ value: 5.99, currency: 'USD' });
    expect(parseLocalPrice('5.99')).toEqual({ value: 5.99 });
    expect(parseLocalPrice('|x|y')).toBeUndefined();
    expect(parseLocalPrice(12)).toBeUndefined();
  });
});

describe('parsePercent', () => {
  it.each([
    ['-32%', 32],
    ['32%', 32],
    ['Hasta -82% dto.', 82],
    [45, 45],
    ['12,5 %', 12.5],
  ])('%j -> %d', (v, n) => expect(parsePercent(v)).toBe(n));

  it('gives nothing for non-numbers', () => {
    expect(parsePercent('none')).toBeUndefined();
    expect(parsePercent(NaN)).toBeUndefined();
    expect(parsePercent({})).toBeUndefined();
  });
});

describe('currencies', () => {
  it('accepts ISO codes only', () => {
    expect(currencyCode(' usd ')).toBe('USD');
    expect(currencyCode('XYZ')).toBeUndefined();
    expect(currencyCode('US $')).toBeUndefined();
    expect(currencyCode(7)).toBeUndefined();
  });

  it('reads labels, longest symbol first', () => {
    expect(currencyFromLabel('MXN$')).toBe('MXN');
    expect(currencyFromLabel('R$')).toBe('BRL');
    expect(currencyFromLabel('руб.')).toBe('RUB');
    expect(currencyFromLabel('EUR')).toBe('EUR');
    expect(currencyFromLabel('kr', 'DKK')).toBe('DKK');
    expect(currencyFromLabel('kr', 'EUR')).toBeUndefined();
    expect(currencyFromLabel('   ')).toBeUndefined();
  });
});
