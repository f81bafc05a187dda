import { describe, expect, it } from 'vitest';
import { classifyDump } from '../dump';
import { fixtureJson, loadFixture, productOf } from '../fixtures/load';

const IMG = 'https://ae-pic-a1.aliexpress-media.com/kf/';
const URL = 'https://aliexpress.ru/item/1005009900112233.html';
const TITLE = 'Термокружка с крышкой 500 мл, нержавеющая сталь';
const gallery = [
  { kind: 'gallery', url: `${IMG}S9a8b7c6d5e4f40312a1b2c3d4e5f6a7bA.jpg` },
  { kind: 'gallery', url: `${IMG}S8a8b7c6d5e4f40312a1b2c3d4e5f6a7bB.jpg` },
  { kind: 'gallery', url: `${IMG}S7a8b7c6d5e4f40312a1b2c3d4e5f6a7bC.png` },
  // no imageUrl: the preview, made original
  { kind: 'gallery', url: `${IMG}S6a8b7c6d5e4f40312a1b2c3d4e5f6a7bD.jpg` },
];
const video = {
  kind: 'video',
  // the form without `ae_sg_item/<uid>`, kept as the page gives it
  url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/p/1/e/6/t/10301/1100665544332.mp4',
};
const black = `${IMG}S5a8b7c6d5e4f40312a1b2c3d4e5f6a7bE.jpg`;
const mint = `${IMG}S4a8b7c6d5e4f40312a1b2c3d4e5f6a7bF.jpg`;
const store = { name: 'Уютный Дом Store', url: 'https://aliexpress.ru/store/1105566778' };

describe('aliexpress.ru', () => {
  it('reads the SSR widget tree (#__AER_DATA__): gallery, video and store, no price', () => {
    expect(productOf(loadFixture('aer-ssr-2026.html', URL))).toEqual({
      id: '1005009900112233',
      site: 'aliexpress',
      url: URL,
      generation: 'aer',
      title: TITLE,
      media: [...gallery, video],
      variants: [],
      store,
    });
  });

  it('reads a /productData response: variants by skuPropIds, prices by value, cents, text', () => {
    const data = fixtureJson('aer-product-data.json');
    expect(classifyDump(data)).toEqual({ aerProductData: data });
    expect(productOf(loadFixture('aer-product-data.json', URL))).toEqual({
      id: '1005009900112233',
      site: 'aliexpress',
      url: URL,
      generation: 'aer',
      title: TITLE,
      currency: 'RUB',
      price: { current: 1234.5, original: 1646, min: 1234.5, max: 1299, discountPercent: 25 },
      media: [
        { kind: 'variant', url: black, label: 'Чёрный' },
        { kind: 'variant', url: mint, label: 'Мятный' },
      ],
      variants: [
        { id: '12000051234567801', name: 'Чёрный / 500 мл', image: black, price: 1234.5 },
        { id: '12000051234567802', name: 'Мятный / 500 мл', image: mint, price: 1299 },
      ],
      selectedVariantId: '12000051234567802',
    });
  });

  it('merges the page with the productData the MAIN world captured', () => {
    const page = loadFixture('aer-ssr-2026.html', URL);
    const aerProductData = fixtureJson('aer-product-data.json');
    const product = productOf({ ...page, pageData: { aerProductData } });
    expect(product.media).toEqual([
      ...gallery,
      { kind: 'variant', url: black, label: 'Чёрный' },
      { kind: 'variant', url: mint, label: 'Мятный' },
      video,
    ]);
    expect(product).toMatchObject({ currency: 'RUB', store, title: TITLE });
    expect(product.variants).toHaveLength(2);
    expect(product.price?.current).toBe(1234.5);
  });

  it('reads the productData `data` object on its own', () => {
    const inner = (fixtureJson('aer-product-data.json') as { data: unknown }).data;
    expect(classifyDump(inner)).toEqual({ aerProductData: { data: inner } });
  });
});
