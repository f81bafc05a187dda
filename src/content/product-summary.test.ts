import { describe, expect, it } from 'vitest';
import { extractProduct } from '../extract/extract';
import { fixtureJson, parseHtml } from '../extract/fixtures/load';
import type { ExtractResult } from '../extract/model';
import { at, obj } from '../extract/values';
import { diagnostic } from './product-summary';

const URL = 'https://de.aliexpress.com/item/1005007788990011.html';
const EMAIL = 'jane.doe@example.org';
const NAME = 'Jane Doe';

function failed(result: ExtractResult) {
  if (result.ok) throw new Error('the page was read');
  return result;
}

/** A page whose data says the item is gone, in words that carry the shopper's e-mail and name. */
function goneWithPersonalText(): ExtractResult {
  const mtop = structuredClone(fixtureJson('mtop-pdp-2025.json'));
  const global = obj(at(mtop, 'data', 'result', 'GLOBAL_DATA', 'globalData'));
  if (!global) throw new Error('fixture has no globalData');
  global['errorCode'] = `Hello ${NAME} (${EMAIL}), this item is no longer sold`;
  return extractProduct({ url: `${URL}?email=${EMAIL}`, pageData: { mtop } });
}

describe('the diagnostic of a page that could not be read', () => {
  it('never holds page text such as an e-mail address or a name', () => {
    const failure = failed(goneWithPersonalText());
    expect(failure.reason).toBe('item-unavailable');
    // The reader's own message quotes the page; the diagnostic must not.
    expect(failure.message).toContain(NAME);
    const report = diagnostic('aliexpress', failure, '1.2.3');
    expect(report).not.toContain(EMAIL);
    expect(report).not.toContain(NAME);
    expect(report).not.toContain('example.org');
    expect(report).not.toMatch(/\?|1005007788990011/);
    expect(report).toBe(
      [
        'AliKeep 1.2.3: could not read an item page',
        'site: aliexpress',
        'reason: item-unavailable',
        'detail: The page reports the item as unavailable.',
        'generation: csr',
        'found: 1 data object, 0 JSON-LD blocks, 0 meta tags',
      ].join('\n'),
    );
  });

  it('counts what a blank page showed, and keeps none of its text or meta values', () => {
    const document = parseHtml(
      `<html><head><title>${NAME}'s account</title>` +
        `<meta name="author" content="${EMAIL}"><meta property="og:site_name" content="${NAME}">` +
        `<script type="application/ld+json">{"@type":"Person","email":"${EMAIL}"}</script>` +
        `</head><body><p>Signed in as ${EMAIL}</p></body></html>`,
    );
    const failure = failed(extractProduct({ url: URL, document }));
    const report = diagnostic('aliexpress', failure, '1.2.3');
    expect(failure.reason).toBe('no-product-data');
    expect(report).not.toContain(EMAIL);
    expect(report).not.toContain(NAME);
    expect(report).toContain('generation: unknown');
    expect(report).toContain('found: 0 data objects, 1 JSON-LD block, 2 meta tags');
  });

  it('reports an internal error by its code alone, whatever the error said', () => {
    const report = diagnostic(
      null,
      { reason: 'internal-error', clues: undefined },
      `<b>${EMAIL}</b>`,
    );
    expect(report).not.toContain(EMAIL);
    expect(report.split('\n')).toEqual([
      'AliKeep unknown: could not read an item page',
      'site: unknown',
      'reason: internal-error',
      'detail: Reading the page failed unexpectedly.',
      'generation: unknown',
      'found: not read',
    ]);
  });
});
