/**
 * The offscreen document: the Chrome worker's hands for blobs. It answers the offscreen messages
 * with the shared blob tasks and reports archive progress back to the worker.
 */
import { browser, type Runtime } from '../shared/browser';
import { offscreenProtocol } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { createRouter } from '../shared/router';
import { createBlobTasks } from './blob-tasks';

const route = createRouter(
  offscreenProtocol,
  createBlobTasks((progress) => void sendToWorker('archiveProgress', progress)),
  { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') },
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Messages for the worker pass by here too: answer only our own, stay silent on the rest.
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(offscreenProtocol, type)) return undefined;
  return route(message, sender);
});
