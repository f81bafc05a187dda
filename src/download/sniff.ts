/**
 * The real format of a media file from its first bytes, because AliExpress serves WebP and AVIF
 * under ".jpg" names (shared/notes/aliexpress-data.md §2).
 *
 * `sniffFormat(head, url)` looks at the first `SNIFF_BYTES` bytes; when they match no known format
 * it keeps the URL's extension if that is a known media type, else "bin". Extensions are lowercase
 * [a-z0-9]{1,5}, as finalizePath expects.
 */

export interface FileFormat {
  ext: string;
  mime: string;
  /** True when the bytes decided, false when it is the URL's guess or the fallback. */
  sniffed: boolean;
  /** Animated WebP or AVIF sequence: converting it to a still image would lose the animation. */
  animated?: boolean;
}

/** Enough for every signature below, including an ftyp box with a long brand list. */
export const SNIFF_BYTES = 256;

const BY_EXTENSION: Record<string, { ext: string; mime: string }> = {
  jpg: { ext: 'jpg', mime: 'image/jpeg' },
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  avif: { ext: 'avif', mime: 'image/avif' },
  gif: { ext: 'gif', mime: 'image/gif' },
  heic: { ext: 'heic', mime: 'image/heic' },
  bmp: { ext: 'bmp', mime: 'image/bmp' },
  mp4: { ext: 'mp4', mime: 'video/mp4' },
  m4v: { ext: 'mp4', mime: 'video/mp4' },
  mov: { ext: 'mov', mime: 'video/quicktime' },
  webm: { ext: 'webm', mime: 'video/webm' },
  mkv: { ext: 'mkv', mime: 'video/x-matroska' },
};

export const UNKNOWN_FORMAT: FileFormat = {
  ext: 'bin',
  mime: 'application/octet-stream',
  sniffed: false,
};

/** The known media extension at the end of the URL's path ("…/a.jpg_.webp" → webp), if any. */
export function extensionFromUrl(url: string): { ext: string; mime: string } | undefined {
  let path: string;
  try {
    path = new URL(url, 'https://x.invalid/').pathname;
  } catch {
    return undefined;
  }
  const match = /\.([a-z0-9]{1,5})$/i.exec(path);
  return match?.[1] ? BY_EXTENSION[match[1].toLowerCase()] : undefined;
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

const found = (ext: string, animated?: boolean): FileFormat => {
  const known = BY_EXTENSION[ext] ?? { ext, mime: 'application/octet-stream' };
  return { ...known, sniffed: true, ...(animated === undefined ? {} : { animated }) };
};

/** ISO base media file (MP4, MOV, AVIF, HEIC): decided by the ftyp box's brands. */
function sniffFtyp(head: Uint8Array): FileFormat | undefined {
  if (head.length < 16 || ascii(head, 4, 4) !== 'ftyp') return undefined;
  const boxSize =
    ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const major = ascii(head, 8, 4);
  const brands = [major];
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4)
    brands.push(ascii(head, at, 4));
  if (major === 'avis') return found('avif', true);
  if (brands.includes('avif')) return found('avif', false);
  if (brands.includes('avis')) return found('avif', true);
  if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].some((b) => brands.includes(b)))
    return found('heic');
  if (major === 'qt  ') return found('mov');
  return found('mp4');
}

/** The format the first bytes of a file show (more than `SNIFF_BYTES` are fine: the rest is ignored); otherwise the URL's guess or "bin". */
export function sniffFormat(bytes: Uint8Array, url?: string): FileFormat {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (startsWith(head, [0xff, 0xd8, 0xff])) return found('jpg');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return found('png');
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return found('gif');
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') {
    // VP8X extended header: flag 0x02 marks an animation.
    const animated = ascii(head, 12, 4) === 'VP8X' && ((head[20] ?? 0) & 0x02) !== 0;
    return found('webp', animated);
  }
  const ftyp = sniffFtyp(head);
  if (ftyp) return ftyp;
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    // EBML: the DocType string says WebM or Matroska.
    const text = ascii(head, 0, head.length);
    return found(text.includes('matroska') ? 'mkv' : 'webm');
  }
  if (ascii(head, 0, 2) === 'BM' && [12, 40, 52, 56, 108, 124].includes(head[14] ?? 0))
    return found('bmp');
  const guess = url === undefined ? undefined : extensionFromUrl(url);
  return guess ? { ...guess, sniffed: false } : UNKNOWN_FORMAT;
}
