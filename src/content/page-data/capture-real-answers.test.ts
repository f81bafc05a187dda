/**
 * Real aliexpress.ru `/productData` answers, as the page receives them, through the capture and
 * the page reader. Read in place from ../shared/fixtures (beside the checkout, never copied into
 * the project); skipped when that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../extract/fixtures/load';
import { readPage as readWith } from '../../extract/read-page';
import { readSavedPage } from '../../extract/saved-page';
import { aliexpressRuReaders } from '../../extract/site-readers';
import {
  DATA_URL,
  FakeResponse,
  fakeWindow,
  ORIGIN,
  settle,
  type FakePage,
} from './test-page-window';

const REAL = fileURLToPath(
  new URL(
    '../../../../shared/fixtures/aliexpress-real/10_2026_aliexpress-ru__IarBest/',
    import.meta.url,
  ),
);
const realPresent = existsSync(REAL);
if (!realPresent)
  console.info(`capture-real-answers: ${REAL} not found, real-answer tests skipped`);

describe.skipIf(!realPresent)('real aliexpress.ru answers, as the page receives them', () => {
  const id = '1005008195850531';
  const url = `${ORIGIN}/item/${id}.html`;
  // Read when a test runs: a skipped suite's body still runs to collect its tests.
  const answer = () => readFileSync(`${REAL}product-${id}.json`, 'utf8');

  /**
   * The page's server-rendered gallery widget plus what the capture kept, read as the page's own
   * script reads it: with aliexpress.ru's readers.
   */
  async function readPage(capture: (win: FakePage) => Promise<void>) {
    const page = fakeWindow(() => Promise.resolve(new FakeResponse(answer(), DATA_URL)));
    await capture(page);
    await settle();
    expect(page.captured).toHaveLength(1);
    const ssr = readSavedPage(readFileSync(`${REAL}gallery-${id}.json`, 'utf8'), parseHtml).input;
    const result = readWith(
      { url, pageData: { ...ssr.pageData, aerProductData: page.captured[0] } },
      aliexpressRuReaders,
    );
    if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
    return result.product;
  }

  it.each([
    [
      'fetch',
      async (page: FakePage) => {
        await page.win.fetch(DATA_URL);
      },
    ],
    [
      'XMLHttpRequest',
      async (page: FakePage) => {
        const xhr = new page.Xhr();
        xhr.open('GET', DATA_URL);
        xhr.send();
        xhr.finish(200, answer());
      },
    ],
  ])('through %s: every variant with its own price, with the gallery and video', async (_, how) => {
    const product = await readPage(how);
    expect(product).toMatchObject({ id, generation: 'aer', currency: 'USD' });
    expect(product.variants.map((v) => v.name)).toEqual([
      '1CH Zigbee 7-32V',
      '1CH Zigbee 85-250V',
      '2CH Zigbee 7-32V',
      '2CH Zigbee 85-250V',
      '4CH Zigbee 7-32V',
      '4CH Zigbee 85-250V',
      '433 Remote',
    ]);
    expect(product.variants[0]?.price).toBe(6.6);
    expect(product.price?.current).toBe(1.92);
    expect(product.selectedVariantId).toBe('12000056550848683');
    expect(product.media.filter((m) => m.kind === 'gallery')).toHaveLength(7);
    expect(product.media.filter((m) => m.kind === 'video')).toHaveLength(1);
  });
});
