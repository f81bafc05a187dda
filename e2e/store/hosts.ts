/** Every host the store answers for, and the Chromium rules that send them to it. */

export const SHOP_HOSTS = [
  'www.aliexpress.com',
  'aliexpress.com',
  'es.aliexpress.com',
  'de.aliexpress.com',
  'fr.aliexpress.com',
  'pt.aliexpress.com',
  'm.aliexpress.com',
  'www.aliexpress.us',
  'aliexpress.us',
  'aliexpress.ru',
  'www.aliexpress.ru',
  'www.alibaba.com',
] as const;

export const API_HOST = 'acs.aliexpress.com';
/** The host whose item pages are always client-rendered (any product id). */
export const CSR_HOST = 'de.aliexpress.com';
export const MOBILE_HOST = 'm.aliexpress.com';
export const OTHER_SITE = 'shop.example.net';

/** Host patterns mapped to the store; everything else fails to resolve, so tests stay offline. */
const PATTERNS = [
  'aliexpress.com',
  '*.aliexpress.com',
  'aliexpress.us',
  '*.aliexpress.us',
  'aliexpress.ru',
  '*.aliexpress.ru',
  'alibaba.com',
  '*.alibaba.com',
  '*.alicdn.com',
  '*.aliexpress-media.com',
  OTHER_SITE,
];

export function hostResolverRules(port: number): string {
  return [
    ...PATTERNS.map((p) => `MAP ${p} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
}

/** Subject alternative names for the store's certificate. */
export const CERT_NAMES = PATTERNS;
