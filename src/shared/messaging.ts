/** Sending side of the protocol. Never throws: a dead worker or tab comes back as a Reply. */
import { browser, extensionContextAlive } from './browser';
import { deliver, type Reply } from './reply';
import type {
  Envelope,
  RequestOf,
  ResponseOf,
  OffscreenMessage,
  TabMessage,
  WorkerMessage,
} from './messages';

const deliverNow = <T>(send: () => Promise<unknown>) => deliver<T>(extensionContextAlive, send);

export function sendToWorker<N extends WorkerMessage>(
  type: N,
  ...[payload]: RequestOf<N> extends null ? [] : [RequestOf<N>]
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload: (payload ?? null) as RequestOf<N> };
  return deliverNow(() => browser.runtime.sendMessage(envelope));
}

export function sendToTab<N extends TabMessage>(
  tabId: number,
  type: N,
  ...[payload]: RequestOf<N> extends null ? [] : [RequestOf<N>]
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload: (payload ?? null) as RequestOf<N> };
  return deliverNow(() => browser.tabs.sendMessage(tabId, envelope));
}

/** From the worker to its offscreen document (which answers only the offscreen messages). */
export function sendToOffscreen<N extends OffscreenMessage>(
  type: N,
  payload: RequestOf<N>,
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload };
  return deliverNow(() => browser.runtime.sendMessage(envelope));
}
