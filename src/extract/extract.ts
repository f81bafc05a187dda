/**
 * The page reader for a page of any site, with every reader: what the worker's rechecks, the
 * `npm run extract` CLI and the tests use. Item-page scripts read with their own site's readers
 * (read-page.ts, site-readers.ts).
 */
import type { ExtractResult, PageInput } from './model';
import { findPageUrl, readPage } from './read-page';
import { allReaders } from './site-readers';

/** Reads a product from a page. Never throws: every problem is a typed failure. */
export function extractProduct(input: PageInput): ExtractResult {
  return readPage(input, allReaders);
}

/**
 * The URL of a saved page, from its own content: canonical link, og:url, URLs and ids in the data.
 * For tools that read a file without knowing where it came from.
 */
export function discoverPageUrl(input: Omit<PageInput, 'url'>): string | undefined {
  return findPageUrl(input, allReaders);
}
