import { describe, expect, it } from 'vitest';
import { readAssigned } from '../json-scan';
import { fixtureText, loadFixture, productOf } from '../fixtures/load';
import { at, obj, type Obj } from '../values';

const KF = 'https://ae01.alicdn.com/kf/';
const LAMP = 'Lampara-de-escritorio-LED-plegable';
const URL = 'https://es.aliexpress.com/item/1005006677889900.html';
const black = `${KF}S4c2d3e4f5a6b40718293a4b5c6d7e8f9d/${LAMP}.jpg`;
const white = `${KF}S5c2d3e4f5a6b40718293a4b5c6d7e8f9e/${LAMP}.jpg`;

/** The fixture's `data` object, to edit per test. */
function componentData(): Obj {
  const rp = readAssigned(fixtureText('component-2023.js'), 'runParams');
  const data = obj(at(rp, 'data'));
  if (!data) throw new Error('fixture has no runParams.data');
  return structuredClone(data);
}

describe('runParams Component (2023-2024, es / MXN, base CNY)', () => {
  it('reads the full product in the display currency', () => {
    expect(productOf(loadFixture('component-2023.js', URL))).toEqual({
      id: '1005006677889900',
      site: 'aliexpress',
      url: URL,
      generation: 'component',
      title: 'Lámpara de escritorio LED plegable con carga inalámbrica',
      currency: 'MXN',
      price: { current: 679.01, original: 1234.56, min: 679.01, max: 801.23, discountPercent: 45 },
      media: [
        { kind: 'gallery', url: `${KF}S1c2d3e4f5a6b40718293a4b5c6d7e8f9a/${LAMP}.jpg` },
        // `.jpg_640x640.jpg_.webp` and a protocol-relative URL, both made originals
        { kind: 'gallery', url: `${KF}S2c2d3e4f5a6b40718293a4b5c6d7e8f9b/${LAMP}.jpg` },
        { kind: 'gallery', url: `${KF}S3c2d3e4f5a6b40718293a4b5c6d7e8f9c/${LAMP}.jpg` },
        { kind: 'variant', url: black, label: 'Negro' },
        { kind: 'variant', url: white, label: 'Blanco' },
        {
          kind: 'video',
          url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2212345678901/p/1/e/6/t/10301/1100123456789.mp4',
        },
      ],
      variants: [
        { id: '12000038123400001', name: 'Negro / CHINA', image: black, price: 679.01 },
        { id: '12000038123400002', name: 'Negro / ESPAÑA', image: black, price: 801.23 },
        { id: '12000038123400003', name: 'Blanco / CHINA', image: white, price: 679.01 },
        { id: '12000038123400004', name: 'Blanco / ESPAÑA', image: white, price: 801.23 },
      ],
      selectedVariantId: '12000038123400003',
      store: { name: 'Luz Hogar Store', url: 'https://es.aliexpress.com/store/1103344556' },
      descriptionUrl:
        'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/es_ES/desc.htm?productId=1005006677889900&key=Sdesclamp.zip&token=c0ffee11',
      // the text is shown as the page shows it; the threshold (MXN$300,00) is not the cost
      shipping: { text: 'Envío: MXN$89,50', cost: 89.5, free: false },
    });
  });

  it('falls back to the display strings (dot thousands, comma decimals), never to base prices', () => {
    const data = componentData();
    const price = obj(data['priceComponent']) ?? {};
    delete price['skuPriceList'];
    for (const o of [obj(price['origPrice']), obj(price['discountPrice'])]) {
      for (const key of ['minAmount', 'maxAmount', 'minActivityAmount', 'maxActivityAmount']) {
        delete o?.[key];
      }
    }
    const product = productOf({ url: URL, pageData: { runParams: { data } } });
    expect(product.currency).toBe('MXN');
    expect(product.price).toEqual({
      current: 679.01,
      original: 1234.56,
      min: 679.01,
      max: 801.23,
      discountPercent: 45, // computed from the two prices: the SKU list that named it is gone
    });
  });

  it('gives no price rather than a base-currency one when only base prices are left', () => {
    const data = componentData();
    const price = obj(data['priceComponent']) ?? {};
    delete price['skuPriceList'];
    price['origPrice'] = { minPrice: 434.7, maxPrice: 512.95, currencyFormatPrice: 'CN￥434.70' };
    price['discountPrice'] = {};
    const product = productOf({ url: URL, pageData: { runParams: { data } } });
    expect(product.price).toBeUndefined();
    expect(product.currency).toBe('MXN');
  });
});
