/**
 * Media URL rules (shared/notes/aliexpress-data.md, section 2). Pure string work, no fetching.
 */

const MAX_URL_LENGTH = 2048;

/**
 * An absolute https URL, or undefined. Protocol-relative and http URLs become https (the CDNs
 * serve both); anything else (javascript:, data:, relative paths, credentials) is refused.
 */
export function httpsUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let s = raw.trim();
  if (!s || s.length > MAX_URL_LENGTH) return undefined;
  if (s.startsWith('//')) s = 'https:' + s;
  else if (/^http:\/\//i.test(s)) s = 'https://' + s.slice(7);
  if (!/^https:\/\/[^/\s]/i.test(s)) return undefined;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.username || u.password || !u.hostname.includes('.')) {
    return undefined;
  }
  u.hash = '';
  return u.href;
}

const IMAGE_EXT = '(?:jpe?g|png|webp|gif|avif|bmp)';
/** `x.jpg_640x640.jpg_.webp` -> `x.jpg`: everything after the first real extension followed by `_`. */
const AFTER_EXTENSION = new RegExp(`(\\.${IMAGE_EXT})_[^/]*$`, 'i');
/** `x_220x220.jpg` / `x_640x640q75.jpg` / `x_Q90.jpg` -> `x.jpg`. */
const SIZE_BEFORE_EXTENSION = new RegExp(
  `_(?:\\d{2,4}x\\d{2,4}[a-z0-9]{0,8}|Q\\d{2,3})(\\.${IMAGE_EXT})$`,
  'i',
);

/** The original-resolution URL of a CDN image (size/format suffixes removed, https). */
export function originalImageUrl(raw: unknown): string | undefined {
  const href = httpsUrl(raw);
  if (!href) return undefined;
  const u = new URL(href);
  const path = u.pathname.replace(AFTER_EXTENSION, '$1').replace(SIZE_BEFORE_EXTENSION, '$1');
  if (path !== u.pathname) u.pathname = path;
  return u.href;
}

/** `kf/<hash>` in both the slug form `kf/<hash>/<slug>.jpg` and the bare form `kf/<hash>.jpg`. */
const KF_HASH = /\/kf\/([A-Za-z0-9]{10,80})(?:[/._]|$)/;

/**
 * A key under which two URLs of the same media compare equal: the kf hash for CDN images (any
 * host, slug or not, any size), otherwise host + path of the normalised URL.
 */
export function mediaKey(raw: string): string {
  const href = originalImageUrl(raw);
  if (!href) return raw.trim();
  const u = new URL(href);
  const kf = KF_HASH.exec(u.pathname);
  if (kf?.[1]) return 'kf:' + kf[1];
  return u.hostname.toLowerCase() + u.pathname;
}

const DIGITS = /^\d{1,24}$/;

/** The playable URL of an item video from the ids the page carries (uid may be absent). */
export function videoUrl(uid: string | undefined, id: string): string | undefined {
  if (!DIGITS.test(id)) return undefined;
  if (uid !== undefined && !DIGITS.test(uid)) return undefined;
  const owner = uid ? `ae_sg_item/${uid}` : 'ae_sg_item';
  return `https://video.aliexpress-media.com/play/u/${owner}/p/1/e/6/t/10301/${id}.mp4`;
}

const TAOBAO_PLAY = /^\/play\/u\/(\d{1,24})\/p\/1\/e\/6\/t\/10301\/(\d{1,24})\.mp4$/;

/** A video URL as https; the legacy cloud.video.taobao.com player path is moved to its current host. */
export function normalizeVideoUrl(raw: unknown): string | undefined {
  const href = httpsUrl(raw);
  if (!href) return undefined;
  const u = new URL(href);
  if (u.hostname === 'cloud.video.taobao.com') {
    const m = TAOBAO_PLAY.exec(u.pathname);
    if (m?.[1] && m[2]) return videoUrl(m[1], m[2]);
  }
  return href;
}
