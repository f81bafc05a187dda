/**
 * The images of a product description document (shared/notes/aliexpress-data.md, sections 1-2):
 * the HTML of `desc.htm` / `pc.htm`, or a JSON answer that carries HTML or image addresses (Alibaba's
 * `data.productHtmlDescription`, module lists). The document comes from the network, so it is read
 * as text with a small tolerant scanner: no DOM, no eval, bounded work whatever it holds.
 */
import { mediaKey, originalImageUrl } from './media-url';
import type { Media, Product } from './model';

/** Longer documents are read up to here (real descriptions are tens of KB). */
export const MAX_DESCRIPTION_CHARS = 2_000_000;
/** A description with more pictures than this is a catalogue, not a description. */
export const MAX_DESCRIPTION_IMAGES = 300;
/** One tag is never longer than this; a `<img` without `>` nearby is skipped. */
const MAX_TAG = 8_192;
const MAX_JSON_NODES = 20_000;
const MAX_JSON_DEPTH = 12;

export type DescriptionParse =
  | { ok: true; images: string[] }
  /** `shape`: neither HTML with tags nor JSON that holds HTML or image addresses. */
  | { ok: false; problem: 'shape' };

/** Attributes that carry the picture, lazy-loading ones first (their `src` is often a placeholder). */
const SOURCE_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazyload',
  'data-ks-lazyload',
  'original-src',
  'src',
];
const IMAGE_PATH = /\.(?:jpe?g|png|webp|gif|avif)$/i;
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|quot|apos|lt|gt|nbsp);?/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

function decodeEntities(value: string): string {
  return value.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x')
        ? parseInt(lower.slice(2), 16)
        : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[lower] ?? whole;
  });
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one tag's text (after the tag name), lower-cased names, decoded values. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (out.has(name)) continue;
    out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** The largest candidate of a `srcset` ("a.jpg 1x, b.jpg 2x" or widths), or its first. */
function fromSrcset(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const part of srcset.split(',').slice(0, 20)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url;
}

/**
 * An https image address from an attribute value: protocol-relative and http become https,
 * relative paths resolve against the document, every other scheme (data:, javascript:) is refused.
 */
function imageAddress(raw: string, base: string | undefined): string | undefined {
  const value = raw.trim();
  if (!value || value.length > 2048) return undefined;
  let absolute = value;
  if (!/^(?:https?:)?\/\//i.test(value)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || !base) return undefined;
    try {
      absolute = new URL(value, base).href;
    } catch {
      return undefined;
    }
  }
  const url = originalImageUrl(absolute);
  if (!url || !IMAGE_PATH.test(new URL(url).pathname)) return undefined;
  return url;
}

const TAG_START = /<(img|source)\b/gi;
/** The rest of a tag up to its `>`, never past another `<`: linear however the text is built. */
const TAG_REST = new RegExp(`[^<>]{0,${MAX_TAG}}>`, 'y');

/** Image addresses of an HTML text, in document order. */
function htmlImages(html: string, base: string | undefined, out: string[]): void {
  for (const m of html.matchAll(TAG_START)) {
    if (out.length >= MAX_DESCRIPTION_IMAGES * 4) return;
    TAG_REST.lastIndex = m.index + m[0].length;
    const rest = TAG_REST.exec(html);
    if (!rest) continue;
    const attrs = attributes(rest[0].slice(0, -1));
    const srcset = attrs.get('data-srcset') ?? attrs.get('srcset');
    const candidates = [
      ...SOURCE_ATTRIBUTES.map((a) => attrs.get(a)),
      srcset ? fromSrcset(srcset) : undefined,
    ];
    for (const c of candidates) {
      const url = c ? imageAddress(c, base) : undefined;
      if (url) {
        out.push(url);
        break;
      }
    }
  }
}

/** Strings of a parsed JSON value, breadth-bounded and depth-bounded. */
function jsonStrings(value: unknown): string[] {
  const out: string[] = [];
  let nodes = 0;
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > MAX_JSON_NODES || depth > MAX_JSON_DEPTH) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(value, 0);
  return out;
}

/** `callback({...})` and `({...})` around a JSON answer. */
const JSONP = /^[\w$.]{0,80}\s*\(([\s\S]*)\)\s*;?\s*$/;

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  const body =
    trimmed.startsWith('{') || trimmed.startsWith('[') ? trimmed : JSONP.exec(trimmed)?.[1];
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

const HAS_TAG = /<[a-z!/][^<>]{0,8192}>/i;

/**
 * The image addresses of a description document, original quality, https only, without repeats
 * (by `mediaKey`, so two sizes of one picture count once), in document order.
 * `base` is the document's own address, for relative paths.
 */
export function parseDescription(text: string, base?: string): DescriptionParse {
  const doc = text.length > MAX_DESCRIPTION_CHARS ? text.slice(0, MAX_DESCRIPTION_CHARS) : text;
  const found: string[] = [];
  const json = parseJson(doc);
  if (json !== undefined) {
    let usable = false;
    for (const s of jsonStrings(json)) {
      if (HAS_TAG.test(s)) {
        usable = true;
        htmlImages(s, base, found);
      } else {
        const url = imageAddress(s, undefined);
        if (url) {
          usable = true;
          found.push(url);
        }
      }
    }
    if (!usable) return { ok: false, problem: 'shape' };
  } else {
    if (!HAS_TAG.test(doc)) return { ok: false, problem: 'shape' };
    // HTML kept inside a script string (`"<img src=\"//…\">"`) reads like plain HTML once unescaped.
    htmlImages(doc.replace(/\\(["'/])/g, '$1'), base, found);
  }
  const seen = new Set<string>();
  const images = found.filter((url) => {
    const key = mediaKey(url);
    return !seen.has(key) && seen.add(key);
  });
  return { ok: true, images: images.slice(0, MAX_DESCRIPTION_IMAGES) };
}

/**
 * The product with its description images added after the variant images, leaving out pictures
 * the gallery or the variants already show (same `mediaKey`). Earlier description images are
 * replaced, so reading a description twice changes nothing.
 */
export function withDescriptionImages(product: Product, images: readonly string[]): Product {
  const kept = product.media.filter((m) => m.kind !== 'description');
  const seen = new Set(kept.filter((m) => m.kind !== 'video').map((m) => mediaKey(m.url)));
  const added: Media[] = [];
  for (const raw of images) {
    const url = originalImageUrl(raw);
    if (!url) continue;
    const key = mediaKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    added.push({ kind: 'description', url });
  }
  const at = kept.findIndex((m) => m.kind === 'video');
  const media = at < 0 ? [...kept, ...added] : [...kept.slice(0, at), ...added, ...kept.slice(at)];
  return { ...product, media };
}

/** Whether the product's description images were already read (or none can be). */
export function hasDescriptionImages(product: Product): boolean {
  return product.media.some((m) => m.kind === 'description');
}
