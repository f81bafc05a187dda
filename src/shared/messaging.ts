/**
 * Sending side of the protocol. Never throws: a dead worker or tab comes back as a Reply. Sends
 * through the browser's own `chrome` (native.ts), whose messaging returns promises in Chrome and
 * Firefox alike, so the light item-page script can use it without the polyfill.
 */
import { native, nativeContextAlive } from './native';
import { deliver, type Reply } from './reply';
import type {
  Envelope,
  RequestOf,
  ResponseOf,
  OffscreenMessage,
  TabMessage,
  WorkerMessage,
} from './messages';

const deliverNow = <T>(send: () => Promise<unknown>) => deliver<T>(nativeContextAlive, send);

export function sendToWorker<N extends WorkerMessage>(
  type: N,
  ...[payload]: RequestOf<N> extends null ? [] : [RequestOf<N>]
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload: (payload ?? null) as RequestOf<N> };
  return deliverNow(() => native!.runtime.sendMessage(envelope));
}

export function sendToTab<N extends TabMessage>(
  tabId: number,
  type: N,
  ...[payload]: RequestOf<N> extends null ? [] : [RequestOf<N>]
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload: (payload ?? null) as RequestOf<N> };
  return deliverNow(() => native!.tabs.sendMessage(tabId, envelope));
}

/** From the worker to its offscreen document (which answers only the offscreen messages). */
export function sendToOffscreen<N extends OffscreenMessage>(
  type: N,
  payload: RequestOf<N>,
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload };
  return deliverNow(() => native!.runtime.sendMessage(envelope));
}
