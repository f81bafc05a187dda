import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract';
import { loadFixture } from './fixtures/load';
import { formatReport, missingFields } from './report';

describe('formatReport', () => {
  it('summarises a product: format, ids, price, media per kind, what is missing', () => {
    const result = extractProduct(
      loadFixture('module-us-2022.html', 'https://www.aliexpress.us/item/3256804269353036.html'),
    );
    const report = formatReport(result, { source: 'page.html', kind: 'html', ms: 12.345 });
    expect(report.split('\n')).toEqual([
      'source:      page.html (html)',
      'format:      runParams Module (2019-2022) [module]',
      'id:          1005004455667788 (page id 3256804269353036)',
      'site:        aliexpress',
      'url:         https://www.aliexpress.us/item/3256804269353036.html',
      'title:       Stainless Steel Insulated Water Bottle 750ml Leakproof Sports Flask',
      'price:       12.40 USD, was 18.50 (-33%)',
      'currency:    USD',
      'media:       3 gallery, 2 variant, 0 description, 1 video',
      'variants:    3 (3 priced, 2 with image, selected 12000030555000002): Ocean Blue; Matte Black; Sand',
      'store:       Hydro Trail Store <https://www.aliexpress.us/store/1102345678>',
      'description: https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005004455667788&key=S9d8c7b6a5.zip&token=e4d3c2b1a0',
      'shipping:    2.99 USD',
      'missing:     nothing',
      'time:        12.3 ms',
    ]);
  });

  it('lists what a thin page lacks and shows ranges and free shipping', () => {
    const shell = extractProduct(
      loadFixture('csr-shell-2026.html', 'https://fr.aliexpress.com/item/1005008899001122.html'),
    );
    if (!shell.ok) throw new Error(shell.message);
    expect(missingFields(shell.product)).toEqual(['variants', 'store', 'description', 'shipping']);
    const report = formatReport(shell);
    expect(report).toContain('price:       8.49 EUR, range 8.49 - 12.99');
    expect(report).toContain('missing:     variants, store, description, shipping');
    expect(report).not.toContain('source:');
    const kettle = extractProduct(
      loadFixture('mtop-pdp-2025.json', 'https://de.aliexpress.com/item/1005007788990011.html'),
    );
    expect(formatReport(kettle)).toContain('shipping:    free');
    expect(formatReport(kettle)).toContain('variants:    4 (4 priced, 4 with image, selected');
  });

  it('gives the reason when there is no product', () => {
    const result = extractProduct({ url: 'https://www.aliexpress.com/', scripts: [] });
    expect(formatReport(result, { source: 'home.html', kind: 'html' })).toBe(
      [
        'source: home.html (html)',
        'result: no product (not-item-page)',
        'reason: This page is not an item page and holds no product data.',
      ].join('\n'),
    );
  });
});
