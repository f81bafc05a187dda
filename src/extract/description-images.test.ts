import { describe, expect, it } from 'vitest';
import { catalog, PRODUCT_KEYS } from '../../e2e/store/catalog';
import { descriptionPage } from '../../e2e/store/pages/other-pages';
import {
  MAX_DESCRIPTION_IMAGES,
  parseDescription,
  withDescriptionImages,
} from './description-images';
import type { Product } from './model';

const KF = 'https://ae01.alicdn.com/kf/';
const DESC_URL =
  'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005001000000101';

const images = (text: string, base?: string) => {
  const read = parseDescription(text, base);
  if (!read.ok) throw new Error(`not read: ${read.problem}`);
  return read.images;
};

describe('parseDescription on real-shaped documents', () => {
  it('reads the rich-text description of desc.htm, originals first seen first, video divs left out', () => {
    const html = `<div class="detailmodule_html"><div class="detail-desc-decorate-richtext">
<p><span style="font-size:14px">Size chart</span></p>
<img class="detail-desc-decorate-image" src="https://ae01.alicdn.com/kf/Hd11aa22bb33cc44dd55ee66ff77a1.jpg" slate-data-type="image"/>
<IMG SRC='//ae01.alicdn.com/kf/Hd11aa22bb33cc44dd55ee66ff77a2.png_640x640.png' ALT="pic">
<div class="detail-video" id="1100000000101" data-previewurl="https://ae01.alicdn.com/kf/Hposter0000000000000000000.jpg"></div>
<img src="https://ae01.alicdn.com/kf/Hd11aa22bb33cc44dd55ee66ff77a1.jpg_220x220.jpg">
</div></div>`;
    expect(images(html, DESC_URL)).toEqual([
      `${KF}Hd11aa22bb33cc44dd55ee66ff77a1.jpg`,
      `${KF}Hd11aa22bb33cc44dd55ee66ff77a2.png`,
    ]);
  });

  it('keeps the width/height/hash query of pdp.aliexpress-media.com images, decoding &amp;', () => {
    const html = `<p><img src="https://pdp.aliexpress-media.com/kf/S0123456789abcdef.jpg?width=750&amp;height=1000&amp;hash=1750"></p>`;
    expect(images(html)).toEqual([
      'https://pdp.aliexpress-media.com/kf/S0123456789abcdef.jpg?width=750&height=1000&hash=1750',
    ]);
  });

  it('prefers lazy-load attributes over a placeholder src, and takes the largest srcset entry', () => {
    const html = [
      `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${KF}Slazy000000001.jpg">`,
      `<img src="${KF}Splaceholder01.gif" data-ks-lazyload="${KF}Slazy000000002.webp">`,
      `<picture><source srcset="${KF}Ssmall00000001.jpg 1x, ${KF}Sbig0000000001.jpg 2x"></picture>`,
    ].join('\n');
    expect(images(html)).toEqual([
      `${KF}Slazy000000001.jpg`,
      `${KF}Slazy000000002.webp`,
      `${KF}Sbig0000000001.jpg`,
    ]);
  });

  it("reads Alibaba's desc.htm JSON (data.productHtmlDescription)", () => {
    const json = JSON.stringify({
      code: 200,
      data: {
        productHtmlDescription: `<div><img src="//sc04.alicdn.com/kf/H7f3a0000000000000000000000000001.jpg_120x120.jpg"><img src="https://sc04.alicdn.com/kf/H7f3a0000000000000000000000000002.png"></div>`,
      },
    });
    expect(images(json)).toEqual([
      'https://sc04.alicdn.com/kf/H7f3a0000000000000000000000000001.jpg',
      'https://sc04.alicdn.com/kf/H7f3a0000000000000000000000000002.png',
    ]);
  });

  it('reads a module list of image addresses, and a JSONP wrapper', () => {
    const modules = {
      moduleList: [
        { type: 'text', data: { content: 'Soft cotton, machine washable.' } },
        { type: 'image', data: { url: `${KF}Smodule0000001.jpg_960x960.jpg` } },
      ],
    };
    expect(images(JSON.stringify(modules))).toEqual([`${KF}Smodule0000001.jpg`]);
    expect(images(`mtopjsonp3(${JSON.stringify(modules)});`)).toEqual([`${KF}Smodule0000001.jpg`]);
  });

  it('reads HTML kept in a script string', () => {
    const js = `window.productDescription = "<p><img src=\\"${KF}Sscript0000001.jpg\\"></p>";`;
    expect(images(js)).toEqual([`${KF}Sscript0000001.jpg`]);
  });

  it('resolves relative paths against the document, and only then', () => {
    expect(images(`<img src="/kf/Srelative00001.jpg">`, DESC_URL)).toEqual([
      'https://aeproductsourcesite.alicdn.com/kf/Srelative00001.jpg',
    ]);
    expect(images(`<img src="/kf/Srelative00001.jpg">`)).toEqual([]);
  });
});

describe("parseDescription on the offline store's description pages", () => {
  for (const key of PRODUCT_KEYS.filter((k) => catalog[k].descriptionUrl)) {
    it(`${key}: exactly the catalog's description images, in order`, () => {
      const p = catalog[key];
      const read = images(descriptionPage(p), p.descriptionUrl);
      expect(read.map((u) => u.replace(/\?.*$/, ''))).toEqual(
        p.descriptionImages.map((m) => m.url),
      );
    });
  }
});

describe('parseDescription on hostile or broken documents', () => {
  it('refuses data:, javascript:, blob: and other schemes, and non-image paths', () => {
    const html = [
      `<img src="javascript:alert(1)//x.jpg">`,
      `<img src=" JaVaScRiPt:alert(1)">`,
      `<img src="data:image/png;base64,iVBORw0KGgo=">`,
      `<img src="blob:https://www.aliexpress.com/1234">`,
      `<img src="https://user:pw@ae01.alicdn.com/kf/Scred000000001.jpg">`,
      `<img src="https://www.aliexpress.com/item/1005001.html">`,
      `<img src="ftp://ae01.alicdn.com/kf/Sftp0000000001.jpg">`,
      `<img src="&#106;avascript:alert(1)">`,
    ].join('');
    expect(images(html, DESC_URL)).toEqual([]);
  });

  it('answers "shape" for a text without tags, and for JSON without HTML or images', () => {
    expect(parseDescription('Service Unavailable')).toEqual({ ok: false, problem: 'shape' });
    expect(parseDescription('')).toEqual({ ok: false, problem: 'shape' });
    expect(parseDescription('{"success":false,"code":"NOT_FOUND"}')).toEqual({
      ok: false,
      problem: 'shape',
    });
    expect(parseDescription('\u0089PNG\r\n\u001a\n\u0000\u0000')).toEqual({
      ok: false,
      problem: 'shape',
    });
  });

  it('reads a captcha or error page as a document without images', () => {
    expect(
      parseDescription('<html><body><div id="nocaptcha">Slide to verify</div></body></html>'),
    ).toEqual({ ok: true, images: [] });
  });

  it('stays fast and bounded on pathological input', () => {
    const cases = [
      '<img'.repeat(400_000),
      '<img src="'.repeat(200_000),
      `<${'a'.repeat(1_000_000)}`,
      `<img ${'a='.repeat(500_000)}>`,
      '<'.repeat(1_500_000) + '>',
      `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`,
    ];
    for (const text of cases) {
      const started = performance.now();
      const read = parseDescription(text);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(2_000);
      expect(read.ok ? read.images : []).toEqual([]);
    }
    const many = Array.from({ length: 1000 }, (_, i) => `<img src="${KF}Smany${1e9 + i}.jpg">`);
    const read = images(many.join(''));
    expect(read).toHaveLength(MAX_DESCRIPTION_IMAGES);
    expect(read[0]).toBe(`${KF}Smany1000000000.jpg`);
  });
});

describe('withDescriptionImages', () => {
  const product: Product = {
    id: '1005001000000101',
    site: 'aliexpress',
    url: 'https://www.aliexpress.com/item/1005001000000101.html',
    generation: 'module',
    media: [
      { kind: 'gallery', url: `${KF}Sgallery000001/Slug.jpg` },
      { kind: 'variant', url: `${KF}Svariant000001.jpg`, label: 'Red' },
      {
        kind: 'video',
        url: 'https://video.aliexpress-media.com/play/u/ae_sg_item/1/p/1/e/6/t/10301/2.mp4',
      },
    ],
    variants: [],
  };

  it('adds description images before the videos, leaving out what the gallery and variants show', () => {
    const next = withDescriptionImages(product, [
      `${KF}Sgallery000001.jpg`, // the gallery's picture without its slug
      `${KF}Svariant000001.jpg?width=10&height=10&hash=20`,
      `${KF}Sdesc000000001.jpg`,
      'javascript:alert(1)',
    ]);
    expect(next.media.map((m) => m.kind)).toEqual(['gallery', 'variant', 'description', 'video']);
    expect(next.media[2]).toEqual({ kind: 'description', url: `${KF}Sdesc000000001.jpg` });
    expect(product.media).toHaveLength(3);
  });

  it('replaces earlier description images, so a second read changes nothing', () => {
    const once = withDescriptionImages(product, [`${KF}Sdesc000000001.jpg`]);
    expect(withDescriptionImages(once, [`${KF}Sdesc000000001.jpg`])).toEqual(once);
  });
});
