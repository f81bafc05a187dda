/** The worker's blob sender for this browser: the offscreen document (Chrome) or in place (Firefox). */
import { createBlobTasks, type ArchiveProgress, type BlobTasks } from '../../offscreen/blob-tasks';
import { sendToOffscreen } from '../../shared/messaging';
import { blobSender, chooseBlobRoute, type BlobSend } from './blob-route';
import { ensureOffscreen } from './offscreen-client';

export function createBlobHands(onArchiveProgress: (progress: ArchiveProgress) => void): BlobSend {
  const offscreen: typeof chrome.offscreen | undefined =
    typeof chrome === 'undefined' ? undefined : chrome.offscreen;
  const route = chooseBlobRoute({
    offscreen,
    createObjectURL: typeof URL === 'undefined' ? undefined : URL.createObjectURL,
  });
  let tasks: BlobTasks | undefined;
  return blobSender(route, {
    // Only called on the offscreen route, which exists only when the namespace does.
    ensureOffscreen: () => ensureOffscreen(offscreen!),
    sendToOffscreen,
    inPlace: () => (tasks ??= createBlobTasks(onArchiveProgress)),
  });
}
