import { describe, expect, it } from 'vitest';
import { extractProduct } from '../extract';
import { fixtureText, loadFixture, parseHtml, productOf } from '../fixtures/load';

const IMG = 'https://ae-pic-a1.aliexpress-media.com/kf/';
const URL = 'https://fr.aliexpress.com/item/1005008899001122.html';
const VIDEO =
  'https://video.aliexpress-media.com/play/u/ae_sg_item/2216677889900/p/1/e/6/t/10301/1100776655443.mp4';
const TITLE = 'Support de téléphone magnétique pour voiture, rotation 360°';

function shellWithout(pattern: RegExp): ParentNode {
  return parseHtml(fixtureText('csr-shell-2026.html').replace(pattern, ''));
}

describe('client-rendered page shell: DCData, JSON-LD, og tags', () => {
  it('reads the full product the shell offers (gallery from DCData, the rest from JSON-LD)', () => {
    expect(productOf(loadFixture('csr-shell-2026.html', URL))).toEqual({
      id: '1005008899001122',
      site: 'aliexpress',
      url: URL,
      generation: 'csr',
      title: TITLE,
      currency: 'EUR',
      price: { current: 8.49, min: 8.49, max: 12.99 },
      media: [
        { kind: 'gallery', url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg` },
        { kind: 'gallery', url: `${IMG}Sb1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aB.jpg` },
        { kind: 'gallery', url: `${IMG}Sc1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aC.jpg` },
        { kind: 'gallery', url: `${IMG}Sd1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aD.png` },
        { kind: 'gallery', url: `${IMG}Se1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aE.jpg` },
        { kind: 'video', url: VIDEO },
      ],
      variants: [],
    });
  });

  it('never takes the JSON-LD `sku` (a SKU id) for the item id', () => {
    const product = productOf({ ...loadFixture('csr-shell-2026.html', ''), url: '' });
    expect(product.id).toBe('1005008899001122');
    expect(product.url).toBe(URL);
  });

  it('reads JSON-LD alone: the slug-form images it lists, its offer and video', () => {
    const doc = shellWithout(/<script>[\s\S]*?<\/script>\s*<script>[\s\S]*?<\/script>/);
    const product = productOf({ url: URL, document: doc });
    expect(product.media).toEqual([
      {
        kind: 'gallery',
        url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA/Support-de-telephone-magnetique.jpg`,
      },
      {
        kind: 'gallery',
        url: `${IMG}Sb1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aB/Support-de-telephone-magnetique.jpg`,
      },
      { kind: 'video', url: VIDEO },
    ]);
    expect(product.price).toEqual({ current: 8.49, min: 8.49, max: 12.99 });
  });

  it('reads og tags alone: the name without price prefix and site suffix, one image', () => {
    const doc = shellWithout(/<script[\s\S]*<\/script>/);
    expect(productOf({ url: URL, document: doc })).toEqual({
      id: '1005008899001122',
      site: 'aliexpress',
      url: URL,
      generation: 'csr',
      title: TITLE,
      media: [{ kind: 'gallery', url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg` }],
      variants: [],
    });
  });

  it('reads an Offer list and product:price meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': ['Product'],
          name: 'Cable',
          productID: '1005008899001122',
          image: { '@type': 'ImageObject', url: `${IMG}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg` },
          offers: [
            { '@type': 'Offer', price: '9.10', priceCurrency: 'GBP' },
            { '@type': 'Offer', price: '7.30', priceCurrency: 'GBP' },
            { '@type': 'Offer', price: '5.00', priceCurrency: 'USD' },
          ],
        },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head></html>`;
    const product = productOf({ url: URL, document: parseHtml(html) });
    expect(product).toMatchObject({ currency: 'GBP', price: { current: 7.3, min: 7.3, max: 9.1 } });
    const meta =
      '<meta property="og:title" content="Cable"><meta property="product:price:amount" content="4.20"><meta property="product:price:currency" content="CAD">';
    const fromMeta = productOf({ url: URL, document: parseHtml(`<head>${meta}</head>`) });
    expect(fromMeta).toMatchObject({ title: 'Cable', currency: 'CAD', price: { current: 4.2 } });
  });

  it('says "no product data" for an item page whose shell is empty (blocked or blank)', () => {
    const doc = parseHtml('<html><head><title>Captcha</title></head><body></body></html>');
    expect(extractProduct({ url: URL, document: doc })).toMatchObject({
      ok: false,
      reason: 'no-product-data',
    });
  });
});
