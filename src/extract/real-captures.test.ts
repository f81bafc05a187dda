/**
 * Regression tests on third-party captures of real pages, read in place from
 * ../shared/fixtures/aliexpress-real (beside the checkout; never copied into the project).
 * Expected values are the ones that folder's README lists. Skipped when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverPageUrl, extractProduct } from './extract';
import { parseHtml } from './fixtures/load';
import { parseItemUrl } from './item-url';
import type { Media, MediaKind, PageInput, Product } from './model';
import { readPage, type PageReaders } from './read-page';
import { readSavedPage } from './saved-page';
import { aliexpressReaders, aliexpressRuReaders } from './site-readers';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIR = fileURLToPath(new URL('../shared/fixtures/aliexpress-real/', `file://${REPO}`));
const RU = '10_2026_aliexpress-ru__IarBest/';
const present = existsSync(DIR);
if (!present) console.info(`real-captures: ${DIR} not found, real-capture tests skipped`);

function input(file: string): Omit<PageInput, 'url'> {
  return readSavedPage(readFileSync(DIR + file, 'utf8'), parseHtml).input;
}

function product(file: string, url: string): Product {
  const started = performance.now();
  const result = extractProduct({ ...input(file), url });
  // generous: a reader that goes quadratic on a 370 KB page shows up here
  expect(performance.now() - started).toBeLessThan(1500);
  if (!result.ok) throw new Error(`${file}: ${result.reason}: ${result.message}`);
  return result.product;
}

const ofKind = (p: Product, kind: MediaKind): Media[] => p.media.filter((m) => m.kind === kind);
const video = (uid: string, id: string): string =>
  `https://video.aliexpress-media.com/play/u/ae_sg_item/${uid}/p/1/e/6/t/10301/${id}.mp4`;

/** Every media URL is an https original: no resize or format suffix left. */
function expectOriginals(p: Product): void {
  for (const m of p.media) {
    expect(m.url.startsWith('https://')).toBe(true);
    expect(m.url).not.toMatch(/\.(jpe?g|png|webp)_|_\d+x\d+\.(jpe?g|png)$/i);
  }
}

const FILES = {
  legacy: '01_2018_legacy-flat-runParams_www_USD__dauminhquan-aliphp.js',
  module: '02_2021_runParams-modules_www_USD_video__cRYP70n-13-AliexpressScrapper.js',
  us: '03_2022_runParams-modules_aliexpress-us_fullpage__kamalbilal.html',
  rendered:
    '04_2022_runParams-modules_aliexpress-us_rendered-DOM_video_legacyId__kamalbilal_2251832701916007.html',
  dida: '05_2022_dida-init-data-hierarchy_aliexpress-us__kamalbilal_newScraperMethod.json',
  mxVideo: '06_2024_runParams-components_es_MXN_video__airvzxf_item-1005002724686123.js',
  mxSku: '07_2024_runParams-components_es_MXN_skuImages__airvzxf_item-1005005424987520.js',
  mxThousands: '08_2024_runParams-components_es_MXN_thousands__airvzxf_item-1005006296391749.js',
  csr: '09_2026_CSR-shell_dc-DCData_de_rendered__hendkai_1005008204179129.html',
};

describe.skipIf(!present)('real captures (../shared/fixtures/aliexpress-real)', () => {
  it('01 legacy flat runParams', () => {
    const p = product(FILES.legacy, 'https://www.aliexpress.com/item/32904053859.html');
    expect(p).toMatchObject({ id: '32904053859', generation: 'legacy', currency: 'USD' });
    expect(p.price).toEqual({ current: 4.97, original: 5.99, discountPercent: 17 });
    expect(p.variants.length).toBeGreaterThan(0);
    for (const v of p.variants) expect(v.price).toBe(4.97);
  });

  it('02 runParams Module, www, USD, video', () => {
    const p = product(FILES.module, 'https://www.aliexpress.com/item/1005001894012758.html');
    expect(p).toMatchObject({ id: '1005001894012758', generation: 'module', currency: 'USD' });
    expect(p.title?.startsWith('Magnetic For Magsafe iPhone 12 Case')).toBe(true);
    const gallery = ofKind(p, 'gallery');
    expect(gallery).toHaveLength(6);
    expect(gallery[0]?.url).toBe(
      'https://ae01.alicdn.com/kf/Hef23629f7c2b4ac38ddf14c5ece87a17q/Magnetic-For-Magsafe-iPhone-12-Case-Luxury-Leather-Phone-Case-For-iPhone-12-Pro-Max-12.jpg',
    );
    expect(gallery[5]?.url.endsWith('.png')).toBe(true);
    expect(p.price).toEqual({
      current: 4.19,
      original: 5.98,
      min: 4.19,
      max: 4.79,
      discountPercent: 30,
    });
    expect(p.store?.name).toBe('SULEIYI Official Store');
    expect(ofKind(p, 'variant')).toHaveLength(6);
    expect(ofKind(p, 'video')).toEqual([
      { kind: 'video', url: video('2209686694351', '292434241493') },
    ]);
    expectOriginals(p);
  });

  it('03 runParams Module, aliexpress.us full page', () => {
    const p = product(FILES.us, 'https://www.aliexpress.us/item/3256803382674519.html');
    expect(p).toMatchObject({
      id: '1005003568989271',
      siteId: '3256803382674519',
      currency: 'USD',
    });
    expect(p.title?.startsWith('Unisex Glasses Windproof Outdoor Sport Eyewear')).toBe(true);
    expect(ofKind(p, 'gallery')).toHaveLength(6);
    expect(p.price).toEqual({
      current: 1.73,
      original: 2.55,
      min: 1.73,
      max: 4.05,
      discountPercent: 32,
    });
    expect(p.store?.name).toBe('Car Accessories Zone Store');
    expect(ofKind(p, 'variant')).toHaveLength(3);
    expect(ofKind(p, 'video')).toEqual([]);
    expectOriginals(p);
    // the page's og:title ("1.73US $ 32% OFF|Unisex Glasses ...") gives the same name alone
    const doc = parseHtml(
      readFileSync(DIR + FILES.us, 'utf8').replace(/<script[\s\S]*?<\/script>/g, ''),
    );
    const fromTags = extractProduct({
      url: 'https://www.aliexpress.us/item/3256803382674519.html',
      document: doc,
    });
    expect(fromTags.ok && fromTags.product.title?.startsWith('Unisex Glasses Windproof')).toBe(
      true,
    );
  });

  it('04 rendered aliexpress.us page with an old id and a DOM video', () => {
    const p = product(FILES.rendered, 'https://www.aliexpress.us/item/2251832701916007.html');
    expect(p).toMatchObject({ id: '32888230759', siteId: '2251832701916007', currency: 'USD' });
    expect(p.title?.startsWith('WHO CUTIE 2018 Half Frame Tom Rimless Sunglasses')).toBe(true);
    expect(ofKind(p, 'gallery')).toHaveLength(6);
    expect(p.price).toEqual({ current: 6.7, original: 11.96, discountPercent: 44 });
    expect(p.store?.name).toBe('WHO CUTIE Official Store');
    expect(ofKind(p, 'variant')).toHaveLength(7);
    // the id-built URL and the DOM's <video src> are the same video, kept once
    expect(ofKind(p, 'video')).toEqual([
      { kind: 'video', url: video('3250818765', '279603378948') },
    ]);
    expect(p.descriptionUrl).toContain('productId=32888230759');
    expectOriginals(p);
  });

  it('05 _init_data_ JSON dump, aliexpress.us', () => {
    const p = product(FILES.dida, 'https://www.aliexpress.us/item/3256803246120444.html');
    expect(p).toMatchObject({
      id: '1005003432435196',
      siteId: '3256803246120444',
      generation: 'init-data',
      currency: 'USD',
    });
    expect(p.title?.startsWith('6 Pcs/set Fashion Watch Men Luxury Gifts Set')).toBe(true);
    // imagePathList: 6; imageList adds the 6 SKU images, which come as variants
    expect(ofKind(p, 'gallery')).toHaveLength(6);
    expect(ofKind(p, 'variant')).toHaveLength(6);
    expect(p.price).toEqual({
      current: 13.36,
      original: 20.55,
      min: 13.36,
      max: 24.62,
      discountPercent: 35,
    });
    expect(p.store?.name).toBe('Joan Yu Store');
    expect(ofKind(p, 'video')).toEqual([
      { kind: 'video', url: video('2984603701', '331446620343') },
    ]);
    expect(p.descriptionUrl).toMatch(
      /^https:\/\/aeproductsourcesite\.alicdn\.com\/product\/description\//,
    );
    expectOriginals(p);
  });

  it('06 runParams Component, es / MXN, no activity price, video', () => {
    const p = product(FILES.mxVideo, 'https://es.aliexpress.com/item/1005002724686123.html');
    expect(p).toMatchObject({ id: '1005002724686123', generation: 'component', currency: 'MXN' });
    expect(
      p.title?.startsWith('Adaptador de corriente alterna/CC para cargador de ADP-330AB MSI'),
    ).toBe(true);
    expect(ofKind(p, 'gallery')).toHaveLength(6);
    expect(p.price).toEqual({ current: 1986.69, min: 1986.69, max: 2072.22 });
    expect(p.store?.name).toBe('MAGIC AURORA Store');
    expect(ofKind(p, 'variant')).toHaveLength(6);
    expect(ofKind(p, 'video')).toEqual([
      { kind: 'video', url: video('2209493311115', '313196470521') },
    ]);
    expect(p.shipping).toMatchObject({ text: 'Envío gratuito', free: true });
    expectOriginals(p);
  });

  it('07 runParams Component, es / MXN, 8 SKU images, activity prices', () => {
    const p = product(FILES.mxSku, 'https://es.aliexpress.com/item/1005005424987520.html');
    expect(p).toMatchObject({ id: '1005005424987520', currency: 'MXN' });
    expect(p.title?.startsWith('Baofeng Walkie Talkie UV 5R 5W 8W doble banda')).toBe(true);
    expect(ofKind(p, 'gallery')).toHaveLength(6);
    // The README says "81% off", the first SKU's discount; the page's own discount and the
    // cheapest SKU's (MXN$155,59 from MXN$893,04) are 82.
    expect(p.price).toEqual({
      current: 155.59,
      original: 893.04,
      min: 155.59,
      max: 399.15,
      discountPercent: 82,
    });
    expect(p.store?.name).toBe('Factory Direct Collected Store');
    expect(ofKind(p, 'variant')).toHaveLength(8);
    expect(ofKind(p, 'video')).toEqual([]);
    expect(p.shipping?.text).toBe('Envío gratis a partir de MXN$170,00');
    expectOriginals(p);
  });

  it('08 runParams Component, es / MXN with thousands, base currency CNY', () => {
    const p = product(FILES.mxThousands, 'https://es.aliexpress.com/item/1005006296391749.html');
    expect(p).toMatchObject({ id: '1005006296391749', currency: 'MXN' });
    expect(p.title?.startsWith('Emo-Robot Inteligente para mascotas')).toBe(true);
    expect(ofKind(p, 'gallery')).toHaveLength(6);
    expect(p.price).toEqual({
      current: 58.46,
      original: 232.55,
      min: 58.46,
      max: 13192.25,
      discountPercent: 74,
    });
    expect(p.store?.name).toBe('Ran Huahong Fengxing Toys1 Store');
    // 13 SKU images; one of them is also gallery image 4, so the media list holds it once
    expect(new Set(p.variants.map((v) => v.image).filter(Boolean)).size).toBe(13);
    expect(ofKind(p, 'variant')).toHaveLength(12);
    expect(ofKind(p, 'video')).toEqual([
      { kind: 'video', url: video('2215616225765', '1100216075316') },
    ]);
    expectOriginals(p);
  });

  it('09 client-rendered shell: DCData and og tags only', () => {
    const url = discoverPageUrl(input(FILES.csr));
    expect(url && parseItemUrl(url)?.id).toBe('1005008204179129');
    const p = product(FILES.csr, 'https://de.aliexpress.com/item/1005008204179129.html');
    expect(p).toMatchObject({ id: '1005008204179129', generation: 'csr' });
    expect(p.title?.startsWith('JAYO 5 Rollen 3D-Hochgeschwindigkeits-Matt-PETG-Filament')).toBe(
      true,
    );
    expect(p.title).not.toMatch(/AliExpress/);
    const gallery = ofKind(p, 'gallery');
    expect(gallery).toHaveLength(6);
    expect(gallery[0]?.url).toBe(
      'https://ae01.alicdn.com/kf/S842af8715d744a1582d33171b8308b13a.jpg',
    );
    expect(p.price).toBeUndefined();
    expect(p.store).toBeUndefined();
  });

  it('10 aliexpress.ru productData, gallery and store fragments', () => {
    const url = (id: string): string => `https://aliexpress.ru/item/${id}.html`;
    const zigbee = product(`${RU}product-1005008195850531.json`, url('1005008195850531'));
    expect(zigbee).toMatchObject({ id: '1005008195850531', generation: 'aer', currency: 'USD' });
    expect(zigbee.title?.startsWith('ZIGBEE Smart Switch')).toBe(true);
    expect(zigbee.variants).toHaveLength(7);
    expect(zigbee.variants[0]?.price).toBe(6.6); // "$ 6.60", the regular price being $ 11
    expect(zigbee.price?.current).toBe(1.92); // the cheapest SKU (433 Remote)

    const gallery = product(`${RU}gallery-1005008195850531.json`, url('1005008195850531'));
    const images = ofKind(gallery, 'gallery');
    expect(images).toHaveLength(7);
    for (const m of images)
      expect(m.url).toMatch(/^https:\/\/ae-pic-a1\.aliexpress-media\.com\/kf\/\w+\.(jpg|png)$/);
    expect(ofKind(gallery, 'video')).toEqual([
      {
        kind: 'video',
        url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/p/1/e/6/t/10301/5000454646732.mp4',
      },
    ]);

    const dress = product(`${RU}product-1005009452926938.json`, url('1005009452926938'));
    expect(dress.variants).toHaveLength(45);
    expect(dress.variants[0]?.name).toMatch(/^.+ \/ .+$/); // Color / Size
    expect(dress.price).toMatchObject({ current: 26.08, original: 37.25 });

    const store = input(`${RU}store-ssr-1005009452926938.json`);
    const withStore = extractProduct({
      url: url('1005009452926938'),
      pageData: { ...input(`${RU}product-1005009452926938.json`).pageData, ...store.pageData },
    });
    expect(withStore.ok && withStore.product.store).toEqual({
      name: 'WLIN OOTD Store',
      url: 'https://aliexpress.ru/store/1103330026',
    });
  });

  it("reads every capture with its own site's readers exactly as with every reader", () => {
    const com = (host: string, id: string) => `https://${host}/item/${id}.html`;
    const ru = (id: string) => `https://aliexpress.ru/item/${id}.html`;
    const cases: [string, string, PageReaders][] = [
      [FILES.legacy, com('www.aliexpress.com', '32904053859'), aliexpressReaders],
      [FILES.module, com('www.aliexpress.com', '1005001894012758'), aliexpressReaders],
      [FILES.us, com('www.aliexpress.us', '3256803382674519'), aliexpressReaders],
      [FILES.rendered, com('www.aliexpress.us', '2251832701916007'), aliexpressReaders],
      [FILES.dida, com('www.aliexpress.us', '3256803246120444'), aliexpressReaders],
      [FILES.mxVideo, com('es.aliexpress.com', '1005002724686123'), aliexpressReaders],
      [FILES.mxSku, com('es.aliexpress.com', '1005005424987520'), aliexpressReaders],
      [FILES.mxThousands, com('es.aliexpress.com', '1005006296391749'), aliexpressReaders],
      [FILES.csr, com('de.aliexpress.com', '1005008204179129'), aliexpressReaders],
      [`${RU}product-1005008195850531.json`, ru('1005008195850531'), aliexpressRuReaders],
      [`${RU}gallery-1005008195850531.json`, ru('1005008195850531'), aliexpressRuReaders],
      [`${RU}product-1005009452926938.json`, ru('1005009452926938'), aliexpressRuReaders],
    ];
    for (const [file, url, readers] of cases) {
      const page = { ...input(file), url };
      const everyReader = extractProduct(page);
      expect(everyReader.ok, file).toBe(true);
      expect(readPage(page, readers), file).toEqual(everyReader);
    }
  });

  it('finds the page URL of every capture from its content', () => {
    const ids: [string, string][] = [
      [FILES.legacy, '32904053859'],
      [FILES.module, '1005001894012758'],
      [FILES.us, '1005003568989271'],
      [FILES.rendered, '32888230759'],
      [FILES.dida, '1005003432435196'],
      [FILES.mxVideo, '1005002724686123'],
      [FILES.mxSku, '1005005424987520'],
      [FILES.mxThousands, '1005006296391749'],
      [FILES.csr, '1005008204179129'],
    ];
    for (const [file, id] of ids) {
      const url = discoverPageUrl(input(file));
      expect(url && parseItemUrl(url)?.id, file).toBe(id);
    }
  });
});
