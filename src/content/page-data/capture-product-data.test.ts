/**
 * The `/productData` capture against stand-ins for the page's fetch, Response, Request and
 * XMLHttpRequest: the page gets exactly what the stand-ins give it, and the capture keeps only
 * the page origin's successful `/productData` answers.
 */
import { describe, expect, it } from 'vitest';
import { captureProductData, type CaptureWindow } from './capture-product-data';
import { MAX_PAGE_DATA_CHARS } from './events';
import {
  DATA_URL,
  FakeRequest,
  FakeResponse,
  fakeWindow,
  ORIGIN,
  settle,
} from './test-page-window';

const ANSWER = { data: { id: '1005006000000505', skuInfo: { propertyList: [], priceList: [] } } };

const json = (value: unknown, url = DATA_URL, status = 200) =>
  new FakeResponse(JSON.stringify(value), url, status);

describe('the fetch wrapper', () => {
  it('hands the page the very promise and response fetch gave, and keeps a copy', async () => {
    const response = json(ANSWER);
    const promise = Promise.resolve(response);
    const { win, calls, captured, texts } = fakeWindow(() => promise);
    const self = { page: true };
    const init = { method: 'GET', headers: { accept: 'application/json' } };
    const returned = win.fetch.call(self, DATA_URL, init, 'extra');
    expect(returned).toBe(promise);
    expect(calls).toEqual([{ self, args: [DATA_URL, init, 'extra'] }]);
    expect(calls[0]!.args[1]).toBe(init);
    const got = (await returned) as FakeResponse;
    expect(got).toBe(response);
    // The page reads its own body after the capture cloned it.
    expect(got.bodyUsed).toBe(false);
    expect(JSON.parse(await got.text())).toEqual(ANSWER);
    await settle();
    expect(captured).toEqual([ANSWER]);
    // The text handed to the helper is the answer's own.
    expect(texts).toEqual([JSON.stringify(ANSWER)]);
    expect(response.clones).toHaveLength(1);
  });

  it('looks like the browser’s fetch: name, length, no prototype, not a constructor', () => {
    const { win, nativeFetch } = fakeWindow(() => Promise.resolve(json(ANSWER)));
    expect(win.fetch).not.toBe(nativeFetch);
    expect(win.fetch.name).toBe('fetch');
    expect(win.fetch.length).toBe(1);
    expect(Object.hasOwn(win.fetch, 'prototype')).toBe(false);
    expect(() => new (win.fetch as unknown as new () => unknown)()).toThrow(TypeError);
  });

  it('passes a rejection and a thrown error through unchanged', async () => {
    const failure = new TypeError('Failed to fetch');
    const rejected = Promise.reject(failure);
    const { win, captured } = fakeWindow(() => rejected);
    const returned = win.fetch(DATA_URL);
    expect(returned).toBe(rejected);
    await expect(returned).rejects.toBe(failure);

    const thrown = new TypeError('Illegal invocation');
    const broken = fakeWindow(() => {
      throw thrown;
    });
    expect(() => broken.win.fetch(DATA_URL)).toThrow(thrown);
    await settle();
    expect([...captured, ...broken.captured]).toEqual([]);
  });

  it('reads the URL of a Request object, and keeps the latest answer', async () => {
    const second = { data: { ...ANSWER.data, activeSkuId: '12000000000000002' } };
    const answers = [json(ANSWER), json(second)];
    const { win, captured } = fakeWindow(() => Promise.resolve(answers.shift()));
    await win.fetch(new FakeRequest(DATA_URL));
    await win.fetch(DATA_URL);
    await settle();
    expect(captured).toEqual([ANSWER, second]);
  });

  it('does not touch the answers to other requests', async () => {
    const other = json(ANSWER, `${ORIGIN}/aer-api/v1/reviews`);
    const { win, captured } = fakeWindow(() => Promise.resolve(other));
    expect(await win.fetch(`${ORIGIN}/aer-api/v1/reviews`)).toBe(other);
    // An object the page made up is not asked for its URL: the page's code does not run.
    let asked = 0;
    const sneaky = {
      get url() {
        asked++;
        return DATA_URL;
      },
      toString() {
        asked++;
        return DATA_URL;
      },
    };
    await win.fetch(sneaky);
    await settle();
    expect(asked).toBe(0);
    expect(other.clones).toHaveLength(0);
    expect(captured).toEqual([]);
  });

  it.each([
    ['another origin', json(ANSWER, 'https://evil.example/aer-api/v1/product/1/productData')],
    ['a redirect elsewhere', json(ANSWER, `${ORIGIN}/captcha/productData/check`)],
    ['a server error', json(ANSWER, DATA_URL, 500)],
    ['not JSON', new FakeResponse('<html>Slide to verify</html>', DATA_URL)],
    ['JSON without a data object', json({ data: 'nothing', skuInfo: {} })],
    ['a JSON array', json([ANSWER])],
    ['JSON null', json(null)],
    ['an answer over the size cap', json({ data: { pad: 'x'.repeat(MAX_PAGE_DATA_CHARS) } })],
  ])('ignores %s, and the page still gets its response', async (_name, response) => {
    const { win, captured } = fakeWindow(() => Promise.resolve(response));
    expect(await win.fetch(DATA_URL)).toBe(response);
    await settle();
    expect(captured).toEqual([]);
  });

  it('keeps working with the functions it found when the page replaces them later', async () => {
    const { win, captured } = fakeWindow(() => Promise.resolve(json(ANSWER)));
    const trapped: string[] = [];
    const trap = (name: string) => () => {
      trapped.push(name);
      throw new Error(`page trap: ${name}`);
    };
    const proto = FakeResponse.prototype as unknown as Record<string, unknown>;
    const saved = Object.getOwnPropertyDescriptors(FakeResponse.prototype);
    try {
      proto['clone'] = trap('clone');
      proto['text'] = trap('text');
      Object.defineProperty(proto, 'url', { get: trap('url'), configurable: true });
      Object.defineProperty(proto, 'status', { get: trap('status'), configurable: true });
      await win.fetch(DATA_URL);
      await settle();
    } finally {
      Object.defineProperties(FakeResponse.prototype, saved);
    }
    expect(trapped).toEqual([]);
    expect(captured).toEqual([ANSWER]);
  });
});

describe('the XMLHttpRequest wrapper', () => {
  it('keeps the page’s send, its events and its answer, and copies a text answer', async () => {
    const { Xhr, captured, nativeSend } = fakeWindow(() => Promise.reject(new Error('unused')));
    expect(Xhr.prototype.send).not.toBe(nativeSend);
    expect(Xhr.prototype.send.name).toBe('send');
    expect(Xhr.prototype.send.length).toBe(0);
    const xhr = new Xhr();
    const seen: Event[] = [];
    xhr.addEventListener('load', (e) => seen.push(e));
    xhr.open('GET', DATA_URL);
    const body = { not: 'sent' };
    expect(xhr.send(body)).toBeUndefined();
    expect(xhr.sent).toEqual([[body]]);
    expect(xhr.sent[0]![0]).toBe(body);
    const text = JSON.stringify(ANSWER);
    const event = xhr.finish(200, text);
    expect(seen).toEqual([event]);
    expect(xhr.response).toBe(text);
    // Copied after the event, not during it.
    expect(captured).toEqual([]);
    await settle();
    expect(captured).toEqual([ANSWER]);
  });

  it('copies an answer the request parsed itself (responseType json)', async () => {
    const { Xhr, captured, texts } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new Xhr();
    xhr.responseType = 'json';
    xhr.open('GET', DATA_URL);
    xhr.send();
    const parsed = structuredClone(ANSWER);
    xhr.finish(200, parsed);
    await settle();
    expect(captured).toEqual([ANSWER]);
    expect(captured[0]).not.toBe(parsed);
    expect(texts.map((t) => JSON.parse(t) as unknown)).toEqual([ANSWER]);
  });

  it('passes errors of send through, and a request sent twice is read once per load', async () => {
    const { Xhr, captured } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new Xhr();
    expect(() => xhr.send()).toThrow(/not opened/);
    xhr.open('GET', DATA_URL);
    xhr.send();
    xhr.send();
    xhr.finish(200, JSON.stringify(ANSWER));
    await settle();
    expect(captured).toHaveLength(1);
  });

  it.each([
    ['another URL', `${ORIGIN}/aer-api/v1/pdp/web/freight/calculate`, 200, JSON.stringify(ANSWER)],
    ['another origin', 'https://evil.example/productData', 200, JSON.stringify(ANSWER)],
    ['a failed request', DATA_URL, 404, JSON.stringify(ANSWER)],
    ['not JSON', DATA_URL, 200, 'Slide to verify'],
    ['a binary answer', DATA_URL, 200, new ArrayBuffer(8)],
  ])('ignores %s', async (_name, url, status, body) => {
    const { Xhr, captured } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new Xhr();
    xhr.open('GET', url);
    xhr.send();
    xhr.finish(status, body);
    await settle();
    expect(captured).toEqual([]);
  });
});

it('installs nothing that is missing', () => {
  const win: CaptureWindow = { setTimeout: () => 0, location: { origin: ORIGIN } };
  expect(() => captureProductData(win, () => undefined)).not.toThrow();
  expect(win.fetch).toBeUndefined();
});
