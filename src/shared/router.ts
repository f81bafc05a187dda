/**
 * Receiving side of the protocol, for the worker and for content scripts: checks the sender, validates
 * the payload, runs the handler and turns every outcome, thrown errors included, into a Reply.
 */
import * as v from 'valibot';
import { failure, type MessageDef, type Reply, type SenderKind } from './messages';

/** The fields of runtime.MessageSender that the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

type AnyDef = MessageDef<unknown, unknown>;
export type Handlers<P extends Record<string, AnyDef>> = {
  [N in keyof P]: (
    payload: P[N] extends MessageDef<infer Req, unknown> ? Req : never,
    sender: SenderInfo,
  ) => Promise<P[N] extends MessageDef<unknown, infer Res> ? Res : never>;
};

export interface RouterEnv {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
}

function senderKindOk(kind: SenderKind, sender: SenderInfo, env: RouterEnv): boolean {
  if (sender.id !== env.extensionId) return false;
  const fromPage = sender.url?.startsWith(env.extensionOrigin) ?? false;
  const fromContent = !fromPage && typeof sender.tab?.id === 'number';
  if (kind === 'page') return fromPage;
  if (kind === 'content') return fromContent;
  return fromPage || fromContent;
}

export function createRouter<P extends Record<string, AnyDef>>(
  protocol: P,
  handlers: Handlers<P>,
  env: RouterEnv,
): (message: unknown, sender: SenderInfo) => Promise<Reply<unknown>> {
  return async (message, sender) => {
    if (typeof message !== 'object' || message === null) {
      return failure('unknown-message', 'A message must be an object with a type.');
    }
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
      return failure('unknown-message', `Unknown message type: ${String(type).slice(0, 60)}`);
    }
    const def = protocol[type] as AnyDef;
    if (!senderKindOk(def.from, sender, env)) {
      return failure('forbidden-sender', `${type} is not accepted from this sender.`);
    }
    const parsed = v.safeParse(def.request, payload);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return failure('invalid-payload', `${type}: ${issue ? issue.message : 'invalid payload'}`);
    }
    try {
      const handler = handlers[type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.output, sender) };
    } catch (error) {
      return failure('handler-failed', error instanceof Error ? error.message : String(error));
    }
  };
}
