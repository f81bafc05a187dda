import { describe, expect, it } from 'vitest';
import type { Product } from '../extract/model';
import { pricesFromProduct } from './from-product';

const T0 = Date.UTC(2025, 0, 1);
const product: Product = {
  id: '1005006543210987',
  site: 'aliexpress',
  url: 'https://www.aliexpress.com/item/1005006543210987.html',
  generation: 'component',
  title: 'USB-C cable',
  currency: 'EUR',
  price: { current: 2.99, original: 5.98, min: 2.99, max: 3.49, discountPercent: 50 },
  media: [
    { kind: 'video', url: 'https://video.aliexpress-media.com/v.mp4' },
    { kind: 'gallery', url: 'https://ae01.alicdn.com/kf/S1.jpg' },
  ],
  variants: [
    { id: '12000037000000001', name: '1 m', price: 2.99 },
    { id: '12000037000000002', name: '2 m', price: 3.49 },
    { id: '12000037000000003', name: '3 m' },
    { id: '12000037000000001', name: '1 m again', price: 2.99 },
  ],
};

describe('pricesFromProduct', () => {
  it('gives the product-level price and each priced variant once', () => {
    const { observations, details } = pricesFromProduct(product, T0);
    const base = { itemId: product.id, currency: 'EUR', at: T0 };
    expect(observations).toEqual([
      { ...base, variantId: '', price: 2.99, original: 5.98 },
      { ...base, variantId: '12000037000000001', price: 2.99 },
      { ...base, variantId: '12000037000000002', price: 3.49 },
    ]);
    expect(details).toEqual({
      site: 'aliexpress',
      url: product.url,
      title: 'USB-C cable',
      image: 'https://ae01.alicdn.com/kf/S1.jpg',
    });
  });

  it('records nothing without a currency', () => {
    const { currency: _, ...noCurrency } = product;
    expect(pricesFromProduct(noCurrency, T0).observations).toEqual([]);
  });
});
