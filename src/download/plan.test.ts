import { describe, expect, it } from 'vitest';
import type { Media, Product } from '../extract/model';
import { finalizePath, numberMedia, planDownload, zipLayout, type PlanOptions } from './plan';
import { isSafeRelativePath } from './safe-path';

const cdn = (name: string) => `https://ae01.alicdn.com/kf/${name}`;

const media: Media[] = [
  { kind: 'video', url: 'https://video.aliexpress-media.com/play/u/1.mp4' },
  { kind: 'gallery', url: cdn('g1.jpg') },
  { kind: 'description', url: cdn('d1.png') },
  { kind: 'gallery', url: cdn('g2.webp') },
  { kind: 'variant', url: cdn('v1.jpg'), label: 'Red' },
  { kind: 'gallery', url: cdn('g1.jpg') }, // repeated
  { kind: 'variant', url: cdn('v2.jpg'), label: 'Blue' },
  { kind: 'variant', url: cdn('g2.webp'), label: 'Green' }, // also in the gallery: kept as a variant
];

const product: Product = {
  id: '1005001',
  site: 'aliexpress',
  url: 'https://www.aliexpress.com/item/1005001.html',
  generation: 'csr',
  title: 'Desk Lamp',
  media,
  variants: [],
};

const options: PlanOptions = {
  includeVideos: true,
  includeDescription: true,
  selection: 'all',
  date: new Date(2026, 0, 5),
};

describe('planDownload', () => {
  it('orders by kind, numbers within each kind and drops repeats', () => {
    const plan = planDownload(product, options);
    expect(plan.items.map((i) => [i.key, i.url, i.stem, i.guessedExt])).toEqual([
      ['gallery-1', cdn('g1.jpg'), 'AliExpress/Desk Lamp (1005001)/gallery-1', 'jpg'],
      ['gallery-2', cdn('g2.webp'), 'AliExpress/Desk Lamp (1005001)/gallery-2', 'webp'],
      ['variant-1', cdn('v1.jpg'), 'AliExpress/Desk Lamp (1005001)/variant-1', 'jpg'],
      ['variant-2', cdn('v2.jpg'), 'AliExpress/Desk Lamp (1005001)/variant-2', 'jpg'],
      ['variant-3', cdn('g2.webp'), 'AliExpress/Desk Lamp (1005001)/variant-3', 'webp'],
      ['description-1', cdn('d1.png'), 'AliExpress/Desk Lamp (1005001)/description-1', 'png'],
      [
        'video-1',
        'https://video.aliexpress-media.com/play/u/1.mp4',
        'AliExpress/Desk Lamp (1005001)/video-1',
        'mp4',
      ],
    ]);
    expect(plan.items[2]).toMatchObject({ kind: 'variant', index: 1, count: 3, label: 'Red' });
    expect(plan.templateIssues).toEqual([]);
  });

  it('leaves out videos and description images when asked', () => {
    const plan = planDownload(product, {
      ...options,
      includeVideos: false,
      includeDescription: false,
    });
    expect(plan.items.map((i) => i.kind)).toEqual([
      'gallery',
      'gallery',
      'variant',
      'variant',
      'variant',
    ]);
  });

  it('keeps numbers of the whole product when only some files are selected', () => {
    const plan = planDownload(product, {
      ...options,
      selection: new Set([cdn('g2.webp'), cdn('v2.jpg')]),
    });
    expect(plan.items.map((i) => i.key)).toEqual(['gallery-2', 'variant-2', 'variant-3']);
  });

  it('uses the default template, and reports why, when the given one is broken', () => {
    const plan = planDownload(product, { ...options, template: '{title' });
    expect(plan.items[0]?.stem).toBe('AliExpress/Desk Lamp (1005001)/gallery-1');
    expect(plan.templateIssues[0]?.code).toBe('unclosed-brace');
  });

  it('gives every file its own name even when the template does not', () => {
    const plan = planDownload(product, { ...options, template: '{title}/{variant}.{ext}' });
    const stems = plan.items.map((i) => i.stem);
    expect(stems).toEqual([
      'Desk Lamp/untitled',
      'Desk Lamp/untitled (2)',
      'Desk Lamp/Red',
      'Desk Lamp/Blue',
      'Desk Lamp/Green',
      'Desk Lamp/untitled (3)',
      'Desk Lamp/untitled (4)',
    ]);
  });

  it('handles a product without title or media', () => {
    const { title: _title, ...untitled } = product;
    expect(planDownload({ ...untitled, media: [] }, options).items).toEqual([]);
    const plan = planDownload({ ...untitled, media: media.slice(1, 2) }, options);
    expect(plan.items[0]?.stem).toBe('AliExpress/(1005001)/gallery-1');
  });
});

describe('numberMedia', () => {
  it('counts each kind without repeats', () => {
    expect(
      numberMedia(product)
        .filter((m) => m.kind === 'gallery')
        .map((m) => [m.index, m.count]),
    ).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe('finalizePath', () => {
  it('adds the sniffed extension, and never anything unsafe', () => {
    const item = { stem: 'AliExpress/Desk Lamp (1005001)/gallery-1' };
    expect(finalizePath(item, 'webp')).toBe('AliExpress/Desk Lamp (1005001)/gallery-1.webp');
    expect(finalizePath(item, '.JPG')).toBe('AliExpress/Desk Lamp (1005001)/gallery-1.jpg');
    expect(finalizePath(item, 'lnk/../x')).toBe('AliExpress/Desk Lamp (1005001)/gallery-1.bin');
    expect(finalizePath(item, '')).toBe('AliExpress/Desk Lamp (1005001)/gallery-1.bin');
  });

  it('keeps paths apart whatever extensions the files turn out to have', () => {
    const plan = planDownload(product, { ...options, template: '{title}.{ext}' });
    const paths = plan.items.map((item, i) => finalizePath(item, i % 2 ? 'jpg' : 'webp'));
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    for (const path of paths) expect(isSafeRelativePath(path)).toBe(true);
  });
});

describe('zipLayout', () => {
  it('names the archive after the shared folder and the entries after the rest', () => {
    const plan = planDownload(product, options);
    const layout = zipLayout(plan);
    expect(layout.archivePath).toBe('AliExpress/Desk Lamp (1005001).zip');
    expect(plan.items.slice(0, 2).map((i) => layout.entryName(i, 'jpg'))).toEqual([
      'gallery-1.jpg',
      'gallery-2.jpg',
    ]);
  });

  it('keeps sub-folders that differ inside the archive', () => {
    const plan = planDownload(product, { ...options, template: 'Shop/{id}/{kind}/{index}.{ext}' });
    const layout = zipLayout(plan);
    expect(layout.archivePath).toBe('Shop/1005001.zip');
    expect(layout.entryName(plan.items[0] ?? { stem: '' }, 'jpg')).toBe('gallery/1.jpg');
  });

  it('names the archive after the product when nothing is shared', () => {
    const plan = planDownload(product, { ...options, template: '{kind}-{index}.{ext}' });
    const layout = zipLayout(plan);
    expect(layout.archivePath).toBe('AliKeep 1005001.zip');
    expect(layout.entryName(plan.items[0] ?? { stem: '' }, 'jpg')).toBe('gallery-1.jpg');
  });

  it('keeps the archive name within the file-name limit', () => {
    const plan = planDownload({ ...product, title: 'Ж'.repeat(300) }, options);
    const { archivePath } = zipLayout(plan);
    expect(isSafeRelativePath(archivePath)).toBe(true);
    expect(archivePath.endsWith(' (1005001).zip')).toBe(true);
  });
});
