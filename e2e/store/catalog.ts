/**
 * The products of the offline store, one per page generation, and the media URLs each exposes.
 * Tests compare what the extension reads and saves with these values.
 */
import { createHash } from 'node:crypto';
import { original, type AssetName } from './assets';

export const PRODUCT_KEYS = [
  'legacy',
  'module',
  'us',
  'component',
  'csr',
  'ru',
  'mobile',
  'alibaba',
] as const;
export type ProductKey = (typeof PRODUCT_KEYS)[number];

export const US_ID_OFFSET = 2n ** 51n;

interface VariantSpec {
  name: string;
  asset?: AssetName;
  price: number;
  original: number;
}

interface ProductSpec {
  /** The global item id. */
  id: string;
  host: string;
  /** The id as the URL shows it, when it differs (aliexpress.us). */
  siteId?: string;
  path: (siteId: string) => string;
  title: string;
  currency: string;
  imageHost: string;
  slugged: boolean;
  gallery: AssetName[];
  variants: VariantSpec[];
  description: AssetName[];
  video: boolean;
  store: { name: string; num: string };
}

const colours = (price: number, original: number, step: number): VariantSpec[] => [
  { name: 'Red', asset: 'variant-red.jpg', price, original },
  { name: 'Blue', asset: 'variant-blue.jpg', price: price + step, original: original + step },
  {
    name: 'Green',
    asset: 'variant-green.jpg',
    price: price + 2 * step,
    original: original + 2 * step,
  },
];

const specs: Record<ProductKey, ProductSpec> = {
  legacy: {
    id: '32904053811',
    host: 'www.aliexpress.com',
    path: (id) => `/item/${id}.html`,
    title: 'Brass Desk Lamp with Linen Shade',
    currency: 'USD',
    imageHost: 'ae01.alicdn.com',
    slugged: false,
    gallery: ['photo-a.jpg', 'photo-e.jpg', 'photo-d.png'],
    variants: colours(18.4, 26.3, 1.5),
    description: ['desc-1.jpg'],
    video: false,
    store: { name: 'Lumen Corner Store', num: '1100101' },
  },
  module: {
    id: '1005001000000101',
    host: 'www.aliexpress.com',
    path: (id) => `/item/${id}.html`,
    title: 'Ceramic Pour-Over Coffee Set, 4 Pieces',
    currency: 'USD',
    imageHost: 'ae01.alicdn.com',
    slugged: true,
    gallery: ['photo-a.jpg', 'photo-b.webp', 'photo-c.avif', 'photo-d.png', 'photo-e.jpg'],
    variants: colours(12.99, 21.65, 2),
    description: ['desc-1.jpg', 'desc-2.webp'],
    video: true,
    store: { name: 'Morning Ritual Official Store', num: '1100102' },
  },
  us: {
    id: '1005002000000202',
    host: 'www.aliexpress.us',
    path: (id) => `/item/${id}.html`,
    title: 'Waterproof Hiking Backpack 35L',
    currency: 'USD',
    imageHost: 'ae04.alicdn.com',
    slugged: true,
    gallery: ['photo-e.jpg', 'photo-a.jpg', 'photo-b.webp'],
    variants: colours(34.5, 49.99, 3),
    description: ['desc-2.webp'],
    video: false,
    store: { name: 'Trailhead Gear Store', num: '1100103' },
  },
  component: {
    id: '1005005000000303',
    host: 'es.aliexpress.com',
    path: (id) => `/item/${id}.html`,
    title: 'Reloj inteligente deportivo con pulsómetro',
    currency: 'MXN',
    imageHost: 'ae01.alicdn.com',
    slugged: true,
    gallery: ['photo-b.webp', 'photo-a.jpg', 'photo-c.avif', 'photo-e.jpg'],
    variants: colours(1249.5, 2099, 150),
    description: ['desc-1.jpg'],
    video: true,
    store: { name: 'Tiempo Activo Store', num: '1100104' },
  },
  csr: {
    id: '1005008000000404',
    host: 'de.aliexpress.com',
    path: (id) => `/item/${id}.html`,
    title: 'Kabellose Ohrhörer mit Ladeetui, Bluetooth 5.3',
    currency: 'EUR',
    imageHost: 'ae-pic-a1.aliexpress-media.com',
    slugged: false,
    gallery: ['photo-c.avif', 'photo-a.jpg', 'photo-b.webp', 'photo-e.jpg'],
    variants: colours(23.49, 39.99, 2.5),
    description: ['desc-1.jpg', 'desc-2.webp'],
    video: true,
    store: { name: 'Klangwerk Audio Store', num: '1100105' },
  },
  ru: {
    id: '1005006000000505',
    host: 'aliexpress.ru',
    path: (id) => `/item/${id}.html`,
    title: 'Термокружка из нержавеющей стали, 500 мл',
    currency: 'RUB',
    imageHost: 'ae-pic-a1.aliexpress-media.com',
    slugged: false,
    gallery: ['photo-a.jpg', 'photo-e.jpg', 'photo-b.webp'],
    variants: colours(1234.56, 2468.0, 100),
    description: [],
    video: true,
    store: { name: 'Тёплый дом', num: '1100106' },
  },
  mobile: {
    id: '1005004000000606',
    host: 'm.aliexpress.com',
    path: (id) => `/item/${id}.html`,
    title: 'Folding Phone Stand, Aluminium',
    currency: 'USD',
    imageHost: 'ae01.alicdn.com',
    slugged: false,
    gallery: ['photo-e.jpg', 'photo-d.png'],
    variants: colours(4.2, 7.0, 0.3),
    description: [],
    video: false,
    store: { name: 'Desk Helpers Store', num: '1100107' },
  },
  alibaba: {
    id: '1600000000707',
    host: 'www.alibaba.com',
    path: (id) => `/product-detail/Custom-Printed-Cotton-Tote-Bags_${id}.html`,
    title: 'Custom Printed Cotton Tote Bags with Logo',
    currency: 'USD',
    imageHost: 'sc04.alicdn.com',
    slugged: false,
    gallery: ['photo-a.jpg', 'photo-b.webp', 'photo-e.jpg'],
    variants: [
      { name: 'Natural', price: 0.85, original: 0.85 },
      { name: 'Black', price: 0.95, original: 0.95 },
    ],
    description: ['desc-1.jpg'],
    video: true,
    store: { name: 'Yiwu Canvas Crafts Co., Ltd.', num: '2200108' },
  },
};
specs.us.siteId = String(BigInt(specs.us.id) + US_ID_OFFSET);

export type MediaKind = 'gallery' | 'variant' | 'description' | 'video';

export interface CatalogMedia {
  kind: MediaKind;
  /** The original-resolution URL the extension should find. */
  url: string;
  /** The image's hash path segment (images only). */
  hash: string;
  asset: AssetName;
  label?: string;
  mime: string;
  bytes: number;
  sha256: string;
}

export interface CatalogVariant {
  skuId: string;
  propertyValueId: string;
  name: string;
  image?: CatalogMedia;
  price: number;
  original: number;
}

export interface CatalogProduct {
  key: ProductKey;
  id: string;
  siteId?: string;
  host: string;
  url: string;
  title: string;
  currency: string;
  store: { name: string; num: string; url: string };
  gallery: CatalogMedia[];
  variants: CatalogVariant[];
  descriptionImages: CatalogMedia[];
  video?: CatalogMedia & { uid: string; videoId: string; poster: string };
  descriptionUrl?: string;
  /** Every medium in page order: gallery, variants, description, video. */
  media: CatalogMedia[];
}

function hashFor(key: string, part: string): string {
  return `S${createHash('sha1').update(`${key}/${part}`).digest('hex').slice(0, 32)}${key === 'alibaba' ? '' : 'V'}`;
}

function slugOf(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'item'
  );
}

function imageMedia(
  spec: ProductSpec,
  key: ProductKey,
  kind: MediaKind,
  asset: AssetName,
  index: number,
  label?: string,
): CatalogMedia {
  const hash = hashFor(key, `${kind}-${index}`);
  const ext = asset.endsWith('.png') ? 'png' : 'jpg';
  const file = original(asset);
  return {
    kind,
    url:
      spec.slugged && kind === 'gallery'
        ? `https://${spec.imageHost}/kf/${hash}/${slugOf(spec.title)}.${ext}`
        : `https://${spec.imageHost}/kf/${hash}.${ext}`,
    hash,
    asset,
    ...(label ? { label } : {}),
    mime: file.mime,
    bytes: file.bytes.length,
    sha256: file.sha256,
  };
}

function build(key: ProductKey): CatalogProduct {
  const spec = specs[key];
  const siteId = spec.siteId ?? spec.id;
  const gallery = spec.gallery.map((a, i) => imageMedia(spec, key, 'gallery', a, i + 1));
  const variants = spec.variants.map((v, i): CatalogVariant => {
    const image = v.asset ? imageMedia(spec, key, 'variant', v.asset, i + 1, v.name) : undefined;
    return {
      skuId: `${12000040000000000n + BigInt(siteId.slice(-3)) * 100n + BigInt(i)}`,
      propertyValueId: String(200000 + i * 7 + 29),
      name: v.name,
      ...(image ? { image } : {}),
      price: v.price,
      original: v.original,
    };
  });
  const descriptionImages = spec.description.map((a, i) =>
    imageMedia(spec, key, 'description', a, i + 1),
  );
  let video: CatalogProduct['video'];
  if (spec.video) {
    const uid = `2201${spec.id.slice(-6)}`;
    const videoId = String(1100000000000 + Number(spec.id.slice(-6)));
    const file = original('clip.mp4');
    video = {
      kind: 'video',
      url: `https://video.aliexpress-media.com/play/u/ae_sg_item/${uid}/p/1/e/6/t/10301/${videoId}.mp4`,
      hash: '',
      asset: 'clip.mp4',
      mime: file.mime,
      bytes: file.bytes.length,
      sha256: file.sha256,
      uid,
      videoId,
      poster: `${gallery[0]!.url}_640x640.jpg`,
    };
  }
  const descriptionUrl = !spec.description.length
    ? undefined
    : key === 'csr'
      ? `https://pdp.aliexpress-media.com/desc/${spec.id}/pc.htm?lang=de_DE`
      : key === 'alibaba'
        ? `https://www.alibaba.com/event/app/mainAction/desc.htm?detailId=${spec.id}&language=en`
        : `https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=${spec.id}&key=${hashFor(key, 'desc')}.zip&token=${spec.id.slice(-6)}`;
  return {
    key,
    id: spec.id,
    ...(spec.siteId ? { siteId: spec.siteId } : {}),
    host: spec.host,
    url: `https://${spec.host}${spec.path(siteId)}`,
    title: spec.title,
    currency: spec.currency,
    store: {
      ...spec.store,
      url:
        key === 'alibaba'
          ? `https://canvascrafts.en.alibaba.com/`
          : `https://${spec.host === 'aliexpress.ru' ? 'aliexpress.ru' : 'www.aliexpress.com'}/store/${spec.store.num}`,
    },
    gallery,
    variants,
    descriptionImages,
    ...(video ? { video } : {}),
    ...(descriptionUrl ? { descriptionUrl } : {}),
    media: [
      ...gallery,
      ...variants.flatMap((v) => (v.image ? [v.image] : [])),
      ...descriptionImages,
      ...(video ? [video] : []),
    ],
  };
}

export function slugFor(product: CatalogProduct): string {
  return slugOf(product.title);
}

export const catalog: Record<ProductKey, CatalogProduct> = Object.fromEntries(
  PRODUCT_KEYS.map((k) => [k, build(k)]),
) as Record<ProductKey, CatalogProduct>;
