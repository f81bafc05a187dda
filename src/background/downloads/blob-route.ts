/**
 * Where the worker's blob work runs. Chrome's service worker has no URL.createObjectURL, so it hands
 * the work to an offscreen document; Firefox has no chrome.offscreen, but its background is an event
 * page with a DOM that does the same work itself. The choice is made by feature detection, not by
 * browser name, so a browser that gains either API takes the matching road.
 */
import {
  failure,
  type OffscreenMessage,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../../shared/messages';
import type { BlobTasks } from '../../offscreen/blob-tasks';

export type BlobRoute = 'offscreen' | 'in-place';

/** What the background context offers, as found on its globals. */
export interface BlobCapabilities {
  /** `chrome.offscreen`, where the browser has it. */
  offscreen: unknown;
  /** `URL.createObjectURL`, which pages have and service workers lack. */
  createObjectURL: unknown;
}

/** The offscreen document when the browser has one; the background itself when it can make blob URLs. */
export function chooseBlobRoute(found: BlobCapabilities): BlobRoute | null {
  const offscreen = found.offscreen as { createDocument?: unknown } | null | undefined;
  if (typeof offscreen?.createDocument === 'function') return 'offscreen';
  if (typeof found.createObjectURL === 'function') return 'in-place';
  return null;
}

export type BlobSend = <N extends OffscreenMessage>(
  type: N,
  payload: RequestOf<N>,
) => Promise<Reply<ResponseOf<N>>>;

export interface BlobRouteDeps {
  /** Opens the offscreen document unless it is open. */
  ensureOffscreen(): Promise<void>;
  sendToOffscreen: BlobSend;
  /** The blob tasks of this context, made on first use. */
  inPlace(): BlobTasks;
}

export const NO_BLOB_ROUTE =
  'This browser can neither open an offscreen document nor make files in the background.';

/** One way to ask for blob work, whichever road it takes; errors come back as data. */
export function blobSender(route: BlobRoute | null, deps: BlobRouteDeps): BlobSend {
  if (route === 'offscreen') {
    return async (type, payload) => {
      // Revoking needs no document: if it is gone, its object URLs went with it.
      if (type !== 'offscreenRevoke') await deps.ensureOffscreen();
      return deps.sendToOffscreen(type, payload);
    };
  }
  if (route === 'in-place') {
    return async <N extends OffscreenMessage>(type: N, payload: RequestOf<N>) => {
      try {
        const task = deps.inPlace()[type] as (p: RequestOf<N>) => Promise<ResponseOf<N>>;
        return { ok: true as const, value: await task(payload) };
      } catch (error) {
        return failure('handler-failed', error instanceof Error ? error.message : String(error));
      }
    };
  }
  return async () => failure('unreachable', NO_BLOB_ROUTE);
}
