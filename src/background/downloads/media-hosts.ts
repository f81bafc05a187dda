/**
 * The only hosts the worker fetches or downloads media from: the media hosts the policy declares
 * (policy/features/download.ts), nothing else, whatever a page claims; and the only places it reads
 * description documents from.
 */
import { descriptionDocumentMatches, mediaHostMatches } from '../../../policy/features/download';

const suffixes = mediaHostMatches.map((pattern) => {
  const host = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
  if (!host) throw new Error(`Unsupported media host pattern ${pattern}`);
  return host;
});

const descriptionPlaces = descriptionDocumentMatches.map((pattern) => {
  const m = /^\*:\/\/([a-z0-9.-]+)(\/.*)\*$/.exec(pattern);
  if (!m?.[1] || !m[2]) throw new Error(`Unsupported description pattern ${pattern}`);
  return { host: m[1], path: m[2] };
});

/** An https URL on the default port without credentials, or null. */
function plainHttps(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  return url;
}

export function isMediaUrl(raw: string): boolean {
  const host = plainHttps(raw)?.hostname.toLowerCase();
  return host !== undefined && suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Whether the worker may request this description document (a declared host and path). */
export function isDescriptionUrl(raw: string): boolean {
  const url = plainHttps(raw);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  return descriptionPlaces.some(
    (p) => p.host === host && (url.pathname + url.search).startsWith(p.path),
  );
}
