/**
 * aliexpress.ru serves its variants, their names, images and prices only in the answer to its own
 * request to `…/productData`; the served HTML has none of them. AliKeep sends no request of its
 * own (the site's API is signed and answers scripts with captchas): it keeps a copy of the answer
 * the page receives. `fetch` and `XMLHttpRequest.prototype.send` are wrapped so that the page gets
 * the very same promise, response and events as without AliKeep; the copy is read from a clone of
 * the response, or once the request has loaded, and only from the page's own origin.
 *
 * Installed at document_start in the MAIN world, where the functions it keeps are still the
 * browser's own. After that it calls no built-in through a path the page can replace, and nothing
 * it does throws into the page. Watching a fetch marks its promise as handled, as any `.then` does:
 * that is why only requests for a `/productData` URL are watched.
 */
import { MAX_PAGE_DATA_CHARS } from './events';
import { apply, describe, parse, stringify } from './natives';
import { isProductDataUrl } from './product-data-url';

/** The parts of the page's window the capture wraps and keeps; a test passes fakes. */
export interface CaptureWindow {
  fetch?: unknown;
  XMLHttpRequest?: { prototype: object };
  Response?: { prototype: object };
  Request?: { prototype: object };
  EventTarget?: { prototype: object };
  setTimeout(handler: () => void, ms: number): unknown;
  location: { origin: string };
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** A getter or method of `proto`, looked up now (while it is the browser's own). */
function own(proto: object | undefined, key: string): unknown {
  const d = proto && describe(proto, key);
  return d && (d.get ?? d.value);
}

/** `fn` called on `target`; undefined when it throws (not the right kind of object, say). */
function read(fn: unknown, target: unknown, args: unknown[] = []): unknown {
  try {
    return apply(fn as Method, target, args);
  } catch {
    return undefined;
  }
}

/**
 * Wraps the window's `fetch` and `XMLHttpRequest.prototype.send`; `onCapture` gets each
 * `/productData` answer that is JSON with a `data` object, and its JSON text, asynchronously,
 * after the page got it.
 */
export function captureProductData(
  win: CaptureWindow,
  onCapture: (value: object, json: string) => void,
): void {
  const origin = win.location.origin;
  const defer = win.setTimeout;
  const response = win.Response?.prototype;
  const [responseUrl, responseStatus, clone, text] = ['url', 'status', 'clone', 'text'].map((k) =>
    own(response, k),
  );
  const requestUrl = own(win.Request?.prototype, 'url');
  const xhr = win.XMLHttpRequest?.prototype;
  const [xhrUrl, xhrStatus, xhrResponse, send] = ['responseURL', 'status', 'response', 'send'].map(
    (k) => own(xhr, k),
  );
  const listen = own(win.EventTarget?.prototype, 'addEventListener');

  /** The answer came from the page's own origin's `/productData`, and was a success. */
  const isCaptured = (url: unknown, status: unknown) =>
    (status as number) >= 200 && (status as number) < 300 && isProductDataUrl(url, origin);

  /** The answer as text, or the object an XHR parsed; kept when it is JSON with a `data` object. */
  const accept = (body: unknown) => {
    try {
      const json = typeof body === 'string' ? body : stringify(body);
      if (typeof json !== 'string' || json.length > MAX_PAGE_DATA_CHARS) return;
      const value: unknown = parse(json);
      const data = (value as { data?: unknown } | null)?.data;
      if (typeof data === 'object' && data) onCapture(value as object, json);
    } catch {
      // Not JSON: the page keeps what it got, AliKeep keeps nothing.
    }
  };

  const nativeFetch = win.fetch;
  if (typeof nativeFetch === 'function') {
    win.fetch = {
      // A method, as the browser's is: no prototype, not a constructor, named `fetch`, length 1.
      fetch(this: unknown, input: unknown) {
        const promise = apply(nativeFetch as Method, this, arguments);
        if (isProductDataUrl(typeof input === 'string' ? input : read(requestUrl, input))) {
          void (async () => {
            try {
              // Registered before the page's own reactions: the body is cloned before it is read.
              const answer = await promise;
              if (!isCaptured(read(responseUrl, answer), read(responseStatus, answer))) return;
              accept(await read(text, read(clone, answer)));
            } catch {
              // The request failed: the page sees that on its own promise.
            }
          })();
        }
        return promise;
      },
    }.fetch;
  }

  // One listener for every request: adding it again to the same request adds nothing.
  function onLoad(this: unknown) {
    if (!isCaptured(read(xhrUrl, this), read(xhrStatus, this))) return;
    const body = read(xhrResponse, this);
    read(defer, undefined, [() => accept(body), 0]);
  }

  if (xhr && typeof send === 'function') {
    (xhr as { send: unknown }).send = {
      send(this: unknown): unknown {
        read(listen, this, ['load', onLoad]);
        return apply(send as Method, this, arguments);
      },
    }.send;
  }
}
