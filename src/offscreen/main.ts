/**
 * The offscreen document: the worker's hands for blobs. It converts images and builds archives,
 * and keeps the object URLs alive until the worker says the download finished.
 */
import { browser, type Runtime } from '../shared/browser';
import { offscreenProtocol } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { createRouter } from '../shared/router';
import { buildArchive } from './archive';
import { convertImage } from './convert';
import { fetchMedia } from './fetch-media';

const live = new Set<string>();

const route = createRouter(
  offscreenProtocol,
  {
    offscreenConvert: async ({ url, format, quality }) => {
      const source = await (await fetchMedia(url)).blob();
      const blob = await convertImage(source, format, quality);
      const blobUrl = URL.createObjectURL(blob);
      live.add(blobUrl);
      return { blobUrl, bytes: blob.size, mime: blob.type };
    },
    offscreenZip: async ({ jobId, entries }) => {
      let last = 0;
      const { blob, failed } = await buildArchive(entries, (done, bytes) => {
        // A few updates a second at most.
        if (Date.now() - last < 200 && done < entries.length) return;
        last = Date.now();
        void sendToWorker('archiveProgress', { jobId, done, bytes });
      });
      const blobUrl = URL.createObjectURL(blob);
      live.add(blobUrl);
      return { blobUrl, bytes: blob.size, failed };
    },
    offscreenRevoke: async ({ blobUrl }) => {
      if (live.delete(blobUrl)) URL.revokeObjectURL(blobUrl);
      return null;
    },
  },
  { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') },
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Messages for the worker pass by here too: answer only our own, stay silent on the rest.
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(offscreenProtocol, type)) return undefined;
  return route(message, sender);
});
