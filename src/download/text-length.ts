/**
 * Measuring and cutting text the way file systems count it: UTF-8 bytes (ext4, APFS), UTF-16
 * units (Windows), and cuts between graphemes (Intl.Segmenter) so that an emoji, a flag or a
 * letter with its accents is never split.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Graphemes of `text`, or with `units` only those within about its first `units` code units
 * (Intl.Segmenter costs microseconds per grapheme, and titles can be thousands long). */
export function splitGraphemes(text: string, units = Infinity): string[] {
  if (text.length <= units + 64) return segmented(text);
  // The window may end inside a grapheme: leave that one out.
  return segmented(window(text, units)).slice(0, -1);
}

/** A prefix long enough that graphemes ending within `units` code units are whole in it. */
function window(text: string, units: number): string {
  return text.length <= units + 64 ? text : text.slice(0, units + 64);
}

// A batch renders the same store, variant and title text many times over.
const recent = new Map<string, string[]>();

function segmented(text: string): string[] {
  let parts = recent.get(text);
  if (!parts) {
    if (recent.size >= 256) recent.clear();
    parts = Array.from(graphemes.segment(text), (s) => s.segment);
    recent.set(text, parts);
  }
  return parts;
}

/** The longest prefix within both limits, cut between graphemes; a single grapheme longer than
 * the limit (a stack of combining marks) is cut between code points instead. */
export function truncateText(
  text: string,
  limits: { maxBytes?: number; maxLength?: number },
): string {
  const maxBytes = limits.maxBytes ?? Infinity;
  const maxLength = limits.maxLength ?? Infinity;
  if (text.length <= maxLength && utf8Length(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const segment of segmented(window(text, Math.min(maxBytes, maxLength)))) {
    const size = utf8Length(segment);
    if (bytes + size <= maxBytes && out.length + segment.length <= maxLength) {
      out += segment;
      bytes += size;
      continue;
    }
    if (out) break;
    for (const point of segment) {
      const pointSize = utf8Length(point);
      if (bytes + pointSize > maxBytes || out.length + point.length > maxLength) break;
      out += point;
      bytes += pointSize;
    }
    break;
  }
  return out;
}
