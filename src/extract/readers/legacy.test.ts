import { describe, expect, it } from 'vitest';
import { loadFixture, productOf } from '../fixtures/load';

const URL = 'https://www.aliexpress.com/item/32911223344.html';
const KF = 'https://ae01.alicdn.com/kf/';
const NATURAL = `${KF}HTB1bAmBoNaturalSkuQq6xXFXXXa/Bamboo-Tea-Strainer.jpg`;
const WALNUT = `${KF}HTB1bAmBoWalnutSkuQq6xXFXXXb/Bamboo-Tea-Strainer.jpg`;

describe('legacy flat runParams (2018)', () => {
  it('reads the full product from the flat assignments, skuProducts and the SKU buttons', () => {
    expect(productOf(loadFixture('legacy-2018.html', URL))).toEqual({
      id: '32911223344',
      site: 'aliexpress',
      url: URL,
      generation: 'legacy',
      title: 'Bamboo Tea Strainer with Drip Tray Reusable Loose Leaf Infuser',
      currency: 'USD',
      price: { current: 2.8, original: 3.5, min: 2.8, max: 3.36, discountPercent: 20 },
      media: [
        { kind: 'gallery', url: `${KF}HTB1bAmBoOStrainerAaQq6xXFXXXv/Bamboo-Tea-Strainer.jpg` },
        // protocol-relative with a size suffix, and http: both become the https original
        { kind: 'gallery', url: `${KF}HTB1bAmBoOStrainerBbQq6xXFXXXw/Bamboo-Tea-Strainer.jpg` },
        { kind: 'gallery', url: `${KF}HTB1bAmBoOStrainerCcQq6xXFXXXx.png` },
        { kind: 'variant', url: NATURAL, label: 'Natural' },
        { kind: 'variant', url: WALNUT, label: 'Walnut' },
      ],
      // Legacy SKUs have no id of their own: the value-id combination names them.
      variants: [
        { id: '14:771;5:100014064', name: 'Natural / S', image: NATURAL, price: 2.8 },
        { id: '14:771;5:361386', name: 'Natural / L', image: NATURAL, price: 3.36 },
        { id: '14:175;5:100014064', name: 'Walnut / S', image: WALNUT, price: 2.8 },
        { id: '14:175;5:361386', name: 'Walnut / L', image: WALNUT, price: 3.36 },
      ],
      store: { name: 'Green Leaf Kitchen Store', url: 'https://www.aliexpress.com/store/2233445' },
      descriptionUrl:
        'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=32911223344&key=HTB1descKeyTea.zip&token=0a1b2c3d',
    });
  });

  it('reads the script alone (no DOM): no title, variants named by their value ids', () => {
    const input = loadFixture('legacy-2018.html', URL);
    const scripts = Array.from(input.document?.querySelectorAll('script:not([src])') ?? []).map(
      (s) => s.textContent ?? '',
    );
    const product = productOf({ url: URL, scripts });
    expect(product.title).toBeUndefined();
    expect(product.variants.map((v) => v.name)).toEqual([
      '14:771;5:100014064',
      '14:771;5:361386',
      '14:175;5:100014064',
      '14:175;5:361386',
    ]);
    expect(product.price).toEqual({
      current: 2.8,
      original: 3.5,
      min: 2.8,
      max: 3.36,
      discountPercent: 20,
    });
  });

  it('ignores base-currency flat prices when the display currency differs', () => {
    const script = [
      'window.runParams.productId="32911223344";',
      'window.runParams.currencyCode="EUR";',
      'window.runParams.baseCurrencyCode="USD";',
      'window.runParams.minPrice="3.50";',
      'window.runParams.actMinPrice="2.80";',
      'var skuProducts=[{"skuAttr":"14:771","skuVal":{"skuMultiCurrencyCalPrice":"3,21","actSkuMultiCurrencyCalPrice":"2,57"}}];',
    ].join('\n');
    const product = productOf({ url: URL, scripts: [script] });
    expect(product.currency).toBe('EUR');
    expect(product.price).toEqual({ current: 2.57, original: 3.21, discountPercent: 19 });
  });
});
