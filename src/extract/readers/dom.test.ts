import { describe, expect, it } from 'vitest';
import { fixtureText, loadFixture, parseHtml, productOf } from '../fixtures/load';

const IMG = 'https://ae-pic-a1.aliexpress-media.com/kf/';
const URL = 'https://pl.aliexpress.com/item/1005005544332211.html';

describe('rendered client-side page (hashed class names)', () => {
  it('reads the full product from the DOM', () => {
    expect(productOf(loadFixture('csr-dom-2025.html', URL))).toEqual({
      id: '1005005544332211',
      site: 'aliexpress',
      url: URL,
      generation: 'csr',
      title: 'Składany stojak na laptopa aluminiowy, regulowany, 11-17 cali',
      currency: 'PLN',
      price: { current: 45.99, original: 76.65, discountPercent: 40 },
      media: [
        // thumbnails made originals; `data-src` read; the slug form of the first image dropped
        { kind: 'gallery', url: `${IMG}S0f1e2d3c4b5a46978a9b0c1d2e3f4a5bA.jpg` },
        { kind: 'gallery', url: `${IMG}S1f1e2d3c4b5a46978a9b0c1d2e3f4a5bB.jpg` },
        { kind: 'gallery', url: `${IMG}S2f1e2d3c4b5a46978a9b0c1d2e3f4a5bC.jpg` },
        { kind: 'variant', url: `${IMG}S3f1e2d3c4b5a46978a9b0c1d2e3f4a5bD.jpg`, label: 'Srebrny' },
        { kind: 'variant', url: `${IMG}S4f1e2d3c4b5a46978a9b0c1d2e3f4a5bE.jpg`, label: 'Czarny' },
        {
          kind: 'video',
          url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2213344556677/p/1/e/6/t/10301/1100554433221.mp4',
        },
      ],
      variants: [],
      store: { name: 'Biuro Plus Store', url: 'https://pl.aliexpress.com/store/1102233445' },
    });
  });

  it('uses the magnifier image when the thumbnail slider is missing', () => {
    const html = fixtureText('csr-dom-2025.html').replaceAll('slider--img', 'thumb');
    const product = productOf({ url: URL, document: parseHtml(html) });
    expect(product.media.filter((m) => m.kind === 'gallery')).toEqual([
      { kind: 'gallery', url: `${IMG}S0f1e2d3c4b5a46978a9b0c1d2e3f4a5bA.jpg` },
    ]);
  });

  it('reads a price range and a currency code in the price text', () => {
    const html =
      '<h1 data-pl="product-title">Lamp</h1><div class="price--currentPriceText--x">MXN$1.234,50 - $2.000,00</div><div class="price--originalText--y">MXN$2.469,00</div>';
    expect(productOf({ url: URL, document: parseHtml(html) })).toMatchObject({
      currency: 'MXN',
      price: { current: 1234.5, original: 2469, min: 1234.5, max: 2000 },
    });
  });
});
