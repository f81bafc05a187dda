import { describe, expect, it } from 'vitest';
import type { Product } from '../extract/model';
import {
  DEFAULT_TEMPLATE,
  formatDate,
  previewTemplate,
  renderStems,
  tokenValues,
  type TokenValues,
} from './filename-template';
import { isSafeRelativePath } from './safe-path';

const date = new Date(2026, 0, 5);

const product: Product = {
  id: '1005006123456789',
  site: 'aliexpress',
  url: 'https://www.aliexpress.us/item/3256806123456789.html',
  generation: 'component',
  title: 'LED Desk Lamp',
  store: { name: 'Bright Store' },
  media: [
    { kind: 'gallery', url: 'https://ae01.alicdn.com/kf/a.jpg' },
    { kind: 'variant', url: 'https://ae01.alicdn.com/kf/b.jpg', label: 'Warm White' },
    { kind: 'video', url: 'https://video.aliexpress-media.com/play/u/1.mp4' },
  ],
  variants: [],
};

const values = (overrides: Partial<TokenValues> = {}): TokenValues => ({
  ...tokenValues(product, { kind: 'gallery', index: 3, count: 12 }, date),
  ...overrides,
});

describe('tokenValues', () => {
  it('fills every token', () => {
    expect(values()).toEqual({
      site: 'AliExpress',
      host: 'aliexpress.us',
      id: '1005006123456789',
      title: 'LED Desk Lamp',
      store: 'Bright Store',
      kind: 'gallery',
      index: '03',
      count: '12',
      variant: '',
      date: '2026-01-05',
    });
  });

  it('pads the index to the width of the count, and names variants', () => {
    const v = tokenValues(product, { kind: 'variant', index: 7, count: 120, label: 'Red' }, date);
    expect(v.index).toBe('007');
    expect(v.variant).toBe('Red');
    expect(tokenValues(product, { kind: 'gallery', index: 7, count: 9 }, date).index).toBe('7');
  });

  it('formats the local date', () => {
    expect(formatDate(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
});

describe('renderStems', () => {
  it('renders the default template', () => {
    expect(renderStems(DEFAULT_TEMPLATE, [values()])).toEqual([
      'AliExpress/LED Desk Lamp (1005006123456789)/gallery-03',
    ]);
  });

  it('appends " (n)" to names that repeat, ignoring case', () => {
    const batch = [values({ title: 'Lamp' }), values({ title: 'LAMP' }), values({ title: 'lamp' })];
    expect(renderStems('{title}.{ext}', batch)).toEqual(['Lamp', 'LAMP (2)', 'lamp (3)']);
  });

  it('numbers hundreds of equal names quickly', () => {
    const stems = renderStems(
      '{title}.{ext}',
      Array.from({ length: 500 }, () => values()),
    );
    expect(new Set(stems).size).toBe(500);
    expect(stems[499]).toBe('LED Desk Lamp (500)');
  });

  it('keeps clear of stems already taken', () => {
    expect(renderStems('{kind}.{ext}', [values()], { taken: new Set(['gallery']) })).toEqual([
      'gallery (2)',
    ]);
  });

  it('shortens a long title first, by the same amount for every file, keeping the id', () => {
    const title = 'Very long title '.repeat(40);
    const batch = [
      values({ title }),
      values({ title, variant: 'A rather long variant name '.repeat(4) }),
    ];
    const stems = renderStems('{title} ({id})/{index} {variant}.{ext}', batch);
    const folders = stems.map((s) => s.split('/')[0]);
    expect(folders[0]).toBe(folders[1]);
    expect(folders[0]).toMatch(/^Very long title .*… \(1005006123456789\)$/);
    for (const stem of stems) expect(isSafeRelativePath(`${stem}.webp`)).toBe(true);
  });

  it('turns separators inside values into look-alikes instead of folders', () => {
    expect(renderStems('{title}.{ext}', [values({ title: 'AC/DC: Back\\in <Black>' })])).toEqual([
      'AC⧸DC： Back⧹in ＜Black＞',
    ]);
  });

  it('falls back to "untitled" for an empty name', () => {
    expect(renderStems('{variant}/{index}.{ext}', [values()])).toEqual(['untitled/03']);
  });

  it('throws on a template with errors', () => {
    expect(() => renderStems('{nope}', [values()])).toThrow(/Invalid naming template/);
  });
});

describe('previewTemplate', () => {
  it('shows one example per kind', () => {
    expect(previewTemplate('{site}/{title}/{kind} {index} {variant}.{ext}', product, date)).toEqual(
      {
        issues: [],
        examples: [
          { kind: 'gallery', path: 'AliExpress/LED Desk Lamp/gallery 1.jpg' },
          { kind: 'variant', path: 'AliExpress/LED Desk Lamp/variant 1 Warm White.jpg' },
          { kind: 'video', path: 'AliExpress/LED Desk Lamp/video 1.mp4' },
        ],
      },
    );
  });

  it('returns the issues and no examples for a broken template', () => {
    const preview = previewTemplate('{title', product, date);
    expect(preview.examples).toEqual([]);
    expect(preview.issues[0]?.code).toBe('unclosed-brace');
  });
});
