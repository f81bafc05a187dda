/**
 * Runs in the page's MAIN world (declared with `world: "MAIN"`), where `window.runParams`,
 * `window._d_c_` and friends live. It only answers requests from AliKeep's isolated content script:
 * it reads the page's own objects and hands them over as JSON text. No extension API exists here.
 *
 * It starts at document_start, so the functions it keeps are the browser's own, before any page
 * script could replace them; everything it reads from the page is untrusted and checked later.
 */
import { MAX_PAGE_DATA_CHARS, PAGE_DATA_REPLY, PAGE_DATA_REQUEST } from './events';

const stringify = JSON.stringify;
const parse = JSON.parse;
const dispatch = EventTarget.prototype.dispatchEvent;
const listen = EventTarget.prototype.addEventListener;
const Custom = CustomEvent;
const doc = document;
const win = window as unknown as Record<string, unknown>;

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
    const seen = new WeakSet<object>();
    const text = stringify(value, (_key, v: unknown) => {
      if (typeof v === 'function' || typeof v === 'symbol') return undefined;
      if (typeof v === 'bigint') return String(v);
      if (v !== null && typeof v === 'object') {
        if (seen.has(v)) return undefined;
        seen.add(v);
      }
      return v;
    });
    return typeof text === 'string' && text.length <= MAX_PAGE_DATA_CHARS ? parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function readPageData(): Record<string, unknown> {
  const dc = win['_d_c_'];
  const lifeCycle = field(dc, 'lifeCycleEventList');
  const firstEvent = Array.isArray(lifeCycle) ? lifeCycle[0] : undefined;
  const out: Record<string, unknown> = {
    runParams: copy(win['runParams']),
    dcData: copy(field(dc, 'DCData')),
    mtop: copy(field(firstEvent, 'data')),
    initData: copy(field(win['_dida_config_'], '_init_data_') ?? win['_init_data_']),
    detailData: copy(win['detailData']),
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

listen.call(doc, PAGE_DATA_REQUEST, (event: Event) => {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || detail.length > 100) return;
  let json: string | null = null;
  try {
    json = stringify(readPageData());
    if (json.length > MAX_PAGE_DATA_CHARS) json = null;
  } catch {
    json = null;
  }
  try {
    dispatch.call(doc, new Custom(PAGE_DATA_REPLY, { detail: stringify({ nonce: detail, json }) }));
  } catch {
    // Nothing to report to: the isolated side times out and reads the script text instead.
  }
});
