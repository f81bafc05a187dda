/**
 * The blob work behind downloads: an image converted to JPEG or PNG, media packed into one ZIP, and
 * each object URL kept alive until the worker says its download finished. Chrome runs this in the
 * offscreen document (its service worker cannot make object URLs); Firefox's background is an event
 * page with a DOM and runs it in place. Both answer the offscreen messages with these functions.
 */
import type { OffscreenMessage, RequestOf, ResponseOf } from '../shared/messages';
import { buildArchive } from './archive';
import { convertImage } from './convert';
import { fetchMedia } from './fetch-media';

export type BlobTasks = {
  [N in OffscreenMessage]: (payload: RequestOf<N>) => Promise<ResponseOf<N>>;
};

export interface ArchiveProgress {
  jobId: string;
  done: number;
  bytes: number;
}

/** Progress updates go out a few times a second at most, and always for the last file. */
const PROGRESS_INTERVAL_MS = 200;

export function createBlobTasks(reportProgress: (progress: ArchiveProgress) => void): BlobTasks {
  const live = new Set<string>();
  const keep = (blob: Blob) => {
    const blobUrl = URL.createObjectURL(blob);
    live.add(blobUrl);
    return blobUrl;
  };
  return {
    offscreenConvert: async ({ url, format, quality }) => {
      const source = await (await fetchMedia(url)).blob();
      const blob = await convertImage(source, format, quality);
      return { blobUrl: keep(blob), bytes: blob.size, mime: blob.type };
    },
    offscreenZip: async ({ jobId, entries }) => {
      let last = 0;
      const { blob, failed } = await buildArchive(entries, (done, bytes) => {
        if (Date.now() - last < PROGRESS_INTERVAL_MS && done < entries.length) return;
        last = Date.now();
        reportProgress({ jobId, done, bytes });
      });
      return { blobUrl: keep(blob), bytes: blob.size, failed };
    },
    offscreenRevoke: async ({ blobUrl }) => {
      if (live.delete(blobUrl)) URL.revokeObjectURL(blobUrl);
      return null;
    },
  };
}
