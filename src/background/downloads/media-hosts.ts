/**
 * The only hosts the worker fetches or downloads media from: the media hosts the policy declares
 * (policy/features/download.ts), nothing else, whatever a page claims.
 */
import { mediaHostMatches } from '../../../policy/features/download';

const suffixes = mediaHostMatches.map((pattern) => {
  const host = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
  if (!host) throw new Error(`Unsupported media host pattern ${pattern}`);
  return host;
});

export function isMediaUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}
