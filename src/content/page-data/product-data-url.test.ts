import { describe, expect, it } from 'vitest';
import { isProductDataUrl } from './product-data-url';

const ORIGIN = 'https://aliexpress.ru';

describe('isProductDataUrl', () => {
  it.each([
    `${ORIGIN}/aer-api/v1/product/1005006000000505/productData`,
    `${ORIGIN}/api/productData?item=100`,
    `${ORIGIN}/aer-api/v1/product/1/productData#top`,
  ])('takes %s on the page origin', (url) => {
    expect(isProductDataUrl(url, ORIGIN)).toBe(true);
  });

  it.each([
    // another origin, or one that only starts like it
    'https://evil.example/aer-api/v1/product/1/productData',
    'https://aliexpress.ru.evil.example/productData',
    'https://aliexpress.rux/productData',
    'http://aliexpress.ru/productData',
    // relative: the final response URL is always absolute
    '/aer-api/v1/product/1/productData',
    // the name elsewhere than at the end of the path
    `${ORIGIN}/api/productData/reviews`,
    `${ORIGIN}/api/productDataX`,
    `${ORIGIN}/api/other?next=/productData`,
    `${ORIGIN}/api/other#/productData`,
    `${ORIGIN}/productdata`,
    `${ORIGIN}productData`,
    '',
  ])('refuses %s on the page origin', (url) => {
    expect(isProductDataUrl(url, ORIGIN)).toBe(false);
  });

  it('before the browser resolves it, takes a relative or absolute URL by its path', () => {
    expect(isProductDataUrl('/aer-api/v1/product/1/productData')).toBe(true);
    expect(isProductDataUrl('api/productData?x=1')).toBe(true);
    expect(isProductDataUrl('https://elsewhere.example/productData')).toBe(true);
    expect(isProductDataUrl('/productData/more')).toBe(false);
    expect(isProductDataUrl('/api/reviews?from=/productData')).toBe(false);
  });

  it('refuses what is not a string, and very long URLs', () => {
    for (const v of [undefined, null, 42, {}, ['/productData']]) {
      expect(isProductDataUrl(v)).toBe(false);
    }
    expect(isProductDataUrl(`/${'a'.repeat(5000)}/productData`)).toBe(false);
  });
});
