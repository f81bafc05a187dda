/**
 * The store's media files: originals in the formats AliExpress serves and the thumbnails its pages
 * show. Bytes are read once and described by what they really are, not by their names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ASSET_NAMES = [
  'photo-a.jpg',
  'photo-b.webp',
  'photo-c.avif',
  'photo-d.png',
  'photo-e.jpg',
  'variant-red.jpg',
  'variant-blue.jpg',
  'variant-green.jpg',
  'desc-1.jpg',
  'desc-2.webp',
  'clip.mp4',
] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

export interface AssetFile {
  bytes: Buffer;
  mime: string;
  sha256: string;
}

const cache = new Map<string, AssetFile>();

/** The MIME type of image or video bytes, from their signature. */
export function sniffMime(bytes: Uint8Array): string {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (ascii(1, 4) === 'PNG') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp') return ascii(8, 12).startsWith('avi') ? 'image/avif' : 'video/mp4';
  return 'application/octet-stream';
}

function load(file: string): AssetFile {
  let found = cache.get(file);
  if (!found) {
    const bytes = readFileSync(fileURLToPath(new URL(`./assets/${file}`, import.meta.url)));
    found = {
      bytes,
      mime: sniffMime(bytes),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    cache.set(file, found);
  }
  return found;
}

export function original(name: AssetName): AssetFile {
  return load(name);
}

/** The thumbnail the page shows for an asset, JPEG or WebP as the URL's suffix asks. */
export function thumbnail(name: AssetName, format: 'jpg' | 'webp'): AssetFile {
  if (name === 'clip.mp4') return load('photo-a.thumb.jpg');
  return load(`${name.replace(/\.[a-z0-9]+$/, '')}.thumb.${format}`);
}
