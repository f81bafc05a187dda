/** Active ISO 4217 codes; anything else a page claims as a currency is dropped. */
const ISO_CODES = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
    'BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR ' +
    'KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
    'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR ' +
    'SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH ' +
    'UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

export function isCurrencyCode(v: unknown): v is string {
  return typeof v === 'string' && ISO_CODES.has(v);
}

/** An ISO code from a page field, or undefined when the page names something unknown. */
export function currencyCode(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toUpperCase();
  return ISO_CODES.has(s) ? s : undefined;
}

/**
 * Symbols and labels seen in AliExpress price strings, longest first so that `MXN$` wins over `$`.
 * `null` marks a symbol several currencies share: the caller's hint decides.
 */
const SYMBOLS: [string, string | null][] = [
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['MXN$', 'MXN'],
  ['MX$', 'MXN'],
  ['CLP$', 'CLP'],
  ['COP$', 'COP'],
  ['COL$', 'COP'],
  ['ARS$', 'ARS'],
  ['AU $', 'AUD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['SG$', 'SGD'],
  ['NT$', 'TWD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['CN￥', 'CNY'],
  ['CN¥', 'CNY'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['грн', 'UAH'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
  ['lei', 'RON'],
  ['лв', 'BGN'],
  ['Rp', 'IDR'],
  ['RM', 'MYR'],
  ['Rs.', 'INR'],
  ['DH', 'MAD'],
  ['TL', 'TRY'],
  ['kr', null],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['￡', 'GBP'],
  ['₽', 'RUB'],
  ['₫', 'VND'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['₺', 'TRY'],
  ['₱', 'PHP'],
  ['₪', 'ILS'],
  ['₴', 'UAH'],
  ['₸', 'KZT'],
  ['฿', 'THB'],
  ['￥', null],
  ['¥', null],
  ['$', 'USD'],
];

const SHARED: Record<string, string[]> = {
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  '￥': ['CNY', 'JPY'],
  '¥': ['CNY', 'JPY'],
  $: ['USD', 'MXN', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'CLP', 'COP', 'ARS'],
};

/**
 * The currency a label names (`US $`, `MXN$`, `€`, `EUR`, ...). For shared symbols the hint wins
 * when it is one of the candidates; a lone `$` is USD, the way AliExpress writes it.
 */
export function currencyFromLabel(label: string, hint?: string): string | undefined {
  const s = label.trim();
  if (!s) return undefined;
  const code = /\b([A-Z]{3})\b/.exec(s);
  if (code?.[1] && ISO_CODES.has(code[1])) return code[1];
  for (const [symbol, cur] of SYMBOLS) {
    if (!s.includes(symbol)) continue;
    const shared = SHARED[symbol];
    if (shared && hint && shared.includes(hint)) return hint;
    return cur ?? undefined;
  }
  return undefined;
}
