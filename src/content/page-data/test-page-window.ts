/**
 * Stand-ins for the page's fetch, Response, Request and XMLHttpRequest, for the capture's tests:
 * each behaves like the browser's where the capture could tell the difference (getters that check
 * their object, a body that can be read once, `load` as a real event).
 */
import { captureProductData, type CaptureWindow } from './capture-product-data';

export const ORIGIN = 'https://aliexpress.ru';
export const DATA_URL = `${ORIGIN}/aer-api/v1/product/1005006000000505/productData`;

/** Settles every timer and promise the capture started. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

export class FakeResponse {
  readonly #url: string;
  readonly #status: number;
  readonly #body: string;
  bodyUsed = false;
  readonly clones: FakeResponse[] = [];
  constructor(body: string, url: string, status = 200) {
    this.#body = body;
    this.#url = url;
    this.#status = status;
  }
  get url() {
    return this.#url;
  }
  get status() {
    return this.#status;
  }
  clone(): FakeResponse {
    if (this.bodyUsed) throw new TypeError('Response body is already used');
    const copy = new FakeResponse(this.#body, this.#url, this.#status);
    this.clones.push(copy);
    return copy;
  }
  text(): Promise<string> {
    if (this.bodyUsed) return Promise.reject(new TypeError('Response body is already used'));
    this.bodyUsed = true;
    return Promise.resolve(this.#body);
  }
}

export class FakeRequest {
  readonly #url: string;
  constructor(url: string) {
    this.#url = url;
  }
  get url() {
    return this.#url;
  }
}

/** A fresh XMLHttpRequest stand-in (its prototype is patched by the capture). */
export function fakeXhrClass() {
  return class FakeXhr extends EventTarget {
    #url = '';
    #status = 0;
    #response: unknown = '';
    responseType = '';
    sent: unknown[][] = [];
    open(_method: string, url: string) {
      this.#url = url;
    }
    send(_body?: unknown): void {
      if (!this.#url) throw new DOMException('The object is not opened.', 'InvalidStateError');
      this.sent.push([...arguments]);
    }
    get responseURL() {
      return this.#url;
    }
    get status() {
      return this.#status;
    }
    get response() {
      return this.#response;
    }
    /** The browser finishing the request: the answer, then a `load` event. */
    finish(status: number, body: unknown): Event {
      this.#status = status;
      this.#response = body;
      const event = new Event('load');
      this.dispatchEvent(event);
      return event;
    }
  };
}

export function fakeWindow(answer: (input: unknown) => Promise<unknown>) {
  const calls: { self: unknown; args: unknown[] }[] = [];
  const captured: object[] = [];
  /** The JSON text handed over with each captured answer (what the MAIN-world helper gets). */
  const texts: string[] = [];
  const Xhr = fakeXhrClass();
  const win: CaptureWindow & { fetch: (...args: unknown[]) => unknown } = {
    fetch: function fetch(this: unknown, input: unknown) {
      calls.push({ self: this, args: [...arguments] });
      return answer(input);
    },
    Response: FakeResponse,
    Request: FakeRequest,
    XMLHttpRequest: Xhr,
    EventTarget,
    setTimeout: (handler, ms) => setTimeout(handler, ms),
    location: { origin: ORIGIN },
  };
  const nativeFetch = win.fetch;
  const nativeSend = Xhr.prototype.send;
  captureProductData(win, (value, json) => {
    captured.push(value);
    texts.push(json);
  });
  return { win, calls, captured, texts, Xhr, nativeFetch, nativeSend };
}

export type FakePage = ReturnType<typeof fakeWindow>;
