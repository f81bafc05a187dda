/**
 * Runs in the page's MAIN world (declared with `world: "MAIN"`), where `window.runParams`,
 * `window._d_c_` and friends live. It answers requests from AliKeep's isolated content script:
 * it reads the page's own objects and hands them over as JSON text. It also keeps the latest
 * `/productData` answer that aliexpress.ru's capture (capture-product-data.iife.ts, a script of
 * its own that only aliexpress.ru pages get) hands it, and says when one arrives, so the isolated
 * script reads the page again. No extension API exists here.
 *
 * It starts at document_start, so the functions it keeps are the browser's own, before any page
 * script could replace them; everything it reads from the page is untrusted and checked later.
 * After that it calls no built-in through a path the page can replace (`fn.call`, prototypes,
 * globals, iterators), and nothing it does may throw into the page, whatever the page changed.
 */
import {
  MAX_PAGE_DATA_CHARS,
  PAGE_DATA_CHANGED,
  PAGE_DATA_REPLY,
  PAGE_DATA_REQUEST,
  PRODUCT_DATA_CAPTURED,
} from './events';
import { apply, describe, parse, stringify } from './natives';

const ownKeys = Object.keys;
const isArray = Array.isArray;
const dispatch = EventTarget.prototype.dispatchEvent;
const listen = EventTarget.prototype.addEventListener;
const detailOf = describe(CustomEvent.prototype, 'detail')?.get;
const Custom = CustomEvent;
const toText = String;
const Seen = WeakSet;
const seenHas = WeakSet.prototype.has;
const seenAdd = WeakSet.prototype.add;
const doc = document;
const win = window as unknown as Record<string, unknown>;
/**
 * The latest `/productData` answer the page received (aliexpress.ru only). Whatever dispatches
 * the event can set it, the page included, as the page can set `window.runParams`: it is page data
 * like the rest, checked by the readers, and read only by aliexpress.ru's readers.
 */
let productData: object | undefined;

function field(object: unknown, key: string): unknown {
  try {
    return object !== null && typeof object === 'object'
      ? (object as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON-safe copy (drops functions and cycles); undefined when the object cannot be copied. */
function copy(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  try {
    const seen = new Seen<object>();
    const text = stringify(value, (_key, v: unknown) => {
      if (typeof v === 'function' || typeof v === 'symbol') return undefined;
      if (typeof v === 'bigint') return toText(v);
      if (v !== null && typeof v === 'object') {
        if (apply(seenHas, seen, [v])) return undefined;
        apply(seenAdd, seen, [v]);
      }
      return v;
    });
    return typeof text === 'string' && text.length <= MAX_PAGE_DATA_CHARS ? parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Each object on its own: a page getter that throws costs that object only. */
function readPageData(): Record<string, unknown> {
  const dc = field(win, '_d_c_');
  const lifeCycle = field(dc, 'lifeCycleEventList');
  const firstEvent = isArray(lifeCycle) ? field(lifeCycle, '0') : undefined;
  const out: Record<string, unknown> = {
    runParams: copy(field(win, 'runParams')),
    dcData: copy(field(dc, 'DCData')),
    mtop: copy(field(firstEvent, 'data')),
    initData: copy(field(field(win, '_dida_config_'), '_init_data_') ?? field(win, '_init_data_')),
    detailData: copy(field(win, 'detailData')),
    aerProductData: productData,
  };
  const keys = ownKeys(out);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

function answer(event: Event): void {
  const detail: unknown = detailOf ? apply(detailOf, event, []) : undefined;
  if (typeof detail !== 'string' || detail.length > 100) return;
  let json: string | null = null;
  try {
    json = stringify(readPageData());
    if (json.length > MAX_PAGE_DATA_CHARS) json = null;
  } catch {
    json = null;
  }
  const reply = new Custom(PAGE_DATA_REPLY, { detail: stringify({ nonce: detail, json }) });
  apply(dispatch, doc, [reply]);
}

function keepProductData(event: Event): void {
  const detail: unknown = detailOf ? apply(detailOf, event, []) : undefined;
  if (typeof detail !== 'string' || detail.length > MAX_PAGE_DATA_CHARS) return;
  const value: unknown = parse(detail);
  if (value === null || typeof value !== 'object') return;
  productData = value;
  apply(dispatch, doc, [new Custom(PAGE_DATA_CHANGED)]);
}

/** Listens on the document; whatever a handler meets stays with that event, never the page. */
function listenSafely(type: string, handler: (event: Event) => void): void {
  apply(listen, doc, [
    type,
    (event: Event) => {
      try {
        handler(event);
      } catch {
        // Nothing to report to: see each listener below.
      }
    },
  ]);
}

// An answer that is not JSON is dropped: the last one stays.
listenSafely(PRODUCT_DATA_CAPTURED, keepProductData);
// A request that fails goes unanswered: the isolated side times out and reads the script text.
listenSafely(PAGE_DATA_REQUEST, answer);
