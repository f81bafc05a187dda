/** Plain-text cleanup for names a page gives us (titles, store and variant names). */

export const MAX_TITLE = 300;
export const MAX_NAME = 150;

const TAG = /<\/?[A-Za-z!][^<>]{0,500}>/g;
/** What is left of a tag that never closes (`<img src=x onerror=...`): its `<` goes. */
const TAG_START = /<(?=[A-Za-z!/?])/g;
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp|#39);/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
/**
 * Control characters, bidi marks/embeddings/overrides/isolates, zero-width spaces, soft hyphens
 * and BOM: they can reorder or hide text where the name is shown. ZWJ/ZWNJ stay (emoji, Persian).
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

function decodeEntity(_: string, body: string): string {
  const lower = body.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '';
  }
  return NAMED[lower] ?? '';
}

/** Cuts at a code point boundary so no half surrogate pair is left at the end. */
function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

/**
 * Text without markup: tags removed (before and after decoding entities, so `&lt;b&gt;` cannot
 * come back as a tag, and the `<` of unclosed ones), invisible and bidi control characters
 * removed, whitespace collapsed, capped.
 */
export function cleanText(v: unknown, max = MAX_NAME): string | undefined {
  if (typeof v !== 'string') return undefined;
  let s = v.length > max * 8 ? v.slice(0, max * 8) : v;
  // Invisible characters go first and again after decoding, so none can split a tag apart.
  s = s
    .replace(INVISIBLE, '')
    .replace(TAG, ' ')
    .replace(ENTITY, decodeEntity)
    .replace(INVISIBLE, '');
  s = s.replace(TAG, ' ').replace(TAG_START, '').replace(/\s+/g, ' ').trim();
  return s ? cap(s, max) : undefined;
}

const PRICE_PREFIX = /^[^|]{0,40}\d[^|]{0,40}\|/;
const SITE_SUFFIX = /\s*[-–|]\s*AliExpress(?:\.com)?(?:\s*\d{0,3})?\s*$/i;
/** Old SEO titles: `Name-in Category from Department on AliExpress.com` (the last `-in `). */
const SEO_SUFFIX = /-in (?:(?!-in ).){1,150} from .{1,150} on AliExpress(?:\.com)?\s*$/i;

/**
 * The product name inside an og:title / document title:
 * `6.7US $ 44% OFF|Name|Category|   - AliExpress`, `Name - AliExpress 7` or
 * `Name-in Category from Department on AliExpress.com` -> `Name`.
 */
export function titleFromPageTitle(v: unknown): string | undefined {
  const s = cleanText(v, MAX_TITLE * 2);
  if (!s) return undefined;
  let t = s.replace(SEO_SUFFIX, '').replace(SITE_SUFFIX, '');
  if (t.includes('|')) {
    if (PRICE_PREFIX.test(t) && /%|\$|€|£|[A-Z]{3}/.test(t.slice(0, t.indexOf('|')))) {
      t = t.slice(t.indexOf('|') + 1);
    }
    const bar = t.indexOf('|');
    if (bar > 0) t = t.slice(0, bar);
  }
  return cleanText(t, MAX_TITLE);
}
