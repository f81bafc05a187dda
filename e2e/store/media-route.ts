/**
 * The CDN: an image's original at its bare or slug URL, a smaller thumbnail at any size or format
 * suffix, the item videos, and the description documents.
 */
import { original, thumbnail, type AssetFile, type AssetName } from './assets';
import { benchMedia } from './bench-product';
import { catalog, PRODUCT_KEYS, type CatalogProduct } from './catalog';
import { descriptionPage } from './pages/other-pages';

const byHash = new Map<string, AssetName>();
const byVideoId = new Map<string, AssetName>();
for (const key of PRODUCT_KEYS) {
  for (const m of catalog[key].media) {
    if (m.kind === 'video' && catalog[key].video)
      byVideoId.set(catalog[key].video!.videoId, m.asset);
    else byHash.set(m.hash, m.asset);
  }
}

const KF = /^\/kf\/([A-Za-z0-9]{10,80})(\/[^/]+|\.[a-z]+[^/]*)$/i;
const SUFFIXED = /\.(?:jpe?g|png|webp|gif|avif)_.+$|_\d{2,4}x\d{2,4}[a-z0-9]*\.(?:jpe?g|png)$/i;

export type MediaAnswer =
  /** `uncached`: served with no-store, so every request reaches the store (the bench images). */
  | { kind: 'file'; file: AssetFile; uncached?: boolean }
  | { kind: 'html'; body: string }
  | { kind: 'none' };

function productWithDescription(url: URL): CatalogProduct | undefined {
  const id = url.searchParams.get('productId') ?? /\/desc\/(\d+)\//.exec(url.pathname)?.[1];
  return PRODUCT_KEYS.map((k) => catalog[k]).find((p) => p.id === id && p.descriptionUrl);
}

export function answerMedia(url: URL): MediaAnswer {
  const kf = KF.exec(url.pathname);
  if (kf?.[1]) {
    const asset = byHash.get(kf[1]);
    if (!asset) {
      const bench = benchMedia(kf[1], SUFFIXED.test(url.pathname));
      return bench ? { kind: 'file', file: bench, uncached: true } : { kind: 'none' };
    }
    if (!SUFFIXED.test(url.pathname)) return { kind: 'file', file: original(asset) };
    return {
      kind: 'file',
      file: thumbnail(asset, /\.(webp|avif)$/i.test(url.pathname) ? 'webp' : 'jpg'),
    };
  }
  const video = /\/(\d{6,24})\.mp4$/.exec(url.pathname);
  if (url.hostname === 'video.aliexpress-media.com' && video?.[1]) {
    const asset = byVideoId.get(video[1]);
    return asset ? { kind: 'file', file: original(asset) } : { kind: 'none' };
  }
  if (/desc\.htm$|\/pc\.htm$/.test(url.pathname)) {
    const product = productWithDescription(url);
    return product ? { kind: 'html', body: descriptionPage(product) } : { kind: 'none' };
  }
  return { kind: 'none' };
}
