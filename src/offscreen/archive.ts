/**
 * Builds one ZIP (stored, not deflated: media does not compress) from media URLs, streaming each
 * file into the archive and the archive into Blob parts, so memory holds a few chunks at a time
 * and the browser's blob store keeps the rest.
 */
import { createZipWriter } from '../download/zip-stream';
import { finalizePath } from '../download/plan';
import { sniffFormat } from '../download/sniff';
import { convertImage } from './convert';
import { fetchMedia } from './fetch-media';

export interface ArchiveEntry {
  url: string;
  stem: string;
  convert: 'jpeg' | 'png' | null;
  quality: number;
}

export interface ArchiveResult {
  blob: Blob;
  failed: { url: string; error: string }[];
}

/** Parts are folded into a Blob every MB or so, so the chunks themselves do not pile up. */
const FOLD_BYTES = 1024 * 1024;

async function* streamOf(response: Response): AsyncIterable<Uint8Array> {
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (value) yield value;
  }
}

export async function buildArchive(
  entries: ArchiveEntry[],
  onProgress: (done: number, bytes: number) => void,
): Promise<ArchiveResult> {
  const blobs: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const fold = () => {
    if (pending.length) blobs.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  const zip = createZipWriter((chunk) => {
    // No copy: the chunks are fresh fetch reads, fresh conversions or fflate's own output, which
    // nothing writes to again, and the Blob copies them when the parts are folded.
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= FOLD_BYTES) fold();
  });
  const failed: ArchiveResult['failed'] = [];
  const names = new Set<string>();
  let done = 0;
  for (const entry of entries) {
    try {
      const response = await fetchMedia(entry.url);
      let name: string;
      // Peek at the first bytes through a tee so the rest still streams.
      const [head, body] = response.body!.tee();
      const first = await head.getReader().read();
      const format = sniffFormat(first.value ?? new Uint8Array(), entry.url);
      void head.cancel().catch(() => undefined);
      const stream = new Response(body);
      if (entry.convert && (format.ext === 'webp' || format.ext === 'avif') && !format.animated) {
        const converted = await convertImage(await stream.blob(), entry.convert, entry.quality);
        name = finalizePath(entry, entry.convert === 'jpeg' ? 'jpg' : 'png');
        name = unique(names, name);
        await zip.add(name, new Uint8Array(await converted.arrayBuffer()));
      } else {
        name = unique(names, finalizePath(entry, format.ext));
        await zip.add(name, streamOf(stream));
      }
      done++;
      onProgress(done, zip.bytesWritten);
    } catch (error) {
      failed.push({
        url: entry.url,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  await zip.finish();
  fold();
  return { blob: new Blob(blobs, { type: 'application/zip' }), failed };
}

function unique(names: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; names.has(candidate.toLowerCase()); n++) {
    candidate = name.replace(/(\.[^./]+)?$/, ` (${n})$1`);
  }
  names.add(candidate.toLowerCase());
  return candidate;
}
