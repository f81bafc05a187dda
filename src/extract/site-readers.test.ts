/**
 * Each site's item-page script reads with its site's readers only (site-readers.ts): on that
 * site's pages it must read exactly what the reader with every reader reads.
 */
import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract';
import { fixtureJson, loadFixture } from './fixtures/load';
import type { PageInput } from './model';
import { readPage, type PageReaders } from './read-page';
import { aliexpressReaders, aliexpressRuReaders, alibabaReaders, allReaders } from './site-readers';

const SITES: [string, PageReaders][] = [
  ['aliexpress', aliexpressReaders],
  ['aliexpress.ru', aliexpressRuReaders],
  ['alibaba', alibabaReaders],
];

const RU_URL = 'https://aliexpress.ru/item/1005009900112233.html';

/** Every fixture with the address it is served at, by the site whose script reads it. */
const PAGES: [string, PageReaders, string, () => PageInput][] = [
  ...(
    [
      ['legacy-2018.html', 'https://www.aliexpress.com/item/32911223344.html'],
      ['module-2021.js', 'https://www.aliexpress.com/item/1005001122334455.html'],
      ['module-us-2022.html', 'https://www.aliexpress.us/item/3256804269353036.html'],
      ['init-data-2022.js', 'https://www.aliexpress.us/item/3256805380464147.html'],
      ['mobile-msite.html', 'https://m.aliexpress.com/item/1005003344556677.html'],
      ['component-2023.js', 'https://es.aliexpress.com/item/1005006677889900.html'],
      ['mtop-pdp-2025.json', 'https://de.aliexpress.com/item/1005007788990011.html'],
      ['csr-shell-2026.html', 'https://fr.aliexpress.com/item/1005008899001122.html'],
      ['csr-dom-2025.html', 'https://pl.aliexpress.com/item/1005005544332211.html'],
    ] as const
  ).map(
    ([name, url]) =>
      [name, aliexpressReaders, 'aliexpress', () => loadFixture(name, url)] as [
        string,
        PageReaders,
        string,
        () => PageInput,
      ],
  ),
  ['aer-ssr-2026.html', aliexpressRuReaders, 'aer', () => loadFixture('aer-ssr-2026.html', RU_URL)],
  [
    'aer-product-data.json',
    aliexpressRuReaders,
    'aer',
    () => loadFixture('aer-product-data.json', RU_URL),
  ],
  [
    'aer-ssr-2026.html with the page’s /productData answer',
    aliexpressRuReaders,
    'aer',
    () => {
      const page = loadFixture('aer-ssr-2026.html', RU_URL);
      return {
        ...page,
        pageData: { ...page.pageData, aerProductData: fixtureJson('aer-product-data.json') },
      };
    },
  ],
  [
    'alibaba-detail.html',
    alibabaReaders,
    'alibaba',
    () =>
      loadFixture(
        'alibaba-detail.html',
        'https://www.alibaba.com/product-detail/x_1600998877665.html',
      ),
  ],
];

describe('the site reader sets', () => {
  it('split the format readers between the sites, each in the order of all readers', () => {
    const formats = SITES.flatMap(([, set]) => set.format);
    expect(new Set(formats).size).toBe(formats.length);
    expect(new Set(formats)).toEqual(new Set(allReaders.format));
    for (const [site, set] of SITES) {
      const order = set.format.map((read) => allReaders.format.indexOf(read));
      expect(order, site).toEqual([...order].sort((a, b) => a - b));
      expect(set.fallback, site).toEqual(allReaders.fallback);
    }
  });

  it('give aliexpress.com none of the aliexpress.ru or Alibaba readers', () => {
    const others = [...aliexpressRuReaders.format, ...alibabaReaders.format];
    expect(aliexpressReaders.format.filter((read) => others.includes(read))).toEqual([]);
    expect(aliexpressRuReaders.format).toHaveLength(1);
    expect(alibabaReaders.format).toHaveLength(1);
  });
});

describe.each(PAGES)('%s', (_name, readers, site, load) => {
  it(`reads with the ${site} readers exactly what every reader reads`, () => {
    const everyReader = extractProduct(load());
    if (!everyReader.ok) throw new Error(`${everyReader.reason}: ${everyReader.message}`);
    expect(readPage(load(), readers)).toEqual(everyReader);
  });
});

describe('a page of another site, which the manifest never gives a script', () => {
  it('fails as data no reader of this script knows, naming the page’s generation', () => {
    const page = {
      url: RU_URL,
      pageData: { aerProductData: fixtureJson('aer-product-data.json') },
    };
    expect(extractProduct(page).ok).toBe(true);
    expect(readPage(page, aliexpressReaders)).toMatchObject({
      ok: false,
      reason: 'unsupported-format',
      clues: { generation: 'aer', dataObjects: 1 },
    });
    const module = loadFixture('module-2021.js', 'https://www.alibaba.com/product-detail/x_1.html');
    expect(readPage(module, alibabaReaders)).toMatchObject({
      ok: false,
      reason: 'unsupported-format',
      clues: { generation: 'module' },
    });
  });

  it('reads only what its page-level sources (og tags, JSON-LD) show when the page has them', () => {
    const page = loadFixture('aer-ssr-2026.html', RU_URL);
    const all = extractProduct(page);
    const partial = readPage(page, aliexpressReaders);
    if (!all.ok || !partial.ok) throw new Error('expected both to read the page');
    // The og tags: title and first image; the widget tree's gallery, video and store are lost.
    expect(all.product.media).toHaveLength(5);
    expect(partial.product).toEqual({
      id: all.product.id,
      site: 'aliexpress',
      url: RU_URL,
      generation: 'aer',
      title: all.product.title,
      media: all.product.media.slice(0, 1),
      variants: [],
    });
  });
});
