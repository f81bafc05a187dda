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

/** Sizes for the picker's total: a few at a time, unknown where a server does not say. */
export async function measureMedia(urls: string[]): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  const queue = [...new Set(urls)].filter(isMediaUrl);
  for (const url of urls) out[url] = null;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        out[url] = (await probeMedia(url)).size;
      } catch {
        out[url] = null;
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}
