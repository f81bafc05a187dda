import { describe, expect, it } from 'vitest';
import { extensionFromUrl, sniffFormat } from './sniff';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ftyp = (major: string, ...compatible: string[]) =>
  bytes(u32(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffFormat', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'jpg', 'image/jpeg'],
    [
      'PNG',
      bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
      'png',
      'image/png',
    ],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'gif', 'image/gif'],
    ['GIF87a', bytes('GIF87a'), 'gif', 'image/gif'],
    ['WebP (lossy)', bytes('RIFF', u32(100), 'WEBPVP8 '), 'webp', 'image/webp'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'avif', 'image/avif'],
    ['AVIF listed as compatible', ftyp('mif1', 'avif', 'miaf'), 'avif', 'image/avif'],
    ['HEIC', ftyp('heic', 'mif1'), 'heic', 'image/heic'],
    ['MP4 (isom)', ftyp('isom', 'iso2', 'avc1', 'mp41'), 'mp4', 'video/mp4'],
    ['MP4 (mp42)', ftyp('mp42', 'isom'), 'mp4', 'video/mp4'],
    ['QuickTime', ftyp('qt  ', 'qt  '), 'mov', 'video/quicktime'],
    [
      'WebM',
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0x82, 0x84], 'webm'),
      'webm',
      'video/webm',
    ],
    [
      'Matroska',
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x82, 0x88], 'matroska'),
      'mkv',
      'video/x-matroska',
    ],
    ['BMP', bytes('BM', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0]), 'bmp', 'image/bmp'],
  ])('recognises %s', (_name, head, ext, mime) => {
    expect(sniffFormat(head, 'https://ae01.alicdn.com/kf/x.bin')).toMatchObject({
      ext,
      mime,
      sniffed: true,
    });
  });

  it('sees WebP behind a .jpg name (what AliExpress serves)', () => {
    expect(
      sniffFormat(bytes('RIFF', u32(1), 'WEBPVP8L'), 'https://ae01.alicdn.com/kf/H1.jpg'),
    ).toEqual({
      ext: 'webp',
      mime: 'image/webp',
      sniffed: true,
      animated: false,
    });
  });

  it('marks animated WebP and AVIF sequences', () => {
    const animatedWebp = bytes('RIFF', u32(1), 'WEBPVP8X', u32(10).reverse(), [0x12, 0, 0, 0]);
    expect(sniffFormat(animatedWebp).animated).toBe(true);
    const stillWebp = bytes('RIFF', u32(1), 'WEBPVP8X', u32(10).reverse(), [0x10, 0, 0, 0]);
    expect(sniffFormat(stillWebp).animated).toBe(false);
    expect(sniffFormat(ftyp('avis', 'avif', 'msf1'))).toMatchObject({
      ext: 'avif',
      animated: true,
    });
  });

  it('falls back to the URL extension, then to bin', () => {
    const text = bytes('<html>');
    expect(sniffFormat(text, 'https://ae01.alicdn.com/kf/a.jpg_.webp')).toEqual({
      ext: 'webp',
      mime: 'image/webp',
      sniffed: false,
    });
    expect(sniffFormat(text, 'https://x/a.JPEG?x=1')).toMatchObject({ ext: 'jpg', sniffed: false });
    expect(sniffFormat(text, 'https://x/a.exe')).toMatchObject({
      ext: 'bin',
      mime: 'application/octet-stream',
    });
    expect(sniffFormat(new Uint8Array(0))).toMatchObject({ ext: 'bin', sniffed: false });
  });

  it('does not read past the first bytes of a large buffer', () => {
    const big = new Uint8Array(50_000_000);
    big.set([0xff, 0xd8, 0xff]);
    expect(sniffFormat(big).ext).toBe('jpg');
  });

  it('does not mistake short or truncated headers', () => {
    expect(sniffFormat(bytes([0xff, 0xd8]))).toMatchObject({ ext: 'bin' });
    expect(sniffFormat(bytes('RIFF', u32(4), 'WAVE'))).toMatchObject({ ext: 'bin' });
    expect(sniffFormat(bytes(u32(8), 'ftyp'))).toMatchObject({ ext: 'bin' });
  });
});

describe('extensionFromUrl', () => {
  it('reads the last extension of the path only', () => {
    expect(extensionFromUrl('https://ae01.alicdn.com/kf/S1.png_220x220.png_.avif')?.ext).toBe(
      'avif',
    );
    expect(
      extensionFromUrl('https://video.aliexpress-media.com/play/u/p/1/e/6/t/10301/1.mp4')?.ext,
    ).toBe('mp4');
    expect(extensionFromUrl('https://x/file.mp4/?name=a.png')?.ext).toBeUndefined();
    expect(extensionFromUrl('not a url at all')).toBeUndefined();
    expect(extensionFromUrl('https://x/a.lnk')).toBeUndefined();
  });
});
