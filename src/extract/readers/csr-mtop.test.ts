import { describe, expect, it } from 'vitest';
import { extractProduct } from '../extract';
import { fixtureJson, fixtureText, loadFixture, parseHtml, productOf } from '../fixtures/load';
import { readSavedPage } from '../saved-page';
import { at, obj } from '../values';

const IMG = 'https://ae-pic-a1.aliexpress-media.com/kf/';
const URL = 'https://de.aliexpress.com/item/1005007788990011.html';
const grey = `${IMG}S55d2e3f4a5b64c7d8e9f0a1b2c3d4e5fE.jpg`;
const green = `${IMG}S66d2e3f4a5b64c7d8e9f0a1b2c3d4e5fF.jpg`;
const expected = {
  id: '1005007788990011',
  site: 'aliexpress',
  url: URL,
  generation: 'csr',
  title: 'Faltbarer Reise-Wasserkocher 600 ml Silikon 110-240 V',
  currency: 'EUR',
  price: { current: 19.99, original: 35.7, min: 19.99, max: 24.49, discountPercent: 44 },
  media: [
    { kind: 'gallery', url: `${IMG}S11d2e3f4a5b64c7d8e9f0a1b2c3d4e5fA.jpg` },
    { kind: 'gallery', url: `${IMG}S22d2e3f4a5b64c7d8e9f0a1b2c3d4e5fB.jpg` },
    { kind: 'gallery', url: `${IMG}S33d2e3f4a5b64c7d8e9f0a1b2c3d4e5fC.jpg` },
    { kind: 'gallery', url: `${IMG}S44d2e3f4a5b64c7d8e9f0a1b2c3d4e5fD.png` },
    { kind: 'variant', url: grey, label: 'Grau' },
    { kind: 'variant', url: green, label: 'Grün' },
    {
      kind: 'video',
      url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2215566778899/p/1/e/6/t/10301/1100987654321.mp4',
    },
  ],
  variants: [
    // the first price is a fastjson `$ref` to targetSkuPriceInfo; the others use the *Local
    // string, the amount object and the display string in turn
    { id: '12000041122334401', name: 'Grau / China', image: grey, price: 19.99 },
    { id: '12000041122334402', name: 'Grün / China', image: green, price: 19.99 },
    { id: '12000041122334403', name: 'Grau / Deutschland', image: grey, price: 24.49 },
    { id: '12000041122334404', name: 'Grün / Deutschland', image: green, price: 24.49 },
  ],
  selectedVariantId: '12000041122334401',
  store: { name: 'Reise Helfer Store', url: 'https://de.aliexpress.com/store/1104455667' },
  descriptionUrl:
    'https://pdp.aliexpress-media.com/product/description/pc/v2/de_DE/desc.htm?productId=1005007788990011&key=Skettledesc.zip&token=beef4422',
  shipping: { cost: 0, free: true },
};

function response(): Record<string, unknown> {
  return structuredClone(fixtureJson('mtop-pdp-2025.json')) as Record<string, unknown>;
}

describe('mtop.aliexpress.pdp.pc.query (2024+ client-rendered pages)', () => {
  it('reads the full product from a saved response', () => {
    expect(productOf(loadFixture('mtop-pdp-2025.json', URL))).toEqual(expected);
  });

  it('reads the bare result object and the lifeCycleEventList data alike', () => {
    const full = response();
    expect(productOf({ url: URL, pageData: { mtop: at(full, 'data', 'result') } })).toEqual(
      expected,
    );
    expect(productOf({ url: URL, pageData: { mtop: at(full, 'data') } })).toEqual(expected);
  });

  it('reads a JSONP response saved as script text', () => {
    const jsonp = `mtopjsonp3(${fixtureText('mtop-pdp-2025.json')})`;
    const saved = readSavedPage(jsonp, parseHtml);
    expect(saved.kind).toBe('jsonp');
    expect(productOf({ ...saved.input, url: URL })).toEqual(expected);
  });

  it('drops what a stale page shell says about another item', () => {
    // the shell (og tags, JSON-LD) still describes the fr item 1005008899001122
    const shell = loadFixture('csr-shell-2026.html', URL);
    expect(productOf({ ...shell, pageData: { mtop: response() } })).toEqual(expected);
    const untitled = response();
    const result = obj(at(untitled, 'data', 'result'));
    delete result?.['PRODUCT_TITLE'];
    delete obj(at(result, 'GLOBAL_DATA', 'globalData'))?.['subject'];
    const product = productOf({ ...shell, pageData: { mtop: untitled } });
    expect(product.title).toBeUndefined();
  });

  it('fails with id-mismatch when the data names another item than the URL', () => {
    const other = 'https://de.aliexpress.com/item/1005008899001122.html';
    expect(extractProduct({ url: other, pageData: { mtop: response() } })).toMatchObject({
      ok: false,
      reason: 'id-mismatch',
    });
  });

  it('reports an item the page says is gone', () => {
    const full = response();
    const global = obj(at(full, 'data', 'result', 'GLOBAL_DATA', 'globalData'));
    if (global) global['errorCode'] = 'ITEM_NOT_FOUND';
    expect(extractProduct({ url: URL, pageData: { mtop: full } })).toMatchObject({
      ok: false,
      reason: 'item-unavailable',
    });
  });

  it('leaves a reference that points nowhere or at another reference unresolved', () => {
    const full = response();
    const map = obj(at(full, 'data', 'result', 'PRICE', 'skuIdStrPriceInfoMap'));
    if (map) {
      map['12000041122334402'] = { $ref: '$.PRICE.nothing' };
      map['12000041122334403'] = { $ref: '$.PRICE.skuIdStrPriceInfoMap.12000041122334401' };
    }
    const product = productOf({ url: URL, pageData: { mtop: full } });
    expect(product.variants.map((v) => v.price)).toEqual([19.99, undefined, undefined, 24.49]);
  });
});
