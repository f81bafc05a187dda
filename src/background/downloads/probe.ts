/**
 * What a media URL really holds: its format from the first bytes (AliExpress serves WebP and AVIF
 * under .jpg names) and its size, without downloading the whole file.
 */
import { sniffFormat, SNIFF_BYTES, type FileFormat } from '../../download/sniff';
import { isMediaUrl } from './media-hosts';

export interface Probe {
  format: FileFormat;
  size: number | null;
}

export async function probeMedia(url: string, signal?: AbortSignal): Promise<Probe> {
  if (!isMediaUrl(url)) throw new Error('Not a declared media host.');
  // policy-hosts: media-hosts
  const response = await fetch(url, {
    credentials: 'omit',
    headers: { Range: `bytes=0-${SNIFF_BYTES - 1}` },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const range = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
  const length = response.headers.get('content-length');
  const size = range ? Number(range) : response.status === 200 && length ? Number(length) : null;
  const reader = response.body?.getReader();
  const first = reader ? await reader.read() : { value: undefined };
  await reader?.cancel().catch(() => undefined);
  const bytes = first.value instanceof Uint8Array ? first.value : new Uint8Array();
  return { format: sniffFormat(bytes, url), size };
}

/** A URL's probe is reused this long: the picker's measure serves the download that follows. */
const RECENT_MS = 5 * 60 * 1000;
const RECENT_KEPT = 1000;
const recent = new Map<string, { at: number; probe: Promise<Probe> }>();

/**
 * probeMedia, shared with any probe of the same URL made or under way in the last few minutes (a
 * format and size do not change in that time). Lost with the worker, which then probes again.
 */
export function probeRecent(url: string, now = Date.now()): Promise<Probe> {
  const found = recent.get(url);
  if (found && now - found.at < RECENT_MS) return found.probe;
  for (const [key, entry] of recent) {
    if (now - entry.at >= RECENT_MS || recent.size >= RECENT_KEPT) recent.delete(key);
    else break;
  }
  recent.delete(url);
  const probe = probeMedia(url);
  const entry = { at: now, probe };
  recent.set(url, entry);
  // A failed probe is not kept: the next try asks the server again.
  probe.catch(() => {
    if (recent.get(url) === entry) recent.delete(url);
  });
  return probe;
}

/** Sizes for the picker's total: a few at a time, unknown where a server does not say. */
export async function measureMedia(urls: string[]): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  const queue = [...new Set(urls)].filter(isMediaUrl);
  for (const url of urls) out[url] = null;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        out[url] = (await probeRecent(url)).size;
      } catch {
        out[url] = null;
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}
