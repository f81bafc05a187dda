import { describe, expect, it } from 'vitest';
import { classifyDump } from '../dump';
import { readAssigned } from '../json-scan';
import { fixtureText, loadFixture, productOf } from '../fixtures/load';

const KF = 'https://ae01.alicdn.com/kf/';

describe('_dida_config_._init_data_ (2022, aliexpress.us)', () => {
  const url = 'https://www.aliexpress.us/item/3256805380464147.html';
  const kbd = 'Wireless-Mechanical-Keyboard-68-Keys';
  const black = `${KF}S9b1c2d3e4f5a40718293a4b5c6d7e8f9P/${kbd}.jpg`;
  const white = `${KF}Sab1c2d3e4f5a40718293a4b5c6d7e8f9Q/${kbd}.jpg`;
  const expected = {
    id: '1005005566778899',
    siteId: '3256805380464147',
    site: 'aliexpress',
    url,
    generation: 'init-data',
    title: 'Wireless Mechanical Keyboard 68 Keys Hot Swappable RGB Backlit',
    currency: 'USD',
    price: { current: 29.89, original: 45.99, min: 29.89, max: 34.44, discountPercent: 35 },
    media: [
      { kind: 'gallery', url: `${KF}S5b1c2d3e4f5a40718293a4b5c6d7e8f9K/${kbd}.jpg` },
      { kind: 'gallery', url: `${KF}S6b1c2d3e4f5a40718293a4b5c6d7e8f9L/${kbd}.jpg` },
      { kind: 'gallery', url: `${KF}S7b1c2d3e4f5a40718293a4b5c6d7e8f9M/${kbd}.jpg` },
      { kind: 'gallery', url: `${KF}S8b1c2d3e4f5a40718293a4b5c6d7e8f9N/${kbd}.jpg` },
      { kind: 'variant', url: black, label: 'Black' },
      { kind: 'variant', url: white, label: 'White' },
      {
        kind: 'video',
        url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/2987654321/p/1/e/6/t/10301/331122334455.mp4',
      },
    ],
    variants: [
      { id: '12000033777000001', name: 'Black / Red Switch', image: black, price: 29.89 },
      { id: '12000033777000002', name: 'Black / Brown Switch', image: black, price: 34.44 },
      { id: '12000033777000003', name: 'White / Red Switch', image: white, price: 29.89 },
      { id: '12000033777000004', name: 'White / Brown Switch', image: white, price: 34.44 },
    ],
    selectedVariantId: '12000033777000004',
    store: { name: 'KeyCraft Gear Store', url: 'https://www.aliexpress.us/store/1103456789' },
    descriptionUrl:
      'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005005566778899&key=S0kbd1.zip&token=77aa66bb',
    shipping: { cost: 0, free: true },
  };

  it('reads the full product from the script text, matching components by type', () => {
    expect(productOf(loadFixture('init-data-2022.js', url))).toEqual(expected);
  });

  it('reads the same object as a saved JSON dump', () => {
    const initData = readAssigned(fixtureText('init-data-2022.js'), '_init_data_');
    expect(classifyDump(initData)).toEqual({ initData });
    expect(productOf({ url, pageData: { initData } })).toEqual(expected);
  });

  it('finds components whatever their numeric suffix', () => {
    const text = fixtureText('init-data-2022.js').replace(/_31(\d\d)/g, '_98$1');
    expect(productOf({ url, scripts: [text] })).toEqual(expected);
  });
});

describe('m.aliexpress.com `_init_data_`', () => {
  const url = 'https://m.aliexpress.com/item/1005003344556677.html';
  const bag = 'Mochila-impermeavel-para-notebook';
  const black = `${KF}Hb4c2d3e4f5a6470819a2b3c4d5e6f7a8D/${bag}.jpg`;
  const navy = `${KF}Hb5c2d3e4f5a6470819a2b3c4d5e6f7a8E/${bag}.jpg`;

  it('reads the full product; display-string prices are parsed with comma decimals', () => {
    expect(productOf(loadFixture('mobile-msite.html', url))).toEqual({
      id: '1005003344556677',
      site: 'aliexpress',
      url,
      generation: 'mobile',
      title: 'Mochila impermeável para notebook 15,6" com porta USB',
      currency: 'BRL',
      price: { current: 67.43, original: 89.9, min: 67.43, max: 89.93, discountPercent: 25 },
      media: [
        { kind: 'gallery', url: `${KF}Hb1c2d3e4f5a6470819a2b3c4d5e6f7a8A/${bag}.jpg` },
        { kind: 'gallery', url: `${KF}Hb2c2d3e4f5a6470819a2b3c4d5e6f7a8B/${bag}.jpg` },
        { kind: 'gallery', url: `${KF}Hb3c2d3e4f5a6470819a2b3c4d5e6f7a8C/${bag}.jpg` },
        { kind: 'variant', url: black, label: 'Preto' },
        { kind: 'variant', url: navy, label: 'Azul marinho' },
      ],
      variants: [
        { id: '12000027555000001', name: 'Preto', image: black, price: 67.43 },
        { id: '12000027555000002', name: 'Azul marinho', image: navy, price: 89.93 },
      ],
      selectedVariantId: '12000027555000002',
      store: { name: 'Viagem Certa Store', url: 'https://m.aliexpress.com/store/1101987654' },
      descriptionUrl:
        'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/pt_BR/desc.htm?productId=1005003344556677&key=Hbdesc.zip&token=9911aa',
      shipping: { cost: 12.5, free: false },
    });
  });
});
