/**
 * Relative paths that chrome.downloads, Windows, macOS and Linux all accept, built from page text.
 *
 * Exports: `cleanName` (character rules), `finishSegment` (ends, reserved names, byte limit),
 * `fitSegments` (whole-path budget), `pathKey` (identity on case-insensitive file systems), and
 * the checks `isSafeSegment` / `isSafeRelativePath` (Chrome's own test plus the Windows and length
 * rules, for a last guard at the edge). Lengths are measured in text-length.ts.
 *
 * What Chrome enforces, and where (Chromium source):
 * - chrome/browser/extensions/api/downloads/downloads_api.cc, DownloadsDownloadFunction: replaces
 *   '%' by '_' ("it affects environment variables"), then answers "Invalid filename" unless
 *   net::IsSafePortableRelativePath(). The API reference says the same from the outside: "Absolute
 *   paths, empty paths, and paths containing back-references ".." will cause an error."
 *   (developer.chrome.com/docs/extensions/reference/api/downloads#type-DownloadOptions)
 * - net/base/filename_util_icu.cc IsSafePortablePathComponent, for every segment: non-empty,
 *   base::i18n::IsFilenameLegal, no shell-integrated extension, unchanged by
 *   SanitizeGeneratedFileName, and not IsReservedNameOnWindows.
 * - base/i18n/file_util_icu.cc IllegalCharacters: never `"~*\/:<>?\|`, [:Cc:], [:Cf:] (bidi
 *   controls, ZWJ/ZWNJ, soft hyphen, BOM, tag characters) or non-characters; never [:WSpace:] or
 *   '.' as first or last character.
 * - net/base/filename_util_internal.cc: SanitizeGeneratedFileName strips trailing " ." and
 *   leading/trailing '.'; IsShellIntegratedExtension rejects .lnk, .local and .{CLSID}.
 * - net/base/filename_util.cc IsReservedNameOnWindows: con prn aux nul com1-9 lpt1-9 clock$, alone
 *   or before a '.', and desktop.ini, thumbs.db.
 * Windows adds (learn.microsoft.com/windows/win32/fileio/naming-a-file): COM0/LPT0 and the
 * superscript digits ¹²³ after COM/LPT, CONIN$/CONOUT$, no trailing dot or space, 255 UTF-16 units
 * per name and MAX_PATH 260 for the whole path (the Downloads folder itself eats ~40-60 of those).
 * Linux and APFS allow 255 UTF-8 bytes per name, which also bounds the UTF-16 length.
 */
import { truncateText, utf8Length } from './text-length';

/** Limits of a rendered path. Lengths of the whole path are UTF-16 units, as Windows counts. */
export interface PathLimits {
  /** UTF-8 bytes per folder name (ext4, APFS and NTFS all stop at 255). */
  maxSegmentBytes: number;
  /** UTF-8 bytes of the file name with its extension; below 255 so that Chrome's " (1)"
   * uniquifier and its ".crdownload" partial-file suffix still fit. */
  maxFileNameBytes: number;
  /** UTF-16 units of the whole relative path with extension, leaving room under Windows' MAX_PATH
   * for the Downloads folder and ".crdownload". */
  maxPathLength: number;
}

export const DEFAULT_LIMITS: PathLimits = {
  // A folder can become "<folder>.zip" in ZIP mode, so it gets a file name's room.
  maxSegmentBytes: 236,
  maxFileNameBytes: 240,
  maxPathLength: 200,
};

/** Room kept for ".ext" at the end of the path; extensions are 1-5 of [a-z0-9] (see sniff.ts). */
export const EXTENSION_RESERVE = 6;
export const EXTENSION_PATTERN = /^[a-z0-9]{1,5}$/;

export const FALLBACK_NAME = 'untitled';

/**
 * Removed outright: format characters (bidi controls, zero-width joiners, BOM, tags; Chrome
 * rejects them), lone surrogates, unassigned code points and non-characters (Chrome rejects
 * non-characters; a code point this engine cannot classify could be a newer format character),
 * private-use characters (Services for Macintosh maps U+F001-F07F back to `:*?"<>|` on SMB
 * shares), non-whitespace controls (C0, C1, DEL), and the Hangul fillers that render as nothing
 * and only serve to make a name look blank.
 */
const DROPPED = /[\p{Cf}\p{Cs}\p{Cn}\p{Co}\u115F\u1160\u3164\uFFA0]|(?![\p{White_Space}])\p{Cc}/gu;
const WHITESPACE = /\p{White_Space}+/gu;
/** Reserved by Windows or by Chrome, plus '%' which Chrome would rewrite behind our back. Each
 * becomes its full-width look-alike, so a title reads the same (the rule yt-dlp uses). */
const LOOKALIKES: Record<string, string> = {
  '/': '⧸',
  '\\': '⧹',
  ':': '：',
  '*': '＊',
  '?': '？',
  '"': '＂',
  '<': '＜',
  '>': '＞',
  '|': '｜',
  '~': '～',
  '%': '％',
};
const RESERVED_CHARS = /[/\\:*?"<>|~%]/g;
const ENDS = /^[\p{White_Space}.]+|[\p{White_Space}.]+$/gu;

/** Character rules only: NFC, drops invisible and control characters, one space per whitespace
 * run, reserved characters as look-alikes. Idempotent; does not touch the ends. */
export function cleanName(text: string): string {
  // NFC last: dropping a zero-width character can bring a letter and its mark together.
  return text
    .replace(DROPPED, '')
    .replace(WHITESPACE, ' ')
    .replace(RESERVED_CHARS, (c) => LOOKALIKES[c] ?? '_')
    .normalize('NFC');
}

/** Removes whitespace and dots from both ends (Chrome rejects them there; Windows drops
 * trailing ones, so "a." and "a" would be the same file). */
export function trimEnds(text: string): string {
  return text.replace(ENDS, '');
}

const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
const SHELL_FILES = /^(desktop\.ini|thumbs\.db)$/i;

/** Length of the reserved Windows name a segment starts with ("CON", "com¹" in "com¹ .txt"), or 0.
 * Windows ignores an extension and trailing spaces when it looks for device names. */
function reservedPrefixLength(segment: string): number {
  if (SHELL_FILES.test(segment)) return segment.indexOf('.');
  const dot = segment.indexOf('.');
  const stem = (dot < 0 ? segment : segment.slice(0, dot)).replace(/ +$/, '');
  return DEVICE.test(stem) ? stem.length : 0;
}

export function isWindowsReservedName(segment: string): boolean {
  return reservedPrefixLength(segment) > 0;
}

/** Chrome's IsShellIntegratedExtension, on the last extension. */
function hasShellExtension(segment: string): boolean {
  const dot = segment.lastIndexOf('.');
  if (dot < 0) return false;
  const ext = segment.slice(dot + 1).toLowerCase();
  return ext === 'lnk' || ext === 'local' || (ext.startsWith('{') && ext.endsWith('}'));
}

export interface SegmentOptions {
  /** UTF-8 bytes allowed for the whole segment, tail included. */
  maxBytes: number;
  /** Kept verbatim at the end and never cut (a " (2)" that keeps names apart). Must be safe text
   * that does not end in a space or dot. */
  tail?: string;
  fallback?: string;
}

/**
 * Turns cleaned text into a segment: trims the ends, uses the fallback when nothing is left, cuts
 * to the byte limit on a grapheme boundary, and renames reserved names ("CON" → "CON_",
 * "nul.txt" → "nul_.txt", "x.lnk" → "x.lnk_").
 */
export function finishSegment(body: string, options: SegmentOptions): string {
  const tail = options.tail ?? '';
  const fallback = options.fallback ?? FALLBACK_NAME;
  let budget = options.maxBytes - utf8Length(tail);
  let text = trimEnds(body) || fallback;
  for (;;) {
    let cut =
      trimEnds(truncateText(text, { maxBytes: budget })) ||
      truncateText(fallback, { maxBytes: budget });
    const reserved = reservedPrefixLength(cut + tail);
    if (reserved > 0) cut = `${cut.slice(0, reserved)}_${cut.slice(reserved)}`;
    let out = cut + tail;
    if (hasShellExtension(out)) out += '_';
    if (utf8Length(out) <= options.maxBytes || budget <= 1) return out;
    // The renaming pushed it over the limit: leave one more byte for it and cut again.
    text = cut;
    budget -= 1;
  }
}

/** One segment before finishing: cleaned text, and a tail that must survive cutting. */
export interface SegmentSpec {
  body: string;
  tail?: string;
}

/** Segment byte limit by position: the last segment is the file name without its extension. */
export function segmentByteLimit(index: number, count: number, limits: PathLimits): number {
  return index === count - 1 ? limits.maxFileNameBytes - EXTENSION_RESERVE : limits.maxSegmentBytes;
}

/** The length of the finished path these segments make, with room for the extension. */
export function pathLength(segments: readonly string[]): number {
  return segments.reduce((sum, s) => sum + s.length, 0) + segments.length - 1 + EXTENSION_RESERVE;
}

/**
 * Finishes every segment, then, if the path is still over `maxPathLength`, cuts the file name
 * and then the longest folders to 12 units each, then to 1, and at last drops outer folders. The
 * file name shrinks first so that sibling files keep the same folder. Callers shorten the title
 * before this (see filename-template.ts); this is the backstop for long literal text.
 */
export function fitSegments(specs: readonly SegmentSpec[], limits = DEFAULT_LIMITS): string[] {
  const finish = (spec: SegmentSpec, i: number, maxLength = Infinity): string =>
    finishSegment(truncateText(spec.body, { maxLength: maxLength - (spec.tail?.length ?? 0) }), {
      maxBytes: segmentByteLimit(i, specs.length, limits),
      ...(spec.tail === undefined ? {} : { tail: spec.tail }),
    });
  const out = specs.map((spec, i) => finish(spec, i));
  const last = out.length - 1;
  for (const floor of [12, 1]) {
    const order = out
      .map((s, i) => ({ i, length: s.length }))
      .sort((a, b) => (a.i === last ? -1 : b.i === last ? 1 : b.length - a.length));
    for (const { i } of order) {
      const excess = pathLength(out) - limits.maxPathLength;
      if (excess <= 0) return out;
      const current = out[i] ?? '';
      const target = Math.max(floor, current.length - excess);
      if (target < current.length) out[i] = finish(specs[i] ?? { body: '' }, i, target);
    }
  }
  while (out.length > 1 && pathLength(out) > limits.maxPathLength) out.shift();
  return out;
}

/** Chrome's IsSafePortablePathComponent plus the Windows and length rules above. */
export function isSafeSegment(segment: string, maxBytes = 255): boolean {
  return (
    segment.length > 0 &&
    segment === cleanName(segment) &&
    segment === trimEnds(segment) &&
    !isWindowsReservedName(segment) &&
    !hasShellExtension(segment) &&
    utf8Length(segment) <= maxBytes
  );
}

/** A path chrome.downloads will take as is, that every desktop file system can store. */
export function isSafeRelativePath(path: string, limits = DEFAULT_LIMITS): boolean {
  const segments = path.split('/');
  return (
    path.length <= limits.maxPathLength &&
    segments.every((s, i) =>
      isSafeSegment(
        s,
        i === segments.length - 1 ? limits.maxFileNameBytes : limits.maxSegmentBytes,
      ),
    )
  );
}

/** Identity of a path on a case-insensitive file system (Windows, default macOS). */
export function pathKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}
