import { describe, expect, it } from 'vitest';
import { extractProduct } from '../extract';
import { loadFixture, productOf } from '../fixtures/load';

const URL =
  'https://www.alibaba.com/product-detail/Custom-Logo-Bamboo-Cutting-Board-Set_1600998877665.html';
const SC = 'https://sc04.alicdn.com/kf/';
const natural = `${SC}H5a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6E.jpg`;

describe('alibaba.com /product-detail/', () => {
  const expected = {
    id: '1600998877665',
    site: 'alibaba',
    url: URL,
    generation: 'alibaba',
    title: 'Custom Logo Bamboo Cutting Board Set 3 Pieces',
    currency: 'USD',
    // quantity ladder $3.50 / $3.10 / $2.80: the lowest rung is the lowest price
    price: { current: 2.8, min: 2.8, max: 3.5 },
    media: [
      { kind: 'gallery', url: `${SC}H1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6A.jpg` },
      { kind: 'gallery', url: `${SC}H2a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6B.jpg` },
      { kind: 'gallery', url: `${SC}H4a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6D.png` },
      { kind: 'variant', url: natural, label: 'Natural' },
      {
        kind: 'video',
        url: 'https://cloud.video.alibaba.com/play/u/2153292369/p/1/e/6/t/10301/300998877.mp4',
      },
    ],
    variants: [
      { id: '105556677001', name: 'Natural', image: natural, price: 3.5 },
      { id: '105556677002', name: 'Carbonized', price: 3.6 },
    ],
    store: {
      name: 'Fujian Green Home Co., Ltd.',
      url: 'https://greenhome.en.alibaba.com/company_profile.html',
    },
    descriptionUrl:
      'https://www.alibaba.com/event/app/mainAction/desc.htm?detailId=1600998877665&language=en',
  };

  it('reads the full product from window.detailData', () => {
    expect(productOf(loadFixture('alibaba-detail.html', URL))).toEqual(expected);
  });

  it('finds its URL from the canonical tag when none is given', () => {
    const result = extractProduct({ ...loadFixture('alibaba-detail.html', ''), url: '' });
    expect(result).toEqual({ ok: true, product: expected });
  });

  it('keeps alibaba ids as they are (the aliexpress.us offset rule is not theirs)', () => {
    const big = 'https://www.alibaba.com/product-detail/Board_3256804269353036.html';
    const detailData = {
      globalData: { product: { productId: '3256804269353036', subject: 'Board' } },
    };
    const product = productOf({ url: big, pageData: { detailData } });
    expect(product).toMatchObject({ id: '3256804269353036', site: 'alibaba', title: 'Board' });
    expect(product.siteId).toBeUndefined();
  });
});
