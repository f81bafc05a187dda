import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract';
import { fixtureText, loadFixture, productOf } from './fixtures/load';
import type { Generation } from './model';
import { parseItemUrl } from './item-url';

/** Each fixture with the generation its content shows. */
const FORMATS: [string, Generation, string][] = [
  ['legacy-2018.html', 'legacy', '32911223344'],
  ['module-2021.js', 'module', '1005001122334455'],
  ['module-us-2022.html', 'module', '1005004455667788'],
  ['init-data-2022.js', 'init-data', '1005005566778899'],
  ['mobile-msite.html', 'mobile', '1005003344556677'],
  ['component-2023.js', 'component', '1005006677889900'],
  ['mtop-pdp-2025.json', 'csr', '1005007788990011'],
  ['csr-shell-2026.html', 'csr', '1005008899001122'],
  ['csr-dom-2025.html', 'csr', ''],
  ['aer-ssr-2026.html', 'aer', '1005009900112233'],
  ['aer-product-data.json', 'aer', '1005009900112233'],
];

describe('format detection reads the content, not the domain', () => {
  it.each(FORMATS.filter(([, , id]) => id))(
    '%s is %s wherever it is served',
    (name, generation, id) => {
      for (const host of ['www.aliexpress.com', 'aliexpress.ru', 'ja.aliexpress.com']) {
        const url = `https://${host}/item/${id}.html`;
        const product = productOf(loadFixture(name, url));
        expect(product).toMatchObject({ id, generation, url });
      }
    },
  );

  it.each(FORMATS.filter(([, , id]) => id))(
    '%s is read with no URL at all',
    (name, generation, id) => {
      const product = productOf({ ...loadFixture(name, ''), url: '' });
      expect(product).toMatchObject({ id, generation });
      expect(parseItemUrl(product.url)?.id).toBe(id);
    },
  );

  it('reads a saved page under a file: or localhost URL, naming it by its canonical URL', () => {
    for (const url of [
      'file:///home/me/page.html',
      'http://localhost:8080/item.html',
      'https://www.aliexpress.com/w/wholesale-cable.html', // a quick view on a search page
    ]) {
      expect(productOf(loadFixture('module-2021.js', url))).toMatchObject({
        id: '1005001122334455',
        url: 'https://www.aliexpress.com/item/1005001122334455.html',
      });
    }
  });

  it('tells a non-item page from an item page without data', () => {
    const home = 'https://www.aliexpress.com/';
    expect(extractProduct({ url: home, scripts: ['var x = 1;'] })).toMatchObject({
      ok: false,
      reason: 'not-item-page',
    });
    const item = 'https://www.aliexpress.com/item/1005001122334455.html';
    expect(extractProduct({ url: item, scripts: ['var x = 1;'] })).toMatchObject({
      ok: false,
      reason: 'no-product-data',
    });
    expect(extractProduct({ url: item, scripts: ['window.runParams = {};'] })).toMatchObject({
      ok: false,
      reason: 'no-product-data',
    });
  });

  it('names data in an unknown shape as unsupported, not as missing', () => {
    const text = fixtureText('module-2021.js').replace(/"(\w+)Module"/g, '"$1Block"');
    expect(
      extractProduct({
        url: 'https://www.aliexpress.com/item/1005001122334455.html',
        scripts: [text],
      }),
    ).toMatchObject({ ok: false, reason: 'unsupported-format' });
  });
});

describe('localized subdomains', () => {
  it.each([
    'es',
    'fr',
    'de',
    'it',
    'pt',
    'nl',
    'pl',
    'ru',
    'ja',
    'ko',
    'ar',
    'he',
    'th',
    'vi',
    'tr',
    'm',
  ])('%s.aliexpress.com item pages keep their URL and the global id', (sub) => {
    const url = `https://${sub}.aliexpress.com/item/1005006677889900.html?gatewayAdapt=glo2${sub}`;
    expect(productOf(loadFixture('component-2023.js', url))).toMatchObject({
      id: '1005006677889900',
      url,
      currency: 'MXN',
    });
  });

  it('maps the aliexpress.us form of the same item (id + 2^51)', () => {
    const url = 'https://www.aliexpress.us/item/3256806491575148.html';
    expect(productOf(loadFixture('component-2023.js', url))).toMatchObject({
      id: '1005006677889900',
      siteId: '3256806491575148',
    });
  });
});
