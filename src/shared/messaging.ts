/** Sending side of the protocol. Never throws: a dead worker or tab comes back as a Reply. */
import { browser, extensionContextAlive } from './browser';
import {
  failure,
  type Envelope,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type OffscreenMessage,
  type TabMessage,
  type WorkerMessage,
} from './messages';

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

async function deliver<T>(send: () => Promise<unknown>): Promise<Reply<T>> {
  if (!extensionContextAlive()) return failure('unreachable', 'AliKeep was reloaded or updated.');
  try {
    const reply = await send();
    return isReply(reply) ? (reply as Reply<T>) : failure('unreachable', 'No answer.');
  } catch (error) {
    return failure('unreachable', error instanceof Error ? error.message : String(error));
  }
}

export function sendToWorker<N extends WorkerMessage>(
  type: N,
  ...[payload]: RequestOf<N> extends null ? [] : [RequestOf<N>]
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload: (payload ?? null) as RequestOf<N> };
  return deliver(() => browser.runtime.sendMessage(envelope));
}

export function sendToTab<N extends TabMessage>(
  tabId: number,
  type: N,
  ...[payload]: RequestOf<N> extends null ? [] : [RequestOf<N>]
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload: (payload ?? null) as RequestOf<N> };
  return deliver(() => browser.tabs.sendMessage(tabId, envelope));
}

/** From the worker to its offscreen document (which answers only the offscreen messages). */
export function sendToOffscreen<N extends OffscreenMessage>(
  type: N,
  payload: RequestOf<N>,
): Promise<Reply<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload };
  return deliver(() => browser.runtime.sendMessage(envelope));
}
