import { describe, expect, it } from 'vitest';
import { fixtureText, loadFixture, parseHtml, productOf } from '../fixtures/load';
import type { Variant } from '../model';

const KF = 'https://ae01.alicdn.com/kf/';
const CABLE = 'Magnetic-Cable-Organizer-Clips-6-Pack';

describe('runParams Module (2019-2022)', () => {
  const url = 'https://www.aliexpress.com/item/1005001122334455.html';
  const black = `${KF}Hd1b2c3d4e5f60718293a4b5c6d7e8f90t/${CABLE}.jpg`;
  const grey = `${KF}He1b2c3d4e5f60718293a4b5c6d7e8f90u/${CABLE}.jpg`;
  const white = `${KF}Hf1b2c3d4e5f60718293a4b5c6d7e8f90v/${CABLE}.jpg`;
  const variant = (n: number, name: string, image: string, price: number): Variant => ({
    id: `1200001611100000${n}`,
    name,
    image,
    price,
  });

  it('reads the full product from the script text', () => {
    expect(productOf(loadFixture('module-2021.js', url))).toEqual({
      id: '1005001122334455',
      site: 'aliexpress',
      url,
      generation: 'module',
      title: 'Magnetic Cable Organizer Clips 6 Pack Silicone Desk Cord Holder',
      currency: 'USD',
      price: { current: 4.19, original: 5.98, min: 4.19, max: 6.99, discountPercent: 30 },
      media: [
        { kind: 'gallery', url: `${KF}Ha1b2c3d4e5f60718293a4b5c6d7e8f90q/${CABLE}.jpg` },
        { kind: 'gallery', url: `${KF}Hb1b2c3d4e5f60718293a4b5c6d7e8f90r/${CABLE}.jpg` },
        { kind: 'gallery', url: `${KF}Hc1b2c3d4e5f60718293a4b5c6d7e8f90s/${CABLE}.png` },
        // the fourth gallery entry is the bare `kf/<hash>.jpg` form of the first: dropped
        { kind: 'variant', url: black, label: 'Black' },
        { kind: 'variant', url: grey, label: 'Grey' },
        { kind: 'variant', url: white, label: 'Snow White' },
        {
          kind: 'video',
          url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2200112233/p/1/e/6/t/10301/300112233445.mp4',
        },
      ],
      variants: [
        variant(1, 'Black / 6 Pack', black, 4.19),
        variant(2, 'Black / 12 Pack', black, 6.99),
        variant(3, 'Grey / 6 Pack', grey, 4.19),
        variant(4, 'Grey / 12 Pack', grey, 6.99),
        variant(5, 'Snow White / 6 Pack', white, 4.54),
        variant(6, 'Snow White / 12 Pack', white, 6.99),
      ],
      selectedVariantId: '12000016111000004',
      store: { name: 'Tidy Desk Official Store', url: 'https://www.aliexpress.com/store/912233' },
      descriptionUrl:
        'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005001122334455&key=Hdesc0cable.zip&token=5f1e2d3c4b5a6978',
    });
  });

  it('takes the URL from the canonical tag in the data when the caller has none', () => {
    const product = productOf({ ...loadFixture('module-2021.js', ''), url: '' });
    expect(product.url).toBe(url);
    expect(product.id).toBe('1005001122334455');
  });

  it('reads the same data handed over from the MAIN world', () => {
    const text = fixtureText('module-2021.js');
    const json = text.slice(text.indexOf('data: {') + 6, text.indexOf('    csrfToken'));
    const data = JSON.parse(json.trim().replace(/,$/, '')) as unknown;
    const fromPage = productOf({ url, pageData: { runParams: { data } } });
    expect(fromPage).toEqual(productOf(loadFixture('module-2021.js', url)));
  });
});

describe('runParams Module on www.aliexpress.us (2022, rendered page)', () => {
  const usUrl = 'https://www.aliexpress.us/item/3256804269353036.html';
  const bottle = 'Stainless-Steel-Insulated-Water-Bottle-750ml';
  const blue = `${KF}S3a1b2c3d4e5f40718293a4b5c6d7e8f9D/${bottle}.jpg`;
  const black = `${KF}S4a1b2c3d4e5f40718293a4b5c6d7e8f9E/${bottle}.jpg`;
  const expected = {
    // the global id; the page's own id (global + 2^51) is kept as siteId
    id: '1005004455667788',
    siteId: '3256804269353036',
    site: 'aliexpress',
    url: usUrl,
    generation: 'module',
    title: 'Stainless Steel Insulated Water Bottle 750ml Leakproof Sports Flask',
    currency: 'USD',
    // one price for every variant: no min/max
    price: { current: 12.4, original: 18.5, discountPercent: 33 },
    media: [
      { kind: 'gallery', url: `${KF}S0a1b2c3d4e5f40718293a4b5c6d7e8f9A/${bottle}.jpg` },
      { kind: 'gallery', url: `${KF}S1a1b2c3d4e5f40718293a4b5c6d7e8f9B/${bottle}.jpg` },
      { kind: 'gallery', url: `${KF}S2a1b2c3d4e5f40718293a4b5c6d7e8f9C/${bottle}.jpg` },
      { kind: 'variant', url: blue, label: 'Ocean Blue' },
      { kind: 'variant', url: black, label: 'Matte Black' },
      {
        kind: 'video',
        url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2201234567/p/1/e/6/t/10301/310123456789.mp4',
      },
    ],
    variants: [
      // SKU ids pass above 2^53: the numeric skuId copies are rounded, skuIdStr is exact
      { id: '12000030555000001', name: 'Ocean Blue', image: blue, price: 12.4 },
      { id: '12000030555000002', name: 'Matte Black', image: black, price: 12.4 },
      { id: '12000030555000003', name: 'Sand', price: 12.4 },
    ],
    selectedVariantId: '12000030555000002',
    store: { name: 'Hydro Trail Store', url: 'https://www.aliexpress.us/store/1102345678' },
    descriptionUrl:
      'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005004455667788&key=S9d8c7b6a5.zip&token=e4d3c2b1a0',
    // the first delivery option; logisticsComposeThreshold (free-shipping threshold) is no cost
    shipping: { cost: 2.99, free: false },
  };

  it('reads the full product and maps the US id to the global id', () => {
    expect(productOf(loadFixture('module-us-2022.html', usUrl))).toEqual(expected);
  });

  it('accepts the global-id URL for the same page', () => {
    const globalUrl = 'https://www.aliexpress.com/item/1005004455667788.html';
    const product = productOf(loadFixture('module-us-2022.html', globalUrl));
    expect(product).toEqual({ ...expected, url: globalUrl });
  });

  it('falls back to the rendered DOM when the script is gone', () => {
    const doc = parseHtml(
      fixtureText('module-us-2022.html').replace(/<script>[\s\S]*<\/script>/, ''),
    );
    expect(productOf({ url: usUrl, document: doc })).toEqual({
      id: '1005004455667788',
      siteId: '3256804269353036',
      site: 'aliexpress',
      url: usUrl,
      generation: 'csr',
      title: 'Stainless Steel Insulated Water Bottle 750ml Leakproof Sports Flask',
      media: [
        { kind: 'gallery', url: `${KF}S0a1b2c3d4e5f40718293a4b5c6d7e8f9A/${bottle}.jpg` },
        { kind: 'gallery', url: `${KF}S1a1b2c3d4e5f40718293a4b5c6d7e8f9B/${bottle}.jpg` },
        {
          kind: 'video',
          url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2201234567/p/1/e/6/t/10301/310123456789.mp4',
        },
      ],
      variants: [],
    });
  });
});
