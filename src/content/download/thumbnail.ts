/** A small version of a CDN image for the picker (the CDN resizes on a suffix); videos have none. */
import type { Media } from '../../extract/model';

export function thumbnailUrl(media: Media): string | undefined {
  if (media.kind === 'video') return undefined;
  try {
    const url = new URL(media.url);
    if (!/(^|\.)(alicdn\.com|aliexpress-media\.com)$/.test(url.hostname)) return media.url;
    if (!/\.(jpe?g|png|webp)$/i.test(url.pathname)) return media.url;
    url.pathname += '_220x220.jpg';
    return url.href;
  } catch {
    return undefined;
  }
}
