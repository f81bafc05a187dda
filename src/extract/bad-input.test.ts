import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract';
import { fixtureText, loadFixture, parseHtml, productOf } from './fixtures/load';
import { readAssigned } from './json-scan';
import type { ExtractResult, PageInput } from './model';
import { at, obj, type Obj } from './values';

const URL = 'https://www.aliexpress.com/item/1005001122334455.html';
const KF = 'https://ae01.alicdn.com/kf/';

/** The module fixture's data object, to damage per test. */
function moduleData(): Obj {
  const data = obj(at(readAssigned(fixtureText('module-2021.js'), 'runParams'), 'data'));
  if (!data) throw new Error('fixture has no runParams.data');
  return structuredClone(data);
}

function withData(edit: (d: Obj) => void): ExtractResult {
  const data = moduleData();
  edit(data);
  return extractProduct({ url: URL, pageData: { runParams: { data } } });
}

function set(d: Obj, path: string[], value: unknown): void {
  const parent = obj(at(d, ...path.slice(0, -1)));
  if (parent) parent[path[path.length - 1] ?? ''] = value;
}

describe('truncated input', () => {
  it('never throws on a script cut anywhere, and says why when nothing is left', () => {
    const text = fixtureText('module-2021.js');
    for (let cut = 0; cut < text.length; cut += 97) {
      const result = extractProduct({ url: URL, scripts: [text.slice(0, cut)] });
      if (!result.ok) expect(result.reason).toBe('no-product-data');
    }
  });

  it('falls back to what the rest of a truncated page still shows', () => {
    const html = fixtureText('module-us-2022.html');
    const cut = html.slice(0, html.indexOf('"skuModule"'));
    const url = 'https://www.aliexpress.us/item/3256804269353036.html';
    expect(productOf({ url, document: parseHtml(cut) })).toMatchObject({
      id: '1005004455667788',
      title: 'Stainless Steel Insulated Water Bottle 750ml Leakproof Sports Flask',
    });
  });

  it('reads a truncated JSON dump as no data', () => {
    const text = fixtureText('mtop-pdp-2025.json');
    const input = loadFixture('mtop-pdp-2025.json', '');
    expect(input.pageData).toBeDefined();
    const broken = {
      url: 'https://de.aliexpress.com/item/1005007788990011.html',
      scripts: [text.slice(0, 900)],
    };
    expect(extractProduct(broken)).toMatchObject({ ok: false, reason: 'no-product-data' });
  });
});

describe('renamed and missing fields', () => {
  it('reads what is left when one module is renamed', () => {
    const result = withData((d) => {
      d['priceModuleV2'] = d['priceModule'];
      delete d['priceModule'];
      delete d['titleModule'];
    });
    expect(result.ok && result.product).toMatchObject({
      // the price comes from the SKUs, the title from the SEO page title
      price: { current: 4.19, original: 5.98, min: 4.19, max: 6.99, discountPercent: 29 },
      title: 'Magnetic Cable Organizer Clips 6 Pack',
    });
  });

  it('keeps a product without variants, store, description and prices', () => {
    const result = withData((d) => {
      delete d['skuModule'];
      delete d['priceModule'];
      delete d['storeModule'];
      delete d['descriptionModule'];
    });
    expect(result.ok && result.product).toMatchObject({ variants: [], title: expect.any(String) });
    if (result.ok) {
      expect(result.product.price).toBeUndefined();
      expect(result.product.store).toBeUndefined();
    }
  });

  it('keeps going when fields have the wrong type', () => {
    const result = withData((d) => {
      set(d, ['imageModule', 'imagePathList'], 'not a list');
      set(d, ['skuModule', 'skuPriceList'], { a: 1 });
      set(d, ['titleModule', 'subject'], { text: 'x' });
      set(d, ['priceModule', 'minActivityAmount'], 'US $4.19');
      set(d, ['storeModule', 'storeName'], 42);
    });
    expect(result.ok && result.product).toMatchObject({ id: '1005001122334455' });
  });
});

describe('absurd values', () => {
  it.each([
    ['zero', 0],
    ['negative', -4.19],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['1e12', 1e12],
    ['a string', 'cheap'],
  ])('ignores a %s activity price and uses the next source', (_, value) => {
    const result = withData((d) => {
      set(d, ['priceModule', 'minActivityAmount'], { currency: 'USD', value });
      set(d, ['priceModule', 'formatedActivityPrice'], undefined);
    });
    if (!result.ok) throw new Error(result.message);
    const price = result.product.price;
    expect(price?.current).toBeGreaterThan(0);
    expect(price?.current).toBeLessThan(10);
    for (const v of Object.values(price ?? {})) expect(Number.isFinite(v)).toBe(true);
  });

  it('drops SKU prices of 0, below 0 or above 1e9', () => {
    const result = withData((d) => {
      const skus = at(d, 'skuModule', 'skuPriceList') as Obj[];
      skus.forEach((sku, i) => {
        set(sku, ['skuVal', 'skuActivityAmount'], { currency: 'USD', value: [0, -1, 1e12][i % 3] });
      });
      delete d['priceModule'];
    });
    if (!result.ok) throw new Error(result.message);
    for (const v of result.product.variants) {
      if (v.price !== undefined) expect(v.price).toBeGreaterThan(0);
      if (v.price !== undefined) expect(v.price).toBeLessThanOrEqual(1e9);
    }
  });

  it('drops an unknown currency and prices in a currency other than the display one', () => {
    const unknown = withData((d) => {
      set(d, ['webEnv', 'currency'], 'XYZ');
      set(d, ['commonModule', 'currencyCode'], 'ZZZ');
    });
    expect(unknown.ok && unknown.product.currency).toBe('USD'); // from the amount objects
    const mixed = withData((d) => {
      set(d, ['priceModule', 'minActivityAmount'], { currency: 'EUR', value: 1.23 });
    });
    expect(mixed.ok && mixed.product.price?.current).toBe(4.19);
  });

  it('refuses absurd ids', () => {
    for (const id of [0, -5, 1.5, 1e30, 'abc', '12345678901234567890123456']) {
      const result = withData((d) => {
        set(d, ['actionModule', 'productId'], id);
        set(d, ['commonModule', 'productId'], id);
        set(d, ['pageModule', 'productId'], id);
        set(d, ['storeModule', 'productId'], id);
      });
      // the id then comes from the URL
      expect(result.ok && result.product.id).toBe('1005001122334455');
    }
  });
});

describe('hostile and huge pages', () => {
  it('keeps 500 images and caps 5000', () => {
    const many = (n: number): string[] =>
      Array.from({ length: n }, (_, i) => `${KF}S${String(i).padStart(12, '0')}x.jpg_640x640.jpg`);
    const five = withData((d) => set(d, ['imageModule', 'imagePathList'], many(500)));
    if (!five.ok) throw new Error(five.message);
    expect(five.product.media.filter((m) => m.kind === 'gallery')).toHaveLength(500);
    expect(five.product.media[499]?.url).toBe(`${KF}S000000000499x.jpg`);
    const lots = withData((d) => set(d, ['imageModule', 'imagePathList'], many(5000)));
    expect(lots.ok && lots.product.media.length).toBe(600);
  });

  it('cleans hostile titles, store and variant names', () => {
    const result = withData((d) => {
      set(
        d,
        ['titleModule', 'subject'],
        `<img src=x onerror=alert(1)>\u202eCable ${'A'.repeat(2000)}`,
      );
      set(d, ['storeModule', 'storeName'], '<a href="javascript:x">Shop</a>\u2067');
      set(d, ['storeModule', 'storeURL'], 'javascript:alert(1)');
      const value = at(d, 'skuModule', 'productSKUPropertyList', 0, 'skuPropertyValues', 0);
      set(value as Obj, ['propertyValueDisplayName'], '&lt;script&gt;Black&lt;/script&gt;');
    });
    if (!result.ok) throw new Error(result.message);
    const { title, store, variants, media } = result.product;
    expect(title?.startsWith('Cable AAA')).toBe(true);
    expect(title?.length).toBeLessThanOrEqual(301);
    expect(store).toEqual({ name: 'Shop' });
    expect(variants[0]?.name).toBe('Black / 6 Pack');
    expect(media.find((m) => m.kind === 'variant')?.label).toBe('Black');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object without url', { scripts: [] }],
    ['a url that is not a string', { url: 5 }],
  ])('answers invalid-input for %s', (_, input) => {
    expect(extractProduct(input as PageInput)).toMatchObject({
      ok: false,
      reason: 'invalid-input',
    });
  });

  it('never throws on broken documents, scripts and page objects', () => {
    const cyclic: Obj = { data: {} };
    (cyclic['data'] as Obj)['self'] = cyclic;
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const inputs: unknown[] = [
      { url: URL, document: {} },
      {
        url: URL,
        document: {
          querySelectorAll: () => {
            throw new Error('dom');
          },
        },
      },
      { url: URL, scripts: [null, 5, {}, 'window.runParams = ', '{"@type":'] },
      { url: URL, scripts: ['['.repeat(100000)] },
      {
        url: URL,
        scripts: [`window.runParams = {data: ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
      },
      {
        url: URL,
        pageData: { runParams: cyclic, mtop: cyclic, aerData: cyclic, initData: cyclic },
      },
      { url: URL, pageData: { runParams: throwing } },
      { url: URL, pageData: throwing },
      throwing,
    ];
    for (const input of inputs) {
      const result = extractProduct(input as PageInput);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it('answers not-item-page for pages that are no item pages', () => {
    for (const url of [
      'https://www.aliexpress.com/',
      'https://www.aliexpress.com/store/912233',
      'https://www.aliexpress.com/w/wholesale-cable.html',
      'https://example.com/item/1005001122334455.html',
    ]) {
      const doc = parseHtml('<html><head><title>AliExpress</title></head><body>Hi</body></html>');
      expect(extractProduct({ url, document: doc })).toMatchObject({
        ok: false,
        reason: 'not-item-page',
      });
    }
  });
});
