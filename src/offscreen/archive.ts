/**
 * Builds one ZIP (stored, not deflated: media does not compress) from media URLs, streaming each
 * file into the archive and the archive into Blob parts, so memory holds two reused buffers (one
 * read, one Blob part being filled) and the browser's blob store keeps the rest.
 */
import { createZipWriter } from '../download/zip-stream';
import { finalizePath } from '../download/plan';
import { SNIFF_BYTES, sniffFormat } from '../download/sniff';
import { byteChunks, createReadBuffers, type ByteChunks } from './byte-chunks';
import { convertImage } from './convert';
import { fetchMedia } from './fetch-media';
import { createStagingBuffer } from './staging-buffer';

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

/** The archive goes into Blob parts of this size, so the blob store holds few parts. */
const PART_BYTES = 1024 * 1024;

export async function buildArchive(
  entries: ArchiveEntry[],
  onProgress: (done: number, bytes: number) => void,
): Promise<ArchiveResult> {
  const parts: Blob[] = [];
  // The zip writer's chunks are views of the read buffer, reused by the next read: the staging
  // buffer copies them at once, and each full part is copied again into a Blob.
  const staging = createStagingBuffer(PART_BYTES, (bytes) => parts.push(new Blob([bytes])));
  const zip = createZipWriter((chunk) => staging.write(chunk));
  const buffers = createReadBuffers();
  const failed: ArchiveResult['failed'] = [];
  const names = new Set<string>();
  let done = 0;
  for (const entry of entries) {
    let body: ByteChunks | undefined;
    try {
      const response = await fetchMedia(entry.url);
      body = byteChunks(response.body, buffers);
      const format = sniffFormat(await body.peek(SNIFF_BYTES), entry.url);
      if (entry.convert && (format.ext === 'webp' || format.ext === 'avif') && !format.animated) {
        const original: Blob[] = [];
        for await (const chunk of body) original.push(new Blob([chunk]));
        const converted = await convertImage(new Blob(original), entry.convert, entry.quality);
        const name = unique(names, finalizePath(entry, entry.convert === 'jpeg' ? 'jpg' : 'png'));
        await zip.add(name, byteChunks(converted.stream(), buffers));
      } else {
        await zip.add(unique(names, finalizePath(entry, format.ext)), body);
      }
      done++;
      onProgress(done, zip.bytesWritten);
    } catch (error) {
      failed.push({
        url: entry.url,
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      await body?.cancel(); // a no-op once the body was read to its end
    }
  }
  await zip.finish();
  staging.flush();
  return { blob: new Blob(parts, { type: 'application/zip' }), failed };
}

function unique(names: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; names.has(candidate.toLowerCase()); n++) {
    candidate = name.replace(/(\.[^./]+)?$/, ` (${n})$1`);
  }
  names.add(candidate.toLowerCase());
  return candidate;
}
