import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { fixtureJson, loadFixture, parseHtml, productOf } from './fixtures/load';
import { cleanPrice, finalize, mergeDrafts } from './merge';
import { at, obj } from './values';

const SHELL_URL = 'https://fr.aliexpress.com/item/1005008899001122.html';
const IMG = 'https://ae-pic-a1.aliexpress-media.com/kf/';

/** The mtop fixture rewritten to describe the csr-shell item, without title and images. */
function mtopForShell(): unknown {
  const full = structuredClone(fixtureJson('mtop-pdp-2025.json'));
  const result = obj(at(full, 'data', 'result')) ?? {};
  const global = obj(at(result, 'GLOBAL_DATA', 'globalData')) ?? {};
  global['productId'] = '1005008899001122';
  delete global['subject'];
  delete result['PRODUCT_TITLE'];
  delete result['HEADER_IMAGE_PC'];
  return full;
}

describe('merging the sources of one page', () => {
  it('fills what the data object lacks from the page shell of the same item', () => {
    const product = productOf({
      ...loadFixture('csr-shell-2026.html', SHELL_URL),
      pageData: { mtop: mtopForShell() },
    });
    expect(product.generation).toBe('csr');
    // title from JSON-LD, gallery from DCData, video from JSON-LD
    expect(product.title).toBe('Support de téléphone magnétique pour voiture, rotation 360°');
    expect(product.media.filter((m) => m.kind === 'gallery')).toHaveLength(5);
    expect(product.media[0]).toEqual({
      kind: 'gallery',
      url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg`,
    });
    expect(product.media.filter((m) => m.kind === 'video')).toHaveLength(1);
    // price, currency, variants, store and shipping from mtop: the first priced source wins
    expect(product).toMatchObject({
      currency: 'EUR',
      price: { current: 19.99, original: 35.7, min: 19.99, max: 24.49, discountPercent: 44 },
      store: { name: 'Reise Helfer Store' },
      shipping: { cost: 0, free: true },
    });
    expect(product.variants).toHaveLength(4);
  });

  it('takes price and currency from the same source', () => {
    // Module data naming USD but carrying no price; the rendered DOM shows a PLN price.
    const script =
      'window.runParams = { data: {"titleModule":{"subject":"Desk"},"commonModule":{"productId":1005001122334455,"currencyCode":"USD"},"pageModule":{}} };';
    const html = `<html><body><span class="price--currentPriceText--a">45,99 zł</span><script>${script}</script></body></html>`;
    const product = productOf({
      url: 'https://pl.aliexpress.com/item/1005001122334455.html',
      document: parseHtml(html),
    });
    expect(product).toMatchObject({
      generation: 'module',
      title: 'Desk',
      currency: 'PLN',
      price: { current: 45.99 },
    });
  });

  it('keeps the first source per field and per media kind', () => {
    const a: Draft = {
      generation: 'module',
      title: 'A',
      media: [{ kind: 'gallery', url: 'https://a.example/1.jpg' }],
      variants: [],
    };
    const b: Draft = {
      generation: 'csr',
      title: 'B',
      store: { name: 'Shop' },
      media: [
        { kind: 'gallery', url: 'https://b.example/1.jpg' },
        { kind: 'video', url: 'https://b.example/1.mp4' },
      ],
      variants: [{ id: '1', name: 'One' }],
    };
    const merged = mergeDrafts([a, b]);
    expect(merged).toMatchObject({ generation: 'module', title: 'A', store: { name: 'Shop' } });
    expect(merged.media.map((m) => m.url)).toEqual([
      'https://a.example/1.jpg',
      'https://b.example/1.mp4',
    ]);
    expect(merged.variants).toEqual([{ id: '1', name: 'One' }]);
  });
});

describe('finalize', () => {
  const who = { id: '1', site: 'aliexpress' as const, url: 'https://x.example/item/1.html' };

  it('orders media by kind, dedupes across kinds and drops unusable URLs', () => {
    const product = finalize(
      {
        generation: 'csr',
        media: [
          { kind: 'video', url: 'javascript:alert(1)' },
          {
            kind: 'variant',
            url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg_220x220.jpg`,
            label: 'A',
          },
          { kind: 'gallery', url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA/Slug.jpg` },
          { kind: 'description', url: '//ae01.alicdn.com/kf/Sdesc000001.jpg' },
          { kind: 'gallery', url: 'not a url' },
        ],
        variants: [
          { id: '12000000000000001', name: '<b>Red</b>', price: 0 },
          { id: '12000000000000001', name: 'Dup' },
          { id: 'bad id!', name: 'x' },
        ],
      },
      who,
      'csr',
    );
    expect(product.media).toEqual([
      { kind: 'gallery', url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA/Slug.jpg` },
      { kind: 'description', url: 'https://ae01.alicdn.com/kf/Sdesc000001.jpg' },
    ]);
    expect(product.variants).toEqual([{ id: '12000000000000001', name: 'Red' }]);
  });

  it('keeps only plausible prices', () => {
    expect(cleanPrice({ current: 5, original: 4, min: 5, max: 5, discountPercent: 120 })).toEqual({
      current: 5,
    });
    expect(cleanPrice({ current: 4, original: 5, min: 3, max: 9, discountPercent: 20.4 })).toEqual({
      current: 4,
      original: 5,
      min: 3,
      max: 9,
      discountPercent: 20,
    });
    for (const current of [0, -1, NaN, Infinity, 1e12]) {
      expect(cleanPrice({ current })).toBeUndefined();
    }
  });
});
