/** Which store an item page belongs to, and its item id as the URL shows it. */
export type Site = 'aliexpress' | 'alibaba';

export interface ItemUrl {
  site: Site;
  /** The id exactly as the URL shows it (aliexpress.us ids are the global id + 2^51). */
  siteId: string;
  /** The canonical global item id. */
  id: string;
}

/** aliexpress.us item ids are the global id plus 2^51. */
export const US_ID_OFFSET = 2n ** 51n;

const ALIEXPRESS_HOST = /(^|\.)aliexpress\.(com|us|ru)$/i;
const ALIBABA_HOST = /(^|\.)alibaba\.com$/i;
const ALIEXPRESS_PATH = /^\/(?:item|i)\/(?:[^/]+\/)?(\d{6,20})\.html$/i;
const ALIBABA_PATH = /^\/product-detail\/(?:[^/]*_)?(\d{6,20})\.html$/i;

/** Global id for an id seen on any AliExpress host: ids at or above 2^51 are aliexpress.us ids. */
export function canonicalItemId(siteId: string): string {
  const n = BigInt(siteId);
  return n >= US_ID_OFFSET ? (n - US_ID_OFFSET).toString() : n.toString();
}

/** Parses an item page URL; anything else (search, store, home, other sites) gives null. */
export function parseItemUrl(url: string): ItemUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (ALIEXPRESS_HOST.test(parsed.hostname)) {
    const m = ALIEXPRESS_PATH.exec(parsed.pathname);
    if (!m?.[1]) return null;
    return { site: 'aliexpress', siteId: m[1], id: canonicalItemId(m[1]) };
  }
  if (ALIBABA_HOST.test(parsed.hostname)) {
    const m = ALIBABA_PATH.exec(parsed.pathname);
    if (!m?.[1]) return null;
    return { site: 'alibaba', siteId: m[1], id: m[1] };
  }
  return null;
}
