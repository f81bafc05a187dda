/**
 * The page reader: which sources to read, in which order, and how the result is judged.
 * Pure: no browser API, so it runs in a content script and in Node alike.
 */
import { formatHint, hasDataObject, pageClues } from './detect';
import type { Draft } from './draft';
import { parseItemUrl, US_ID_OFFSET, type ItemUrl } from './item-url';
import { httpsUrl } from './media-url';
import { canonicalId, finalize, mergeDrafts } from './merge';
import type { ExtractResult, FailureReason, PageInput, Site } from './model';
import { collectSources, type Sources } from './page-sources';
import { readAer } from './readers/aer';
import { readAlibaba } from './readers/alibaba';
import { readComponent } from './readers/component';
import { readMtop } from './readers/csr-mtop';
import { readDom } from './readers/dom';
import { readInitData } from './readers/init-data';
import { readLegacy } from './readers/legacy';
import { readModule } from './readers/module';
import { readDcData, readJsonLd, readMetaTags } from './readers/page-meta';

type Reader = (s: Sources) => Draft | undefined;

/** Format readers, freshest data first: MAIN-world objects describe the page as it is now. */
export const FORMAT_READERS: Reader[] = [
  readMtop,
  readAer,
  readAlibaba,
  readComponent,
  readModule,
  readInitData,
  readLegacy,
];
/** Page-level sources that fill gaps; the rendered DOM beats og tags, which may be stale after navigation. */
export const FALLBACK_READERS: Reader[] = [readDcData, readJsonLd, readDom, readMetaTags];

function runReaders(readers: Reader[], s: Sources): Draft[] {
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

function read(input: PageInput): ExtractResult {
  const s = collectSources(input);
  const urlInfo = parseItemUrl(s.url);
  const primary = runReaders(FORMAT_READERS, s);
  const all = [...primary, ...runReaders(FALLBACK_READERS, s)];
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

/** Reads a product from a page. Never throws: every problem is a typed failure. */
export function extractProduct(input: PageInput): ExtractResult {
  try {
    if (input === null || typeof input !== 'object' || typeof input.url !== 'string') {
      return fail(
        'invalid-input',
        'extractProduct needs an object with a url string (may be empty) and a document, scripts or pageData.',
      );
    }
    return read(input);
  } catch (e) {
    return fail(
      'internal-error',
      `Reading the page failed: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}`,
    );
  }
}

/**
 * The URL of a saved page, from its own content: canonical link, og:url, URLs and ids in the data.
 * For tools that read a file without knowing where it came from.
 */
export function discoverPageUrl(input: Omit<PageInput, 'url'>): string | undefined {
  try {
    const s = collectSources({ ...input, url: '' });
    const fromTags = httpsUrl(s.canonical) ?? httpsUrl(s.meta.get('og:url'));
    if (fromTags) return fromTags;
    const drafts = [...runReaders(FORMAT_READERS, s), ...runReaders(FALLBACK_READERS, s)];
    const merged = mergeDrafts(drafts);
    const fromData = httpsUrl(merged.pageUrl);
    if (fromData) return fromData;
    if (!merged.id) return undefined;
    return itemUrlFor(merged.site ?? 'aliexpress', merged.id, drafts[0]?.generation ?? 'csr');
  } catch {
    return undefined;
  }
}
