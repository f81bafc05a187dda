/** The worker's blob sender for this browser: the offscreen document (Chrome) or in place (Firefox). */
import { createBlobTasks, type ArchiveProgress, type BlobTasks } from '../../offscreen/blob-tasks';
import { sendToOffscreen } from '../../shared/messaging';
import { blobSender, chooseBlobRoute, type BlobSend } from './blob-route';
import { ensureOffscreen } from './offscreen-client';

export function createBlobHands(onArchiveProgress: (progress: ArchiveProgress) => void): BlobSend {
  const route = chooseBlobRoute({
    offscreen: typeof chrome === 'undefined' ? undefined : chrome.offscreen,
    createObjectURL: typeof URL === 'undefined' ? undefined : URL.createObjectURL,
  });
  let tasks: BlobTasks | undefined;
  return blobSender(route, {
    ensureOffscreen,
    sendToOffscreen,
    inPlace: () => (tasks ??= createBlobTasks(onArchiveProgress)),
  });
}
