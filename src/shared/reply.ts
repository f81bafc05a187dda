/**
 * What every message comes back as. Errors travel as data: no context ever has to catch a rejected
 * promise from messaging. Free of schemas and of the polyfill, so the item page's first script can
 * use it without their weight.
 */
export type ErrorCode =
  'unknown-message' | 'invalid-payload' | 'forbidden-sender' | 'handler-failed' | 'unreachable';

export type Reply<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Runs one send; a dead context, a thrown error or a foreign answer becomes a failed Reply. */
export async function deliver<T>(
  alive: () => boolean,
  send: () => Promise<unknown>,
): Promise<Reply<T>> {
  if (!alive()) return failure('unreachable', 'AliKeep was reloaded or updated.');
  try {
    const reply = await send();
    return isReply(reply) ? (reply as Reply<T>) : failure('unreachable', 'No answer.');
  } catch (error) {
    return failure('unreachable', error instanceof Error ? error.message : String(error));
  }
}
