/** Chrome match patterns (`scheme://host/path`), as far as the policy needs to read them. */

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)?(\/.*)$/;

export function isMatchPattern(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  return m !== null && (m[1] === 'file' || Boolean(m[2]));
}

/** The host part of a match pattern (`*.aliexpress.com`, `*`), or null for `<all_urls>`. */
export function patternHost(pattern: string): string | null {
  return PATTERN.exec(pattern)?.[2] ?? null;
}

/**
 * Whether a host (`www.aliexpress.com`, or a wildcard host `*.alicdn.com` found in code) is covered
 * by a pattern's host: `*` covers all, `*.x.com` covers x.com and every subdomain.
 */
export function hostCovered(host: string, by: string): boolean {
  if (by === '*') return true;
  const wanted = host.toLowerCase();
  if (!by.startsWith('*.')) return wanted === by;
  const domain = by.slice(2);
  const bare = wanted.startsWith('*.') ? wanted.slice(2) : wanted;
  return bare === domain || bare.endsWith(`.${domain}`);
}
