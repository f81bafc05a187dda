/**
 * Hostile titles, stores and variant names through the whole naming pipeline, checked against an
 * oracle written from the rules themselves (Chromium's IsSafePortablePathComponent, Windows'
 * naming rules, POSIX limits), not from safe-path.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Media, Product } from '../extract/model';
import { DEFAULT_TEMPLATE } from './filename-template';
import { finalizePath, planDownload } from './plan';
import { cleanName, finishSegment } from './safe-path';

// --- Oracle -----------------------------------------------------------------------------------

const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
const DEVICES = ['con', 'prn', 'aux', 'nul', 'clock$', 'conin$', 'conout$'].concat(
  ...['com', 'lpt'].map((p) => [...'0123456789¹²³'].map((d) => p + d)),
);
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Why a segment would fail in Chrome (downloads_api.cc → IsSafePortablePathComponent). */
function chromeProblem(seg: string): string | undefined {
  if (seg === '') return 'empty';
  if (/\p{Cs}/u.test(seg)) return 'lone surrogate';
  if (/["~*/:<>?\\|%]/.test(seg)) return 'illegal ASCII';
  if (/[\p{Cc}\p{Cf}]/u.test(seg)) return 'control or format character';
  for (const ch of seg) if (isNonCharacter(ch.codePointAt(0) ?? 0)) return 'non-character';
  if (/^[\p{White_Space}.]|[\p{White_Space}.]$/u.test(seg)) return 'space or dot at an end';
  const ext = seg.includes('.') ? seg.slice(seg.lastIndexOf('.') + 1).toLowerCase() : '';
  if (ext === 'lnk' || ext === 'local' || /^\{.*\}$/.test(ext)) return 'shell extension';
  const lower = seg.toLowerCase();
  if (DEVICES.some((d) => lower === d || lower.startsWith(`${d}.`))) return 'reserved name';
  if (lower === 'desktop.ini' || lower === 'thumbs.db') return 'reserved name';
  return undefined;
}

function windowsProblem(seg: string): string | undefined {
  if (/[<>:"/\\|?*\u0000-\u001f]/.test(seg)) return 'reserved character';
  if (/[ .]$/.test(seg)) return 'trailing space or dot';
  const stem = seg.split('.')[0]?.replace(/ +$/, '').toLowerCase() ?? '';
  if (DEVICES.includes(stem)) return 'device name';
  if (seg.length > 255) return 'longer than 255 UTF-16 units';
  return undefined;
}

function pathProblem(path: string, ext: string): string | undefined {
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return 'absolute';
  if (path.length > 200) return `path of ${path.length} units`;
  if (!path.endsWith(`.${ext}`)) return 'extension lost';
  const segments = path.split('/');
  for (const [i, seg] of segments.entries()) {
    if (seg === '.' || seg === '..') return 'dot segment';
    if (seg.includes('\u0000')) return 'NUL';
    const limit = i === segments.length - 1 ? 240 : 255;
    if (bytes(seg) > limit) return `segment of ${bytes(seg)} bytes`;
    const problem = chromeProblem(seg) ?? windowsProblem(seg);
    if (problem) return `${problem} in ${JSON.stringify(seg)}`;
  }
  return undefined;
}

// --- Generators -------------------------------------------------------------------------------

const hostilePieces = [
  'CON',
  'nul',
  'Com1',
  'COM¹',
  'lpt²',
  'LPT9',
  'clock$',
  'CONIN$',
  'desktop.ini',
  'thumbs.db',
  '.',
  '..',
  '...',
  ' ',
  '  ',
  '\u3000',
  '\u00A0',
  '/',
  '\\',
  '../',
  '..\\',
  'C:',
  '//server/',
  '<script>alert(1)</script>',
  '<b>',
  '&amp;',
  '"',
  "'",
  '*',
  '?',
  ':',
  '|',
  '~',
  '%',
  '%2F',
  '$HOME',
  '\u202E',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u0000',
  '\u0001',
  '\u001F',
  '\u007F',
  '\u0080',
  '\u0085',
  '\u009F',
  '\t',
  '\n',
  '\r\n',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\u{1FFFE}',
  '\uE000',
  '\uF022',
  '\u{E0041}',
  '\u115F',
  '\u3164',
  '\uFFA0',
  'x.lnk',
  '.local',
  '.{21EC2020-3AEA-1069-A2DD-08002B30309D}',
  '👨\u200D👩\u200D👧',
  '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
  '🇺🇸',
  '😀',
  'e\u0301',
  'Z\u0334\u0321\u031Ba\u0337',
  'a' + '\u0301'.repeat(300),
  'Привет',
  '中文标题',
  'مرحبا',
  'שלום',
  'हिन्दी',
  'ไทย',
  '한국어',
  'Ελληνικά',
  'Ж'.repeat(200),
  '😀'.repeat(120),
  'x'.repeat(300),
  '-',
  '_',
  '(1)',
  '.jpg',
  '.JPG ',
];

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  // Up to ~2000+ characters; repeating a short string keeps generation fast.
  fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 40 }))
    .map(([text, times]) => text.repeat(times)),
  fc.array(fc.constantFrom(...hostilePieces), { maxLength: 40 }).map((p) => p.join('')),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...hostilePieces),
        fc.string({ unit: 'binary-ascii', maxLength: 5 }),
      ),
      {
        maxLength: 60,
      },
    )
    .map((p) => p.join('')),
  fc.constantFrom(...hostilePieces),
);

const templates = fc.constantFrom(
  DEFAULT_TEMPLATE,
  '{title}/{kind}-{index}.{ext}',
  '{site}/{store}/{title} ({id})/{kind}/{variant} {index}.{ext}',
  '{variant}',
  '{title}.{ext}',
  '{date} {store} {title}/{title} {variant} {kind} {index} of {count}.{ext}',
  'a/b/c/d/e/f/g/h/{title} {store} {variant} {index}.{ext}',
);

const products = fc
  .record({
    title: fc.option(hostileText, { nil: undefined }),
    store: hostileText,
    labels: fc.array(hostileText, { minLength: 1, maxLength: 4 }),
    galleryCount: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ title, store, labels, galleryCount }): Product => {
    const media: Media[] = [
      ...Array.from({ length: galleryCount }, (_, i) => ({
        kind: 'gallery' as const,
        url: `https://ae01.alicdn.com/kf/g${i}.jpg`,
      })),
      ...labels.map((label, i) => ({
        kind: 'variant' as const,
        url: `https://ae01.alicdn.com/kf/v${i}.jpg`,
        label,
      })),
      { kind: 'description', url: 'https://ae01.alicdn.com/kf/d.png?width=1&height=1' },
      { kind: 'video', url: 'https://video.aliexpress-media.com/play/u/1.mp4' },
    ];
    return {
      id: '1005006123456789',
      site: 'aliexpress',
      url: 'https://www.aliexpress.com/item/1005006123456789.html',
      generation: 'csr',
      ...(title === undefined ? {} : { title }),
      store: { name: store },
      media,
      variants: [],
    };
  });

// --- Properties -------------------------------------------------------------------------------

const EXTS = ['jpg', 'webp', 'avif', 'png', 'gif', 'mp4', 'webm', 'bin'];

describe('hostile names', () => {
  it('every planned path passes Chrome, Windows and POSIX rules and no two collide', () => {
    fc.assert(
      fc.property(products, templates, fc.constantFrom(...EXTS), (product, template, ext) => {
        const plan = planDownload(product, {
          includeVideos: true,
          includeDescription: true,
          selection: 'all',
          template,
          date: new Date(2026, 4, 17),
        });
        expect(plan.items).toHaveLength(new Set(product.media.map((m) => m.url)).size);
        const keys = new Set<string>();
        for (const item of plan.items) {
          const path = finalizePath(item, ext);
          expect(pathProblem(path, ext), path).toBeUndefined();
          keys.add(path.normalize('NFC').toLowerCase());
        }
        expect(keys.size).toBe(plan.items.length);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('a single segment from any text is safe, and keeps the letters it has room for', () => {
    const letters = (s: string) => s.match(/\p{L}/gu)?.join('') ?? '';
    // The letters a title can keep: format, private-use, unassigned and filler characters go.
    const expected = (s: string) =>
      letters(
        s.replace(/[\p{Cf}\p{Cs}\p{Co}\p{Cn}\u115F\u1160\u3164\uFFA0]/gu, '').normalize('NFC'),
      );
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 16, max: 255 }), (text, maxBytes) => {
        const seg = finishSegment(cleanName(text), { maxBytes });
        expect(chromeProblem(seg) ?? windowsProblem(seg), JSON.stringify(seg)).toBeUndefined();
        expect(bytes(seg)).toBeLessThanOrEqual(maxBytes);
        const want = expected(text);
        const got = letters(seg);
        if (want === '') expect(['', 'untitled']).toContain(got);
        else expect(want.startsWith(got), `${got} from ${want}`).toBe(true);
        // Reserved characters become 3-byte look-alikes: with that much room nothing is cut.
        if (bytes(text) * 3 < maxBytes && want !== '') expect(got).toBe(want);
      }),
      { numRuns: 5000 },
    );
  }, 120_000);
});
