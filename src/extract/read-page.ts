/**
 * The page reader's core: the sources of a page, read by the readers it is given, merged, and the
 * result judged. It imports no reader: each item-page script passes its own site's set
 * (site-readers.ts), so a page ships only the readers it can use; extract.ts passes them all.
 * Pure: no browser API, so it runs in a content script and in Node alike.
 */
import { formatHint, hasDataObject, pageClues } from './detect';
import type { Draft } from './draft';
import { parseItemUrl, US_ID_OFFSET, type ItemUrl } from './item-url';
import { httpsUrl } from './media-url';
import { canonicalId, finalize, mergeDrafts } from './merge';
import type { ExtractResult, FailureReason, PageInput, Site } from './model';
import { collectSources, type Sources } from './page-sources';

/** One reader: what it understands of the page's sources, or undefined when it finds nothing. */
export type PageReader = (s: Sources) => Draft | undefined;

/** The readers a page is read with, each list in order of precedence. */
export interface PageReaders {
  /** Readers of a page generation's own data object; the first one that reads names the generation. */
  format: readonly PageReader[];
  /** Page-level sources that fill gaps (DCData, JSON-LD, the rendered DOM, meta tags). */
  fallback: readonly PageReader[];
}

function runReaders(readers: readonly PageReader[], s: Sources): Draft[] {
  const drafts: Draft[] = [];
  for (const read of readers) {
    try {
      const d = read(s);
      if (d) drafts.push(d);
    } catch {
      // One reader tripping over hostile data must not cost the others.
    }
  }
  return drafts;
}

function fail(reason: FailureReason, message: string, s?: Sources): ExtractResult {
  return { ok: false, reason, message, ...(s ? { clues: pageClues(s) } : {}) };
}

function idFromUrl(url: string | undefined): ItemUrl | null {
  const href = httpsUrl(url);
  return href ? parseItemUrl(href) : null;
}

function itemUrlFor(site: Site, siteId: string, generation: string): string {
  if (site === 'alibaba') return `https://www.alibaba.com/product-detail/_${siteId}.html`;
  if (generation === 'aer') return `https://aliexpress.ru/item/${siteId}.html`;
  const host = BigInt(siteId) >= US_ID_OFFSET ? 'www.aliexpress.us' : 'www.aliexpress.com';
  return `https://${host}/item/${siteId}.html`;
}

function noProduct(s: Sources, urlInfo: ItemUrl | null): ExtractResult {
  if (hasDataObject(s)) {
    return fail('unsupported-format', 'The page holds product data in a shape no reader knows.', s);
  }
  if (!urlInfo)
    return fail('not-item-page', 'This page is not an item page and holds no product data.', s);
  return fail(
    'no-product-data',
    'The item page holds no readable product data (blocked, error or blank page).',
    s,
  );
}

/** The item a draft describes: its own id, else the item its page URL names. */
function draftItem(d: Draft, site: Site): string | undefined {
  if (d.id) return canonicalId(d.site ?? site, d.id);
  return idFromUrl(d.pageUrl)?.id;
}

function read(input: PageInput, readers: PageReaders): ExtractResult {
  const s = collectSources(input);
  const urlInfo = parseItemUrl(s.url);
  const primary = runReaders(readers.format, s);
  const all = [...primary, ...runReaders(readers.fallback, s)];
  if (all.length === 0) return noProduct(s, urlInfo);
  const baseSite = urlInfo?.site ?? 'aliexpress';
  const dataId = primary.map((d) => draftItem(d, baseSite)).find(Boolean);
  if (urlInfo && dataId && dataId !== urlInfo.id) {
    return fail(
      'id-mismatch',
      `The page data describes item ${dataId}, the URL names item ${urlInfo.id}.`,
      s,
    );
  }
  // After in-page navigation, og tags, JSON-LD or an older script may still describe the
  // previous item: a source naming another item is dropped, never merged.
  const reference = urlInfo?.id ?? dataId ?? all.map((d) => draftItem(d, baseSite)).find(Boolean);
  const drafts = all.filter((d) => {
    const item = draftItem(d, baseSite);
    return item === undefined || item === reference;
  });
  const merged = mergeDrafts(drafts);
  if (merged.unavailable) {
    return fail(
      'item-unavailable',
      `The page reports the item as unavailable (${merged.unavailable.slice(0, 80)}).`,
      s,
    );
  }
  const fromPage = idFromUrl(merged.pageUrl);
  const site: Site = merged.site ?? urlInfo?.site ?? fromPage?.site ?? 'aliexpress';
  const rawId = merged.id ?? fromPage?.siteId ?? urlInfo?.siteId;
  if (!rawId) return noProduct(s, urlInfo);
  const id = canonicalId(site, rawId);
  if (urlInfo && urlInfo.id !== id) {
    return fail(
      'id-mismatch',
      `The page data describes item ${id}, the URL names item ${urlInfo.id}.`,
      s,
    );
  }
  const siteId =
    rawId !== id ? rawId : urlInfo && urlInfo.siteId !== id ? urlInfo.siteId : undefined;
  const generation = drafts.find((d) => primary.includes(d))?.generation ?? formatHint(s) ?? 'csr';
  // The product's URL names the item: a quick view on a search page or a saved file keeps
  // the item's own address, not the address it was read at.
  const url =
    (urlInfo ? httpsUrl(s.url) : undefined) ??
    (fromPage ? httpsUrl(merged.pageUrl) : undefined) ??
    itemUrlFor(site, siteId ?? id, generation);
  const product = finalize(merged, { id, siteId, site, url }, generation);
  if (
    !product.title &&
    !product.price &&
    product.media.length === 0 &&
    product.variants.length === 0
  ) {
    return noProduct(s, urlInfo);
  }
  return { ok: true, product };
}

/**
 * Reads a product from a page with the given readers. Never throws: every problem is a typed
 * failure. Detection does not depend on the readers (detect.ts knows every format's shape): a page
 * whose data only a missing reader understands fails as 'unsupported-format', and its clues name
 * the page's generation.
 */
export function readPage(input: PageInput, readers: PageReaders): ExtractResult {
  try {
    if (input === null || typeof input !== 'object' || typeof input.url !== 'string') {
      return fail(
        'invalid-input',
        'The page reader needs an object with a url string (may be empty) and a document, scripts or pageData.',
      );
    }
    return read(input, readers);
  } catch (e) {
    return fail(
      'internal-error',
      `Reading the page failed: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}`,
    );
  }
}

/**
 * The URL of a saved page, from its own content: canonical link, og:url, URLs and ids in the data
 * the given readers understand. For tools that read a file without knowing where it came from.
 */
export function findPageUrl(
  input: Omit<PageInput, 'url'>,
  readers: PageReaders,
): string | undefined {
  try {
    const s = collectSources({ ...input, url: '' });
    const fromTags = httpsUrl(s.canonical) ?? httpsUrl(s.meta.get('og:url'));
    if (fromTags) return fromTags;
    const drafts = [...runReaders(readers.format, s), ...runReaders(readers.fallback, s)];
    const merged = mergeDrafts(drafts);
    const fromData = httpsUrl(merged.pageUrl);
    if (fromData) return fromData;
    if (!merged.id) return undefined;
    return itemUrlFor(merged.site ?? 'aliexpress', merged.id, drafts[0]?.generation ?? 'csr');
  } catch {
    return undefined;
  }
}
