/**
 * The one message protocol. Every request names its sender kind, the schema its payload must pass,
 * and (as a type) its response. The worker validates each payload against this table before any
 * handler runs; handlers are typed against it, so a message without a handler fails to compile.
 */
import * as v from 'valibot';
import { settingsPatchSchema } from '../settings/defaults';
import type { StoredSettings } from '../settings/stored';
import { noticeKinds, type NoticeKind } from '../settings/notices';
import type { FailureReason } from '../extract/model';
import type { ProductSummary } from '../content/product-summary';
import { productSchema } from './product-schema';
import type { DownloadProgress } from '../background/downloads/job';
import type { DescriptionResult } from '../background/downloads/description';
import type {
  ImportOutcome,
  PriceView,
  RecordResult,
  WatchlistPage,
} from '../background/prices/price-service';
import type { Watch } from '../prices/alert-rules';
import type { SyncStatus } from '../background/sync/sync-service';
import {
  consentAnswerSchema,
  eraseRequestSchema,
  type ConsentAnswer,
  type ConsentSummary,
  type EraseRequest,
  type EraseResult,
} from '../consent/privacy-messages';

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
const itemIdSchema = v.pipe(v.string(), v.regex(/^\d{1,20}$/));
const currencySchema = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
const jobIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{6,64}$/));
const count = v.pipe(v.number(), v.minValue(0));
const downloadProgressSchema = v.object({
  jobId: jobIdSchema,
  productId: v.pipe(v.string(), v.maxLength(40)),
  state: v.picklist(['running', 'done', 'cancelled']),
  total: count,
  done: count,
  bytes: count,
  archive: v.boolean(),
  failed: v.pipe(
    v.array(
      v.object({
        key: v.pipe(v.string(), v.maxLength(100)),
        name: v.pipe(v.string(), v.maxLength(2000)),
        error: v.pipe(v.string(), v.maxLength(2000)),
      }),
    ),
    v.maxLength(2000),
  ),
}) satisfies v.GenericSchema<unknown, DownloadProgress>;

/** Messages handled by the service worker. */
export const workerProtocol = {
  getSettings: message<null, StoredSettings>('ours', none),
  updateSettings: message<v.InferOutput<typeof settingsPatchSchema>, StoredSettings>(
    'ours',
    settingsPatchSchema,
  ),
  resetSettings: message<null, StoredSettings>('page', none),
  /** The options page's "dismiss" on a notice about stored data (src/settings/notices.ts). */
  dismissNotice: message<{ kind: NoticeKind }, null>(
    'page',
    v.object({ kind: v.picklist(noticeKinds) }),
  ),
  /** Saves the chosen media of a product (all of them with 'all'), by the download settings. */
  startDownload: message<
    { product: v.InferOutput<typeof productSchema>; selection: 'all' | string[] },
    { jobId: string; files: number }
  >(
    'ours',
    v.object({
      product: productSchema,
      selection: v.union([
        v.literal('all'),
        v.pipe(v.array(v.pipe(v.string(), v.maxLength(2048))), v.maxLength(2000)),
      ]),
    }),
  ),
  cancelDownload: message<{ jobId: string }, null>('ours', v.object({ jobId: jobIdSchema })),
  /** Tries the failed files of a download again. */
  retryDownload: message<{ jobId: string }, null>('ours', v.object({ jobId: jobIdSchema })),
  getDownload: message<{ jobId: string }, DownloadProgress | null>(
    'ours',
    v.object({ jobId: jobIdSchema }),
  ),
  /** File sizes (bytes, or null when unknown) of media on the declared media hosts. */
  measureMedia: message<{ urls: string[] }, Record<string, number | null>>(
    'ours',
    v.object({
      urls: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2048))), v.maxLength(500)),
    }),
  ),
  /**
   * The picker, when it opens: the image addresses of the product's description document. Only
   * declared description hosts are asked (background/downloads/description.ts).
   */
  readDescription: message<{ url: string }, DescriptionResult>(
    'content',
    v.object({ url: v.pipe(v.string(), v.maxLength(2048)) }),
  ),
  /** The item page's first script asks for the panel app (picker, price panel, menu) in its tab. */
  loadPanelApp: message<null, null>('content', none),
  /** A content script reports the prices its page shows; kept only with price history on. */
  recordPrices: message<{ product: v.InferOutput<typeof productSchema> }, RecordResult>(
    'content',
    v.object({ product: productSchema }),
  ),
  getPriceView: message<
    {
      itemId: string;
      variantId: string;
      currency: string;
      range: '1M' | '3M' | '1Y' | 'All';
      claim?: { original?: number; discountPercent?: number };
    },
    PriceView
  >(
    'ours',
    v.object({
      itemId: itemIdSchema,
      variantId: v.pipe(v.string(), v.maxLength(200)),
      currency: currencySchema,
      range: v.picklist(['1M', '3M', '1Y', 'All']),
      claim: v.optional(
        v.object({
          original: v.optional(v.pipe(v.number(), v.finite())),
          discountPercent: v.optional(v.pipe(v.number(), v.finite())),
        }),
      ),
    }),
  ),
  watchItem: message<
    {
      itemId: string;
      variantId: string;
      currency: string;
      rule: { kind: 'target'; price: number } | { kind: 'drop'; percent: number };
      alertOnRise: boolean;
    },
    Watch
  >(
    'ours',
    v.object({
      itemId: itemIdSchema,
      variantId: v.pipe(v.string(), v.maxLength(200)),
      currency: currencySchema,
      rule: v.variant('kind', [
        v.object({
          kind: v.literal('target'),
          price: v.pipe(v.number(), v.finite(), v.minValue(0)),
        }),
        v.object({
          kind: v.literal('drop'),
          percent: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(99)),
        }),
      ]),
      alertOnRise: v.boolean(),
    }),
  ),
  unwatchItem: message<{ itemId: string }, null>('ours', v.object({ itemId: itemIdSchema })),
  /** The popup was opened: the alerts it lists are seen, the badge clears. */
  alertsSeen: message<null, null>('page', none),
  /** The newest `limit` watches (the popup asks for more as the shopper scrolls on). */
  getWatchlist: message<{ limit: number }, WatchlistPage>(
    'ours',
    v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)) }),
  ),
  /** Whether to offer browser notifications for price alerts (on, not allowed, not declined). */
  getNotificationOffer: message<null, boolean>('ours', none),
  /** The price panel's "Also notify me in the browser": opens the window that asks. */
  askForNotifications: message<null, null>('content', none),
  /** The price panel's "privacy settings" button (content scripts cannot open extension pages). */
  openPrivacySettings: message<null, null>('content', none),
  /** The price history as the text of a file (export-format.ts). */
  exportPriceHistory: message<{ format: 'json' | 'csv' }, string>(
    'page',
    v.object({ format: v.picklist(['json', 'csv']) }),
  ),
  /** Merges the text of a JSON or CSV export into the price history. */
  importPriceHistory: message<{ text: string }, ImportOutcome>(
    'page',
    v.object({ text: v.pipe(v.string(), v.maxLength(50_000_000)) }),
  ),
  /** The consent page's answer, or one switch of the privacy center (src/consent). */
  saveConsent: message<ConsentAnswer, ConsentSummary>('page', consentAnswerSchema),
  /** The privacy center shows how sync stands: what fits in the synced copy, the last failure. */
  getSyncStatus: message<null, SyncStatus>('page', none),
  /** The privacy center deletes one kind of data, or everything. */
  deleteData: message<EraseRequest, EraseResult>('page', eraseRequestSchema),
  /** The offscreen document reports how far it got with an archive. */
  archiveProgress: message<{ jobId: string; done: number; bytes: number }, null>(
    'page',
    v.object({
      jobId: jobIdSchema,
      done: v.pipe(v.number(), v.integer(), v.minValue(0)),
      bytes: v.pipe(v.number(), v.minValue(0)),
    }),
  ),
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
  /** The worker tells the tab how its download is going. */
  downloadProgress: message<DownloadProgress, null>('page', downloadProgressSchema),
  /** The popup's "download all". */
  startDownloadAll: message<null, { jobId: string; files: number }>('page', none),
};

/** Messages handled by the offscreen document (sent by the worker). */
export const offscreenProtocol = {
  offscreenConvert: message<
    { url: string; format: 'jpeg' | 'png'; quality: number },
    { blobUrl: string; bytes: number; mime: string }
  >(
    'page',
    v.object({
      url: v.pipe(v.string(), v.maxLength(2048)),
      format: v.picklist(['jpeg', 'png']),
      quality: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1)),
    }),
  ),
  offscreenZip: message<
    {
      jobId: string;
      entries: { url: string; stem: string; convert: 'jpeg' | 'png' | null; quality: number }[];
    },
    { blobUrl: string; bytes: number; failed: { url: string; error: string }[] }
  >(
    'page',
    v.object({
      jobId: jobIdSchema,
      entries: v.pipe(
        v.array(
          v.object({
            url: v.pipe(v.string(), v.maxLength(2048)),
            stem: v.pipe(v.string(), v.maxLength(1000)),
            convert: v.nullable(v.picklist(['jpeg', 'png'])),
            quality: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1)),
          }),
        ),
        v.maxLength(2000),
      ),
    }),
  ),
  offscreenRevoke: message<{ blobUrl: string }, null>(
    'page',
    v.object({ blobUrl: v.pipe(v.string(), v.startsWith('blob:chrome-extension://')) }),
  ),
};

type Protocol = typeof workerProtocol & typeof tabProtocol & typeof offscreenProtocol;
export type MessageName = keyof Protocol;
export type WorkerMessage = keyof typeof workerProtocol;
export type TabMessage = keyof typeof tabProtocol;
export type OffscreenMessage = keyof typeof offscreenProtocol;
export type RequestOf<N extends MessageName> =
  Protocol[N] extends MessageDef<infer Req, unknown> ? Req : never;
export type ResponseOf<N extends MessageName> =
  Protocol[N] extends MessageDef<unknown, infer Res> ? Res : never;

/** What travels over runtime messaging. */
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: RequestOf<N>;
}

export { failure, type ErrorCode, type Reply } from './reply';
