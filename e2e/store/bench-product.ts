/**
 * A product for the download benchmark only: a module-generation item page whose gallery holds
 * 40 distinct large JPEG files (about 750 KB each, 30 MB in all). The bytes are made from a seeded
 * generator the first time the store serves one, the same on every run, and never written to disk.
 * It is not in the catalog, so no spec meets it. Its images are served uncached, so that every
 * download of them, by the extension or by a plain fetch, goes to the server.
 */
import { createHash } from 'node:crypto';
import { thumbnail, type AssetFile } from './assets';
import type { CatalogMedia, CatalogProduct } from './catalog';
import type { ProductPrice } from './prices';

export const BENCH_IMAGE_COUNT = 40;
export const BENCH_IMAGE_BYTES = 750 * 1024;
const ID = '1005009000000909';
const IMAGE_HOST = 'ae01.alicdn.com';

const hashOf = (index: number) =>
  `S${createHash('sha1').update(`bench/gallery-${index}`).digest('hex').slice(0, 32)}V`;

/**
 * A JPEG's frame around seeded noise: SOI, a JFIF APP0 header (what byte sniffing reads), the
 * noise in comment segments of at most 64 KB, and EOI. Each index gives other bytes.
 */
function makeImage(index: number): Buffer {
  const out = Buffer.alloc(BENCH_IMAGE_BYTES);
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0, 0, 1, 0, 1, 0, 0,
  ];
  out.set([0xff, 0xd8, ...app0], 0);
  let at = 2 + app0.length;
  let seed = (0x9e3779b9 ^ ((index + 1) * 0x85ebca6b)) >>> 0 || 1;
  const end = BENCH_IMAGE_BYTES - 2;
  while (at < end) {
    const length = Math.min(0xffff, end - at - 2);
    out[at] = 0xff;
    out[at + 1] = 0xfe;
    out.writeUInt16BE(length, at + 2);
    for (let i = at + 4; i < at + 2 + length; i++) {
      // xorshift32: fast, deterministic, and no 0xFF bytes that a reader could take for a marker.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      out[i] = (seed >>> 0) % 0xff;
    }
    at += 2 + length;
  }
  out[end] = 0xff;
  out[end + 1] = 0xd9;
  return out;
}

const files = new Map<string, AssetFile>();

/** The image a bench hash names, made on first use; undefined for any other hash. */
function imageFor(hash: string): AssetFile | undefined {
  const index = benchHashes.indexOf(hash);
  if (index < 0) return undefined;
  let file = files.get(hash);
  if (!file) {
    const bytes = makeImage(index);
    file = {
      bytes,
      mime: 'image/jpeg',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    files.set(hash, file);
  }
  return file;
}

const benchHashes = Array.from({ length: BENCH_IMAGE_COUNT }, (_, i) => hashOf(i + 1));

/** The original at a bench hash, or the small thumbnail a suffixed URL asks for. */
export function benchMedia(hash: string, suffixed: boolean): AssetFile | undefined {
  if (!benchHashes.includes(hash)) return undefined;
  return suffixed ? thumbnail('photo-a.jpg', 'jpg') : imageFor(hash);
}

const gallery: CatalogMedia[] = benchHashes.map((hash) => ({
  kind: 'gallery',
  url: `https://${IMAGE_HOST}/kf/${hash}.jpg`,
  hash,
  asset: 'photo-a.jpg',
  mime: 'image/jpeg',
  bytes: BENCH_IMAGE_BYTES,
  get sha256() {
    return imageFor(hash)!.sha256;
  },
}));

const variant = {
  skuId: '12000040000090900',
  propertyValueId: '200029',
  name: 'One size',
  price: 19.99,
  original: 24.99,
};

/** Rendered as a module-generation page, which is what its key names. */
export const benchProduct: CatalogProduct = {
  key: 'module',
  id: ID,
  host: 'www.aliexpress.com',
  url: `https://www.aliexpress.com/item/${ID}.html`,
  title: 'Studio Photo Set, 40 Large Images',
  currency: 'USD',
  store: {
    name: 'Bench Studio Store',
    num: '1100909',
    url: 'https://www.aliexpress.com/store/1100909',
  },
  gallery,
  variants: [variant],
  descriptionImages: [],
  media: gallery,
};

export const benchPrice: ProductPrice = {
  current: variant.price,
  original: variant.original,
  min: variant.price,
  max: variant.price,
  originalMin: variant.original,
  originalMax: variant.original,
  discountPercent: Math.round((1 - variant.price / variant.original) * 100),
  variants: [{ skuId: variant.skuId, current: variant.price, original: variant.original }],
};
