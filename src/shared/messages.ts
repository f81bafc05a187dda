/**
 * The one message protocol. Every request names its sender kind, the schema its payload must pass,
 * and (as a type) its response. The worker validates each payload against this table before any
 * handler runs; handlers are typed against it, so a message without a handler fails to compile.
 */
import * as v from 'valibot';
import { settingsPatchSchema } from '../settings/defaults';
import type { StoredSettings } from '../settings/stored';
import type { FailureReason } from '../extract/model';
import type { ProductSummary } from '../content/product-summary';

/**
 * Who may send a message: 'page' = one of our extension pages (popup, options), 'content' = our content
 * script in a tab, 'ours' = either.
 */
export type SenderKind = 'page' | 'content' | 'ours';

export interface MessageDef<Req, Res> {
  from: SenderKind;
  request: v.GenericSchema<unknown, Req>;
  /** Type-only: the response the handler returns. */
  response?: Res;
}

function message<Req, Res>(
  from: SenderKind,
  request: v.GenericSchema<unknown, Req>,
): MessageDef<Req, Res> {
  return { from, request };
}

const none = v.optional(v.null(), null);

/** Messages handled by the service worker. */
export const workerProtocol = {
  getSettings: message<null, StoredSettings>('ours', none),
  updateSettings: message<v.InferOutput<typeof settingsPatchSchema>, StoredSettings>(
    'ours',
    settingsPatchSchema,
  ),
  resetSettings: message<null, StoredSettings>('page', none),
};

/** What an item page's content script reports to the popup. */
export interface PageStatus {
  item: { site: 'aliexpress' | 'alibaba'; id: string; siteId: string } | null;
  panelShown: boolean;
  /** What the page reader found, once it has read the page. */
  product: ProductSummary | null;
  /** Why the page could not be read, when it could not. */
  failure: { reason: FailureReason; message: string } | null;
}

/** Messages handled by the content script of a tab (sent with tabs.sendMessage). */
export const tabProtocol = {
  getPageStatus: message<null, PageStatus>('page', none),
};

type Protocol = typeof workerProtocol & typeof tabProtocol;
export type MessageName = keyof Protocol;
export type WorkerMessage = keyof typeof workerProtocol;
export type TabMessage = keyof typeof tabProtocol;
export type RequestOf<N extends MessageName> =
  Protocol[N] extends MessageDef<infer Req, unknown> ? Req : never;
export type ResponseOf<N extends MessageName> =
  Protocol[N] extends MessageDef<unknown, infer Res> ? Res : never;

/** What travels over runtime messaging. */
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: RequestOf<N>;
}

export type ErrorCode =
  'unknown-message' | 'invalid-payload' | 'forbidden-sender' | 'handler-failed' | 'unreachable';

/** Errors travel as data: no context ever has to catch a rejected promise from messaging. */
export type Reply<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
