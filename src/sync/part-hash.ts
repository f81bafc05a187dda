/**
 * A short fingerprint of a watchlist part (FNV-1a, 32 bits). The header lists each part's
 * fingerprint, so a browser that has received only some of the parts of a newer copy sees that the
 * copy is not complete yet and waits for the rest. Not a security measure. Pure.
 */
export function partHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
