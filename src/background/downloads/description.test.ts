import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../../extract/model';
import { addDescriptionImages, MAX_DESCRIPTION_BYTES, readDescription } from './description';

const DESC =
  'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005001000000101&key=x&token=1';
const KF = 'https://ae01.alicdn.com/kf/';

/** A fetch that answers every request with `body` and records what it was asked. */
function serve(body: BodyInit | null, init: ResponseInit = {}) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(body, init));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readDescription', () => {
  it('refuses a foreign host without sending any request', async () => {
    const fetch = serve('<img src="https://ae01.alicdn.com/kf/Sx0000000001.jpg">');
    expect(await readDescription('https://tracker.example/desc.htm?productId=1')).toEqual({
      ok: false,
      problem: 'host',
    });
    expect(await readDescription('https://www.aliexpress.com/item/1.html')).toEqual({
      ok: false,
      problem: 'host',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks without cookies, refuses redirects, and reads the images', async () => {
    const fetch = serve(`<p><img src="${KF}Sdesc00000001.jpg_640x640.jpg"></p>`, {
      headers: { 'content-type': 'text/html' },
    });
    expect(await readDescription(DESC)).toEqual({ ok: true, images: [`${KF}Sdesc00000001.jpg`] });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(DESC);
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'error' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('says what went wrong: the server status, no answer, an unknown form', async () => {
    serve('Not Found', { status: 404 });
    expect(await readDescription(DESC)).toEqual({ ok: false, problem: 'status', status: 404 });

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await readDescription(DESC)).toEqual({ ok: false, problem: 'network' });

    serve('{"success":false}');
    expect(await readDescription(DESC)).toEqual({ ok: false, problem: 'shape' });
  });

  it('stops reading past the size cap, whether or not the server says the length', async () => {
    serve('x', { headers: { 'content-length': String(MAX_DESCRIPTION_BYTES + 1) } });
    expect(await readDescription(DESC)).toEqual({ ok: false, problem: 'too-large' });

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(60));
      },
    });
    serve(endless);
    expect(await readDescription(DESC)).toEqual({ ok: false, problem: 'too-large' });
    expect(pulled * 64 * 1024).toBeLessThan(MAX_DESCRIPTION_BYTES + 3 * 64 * 1024);
  });
});

describe('addDescriptionImages', () => {
  const product: Product = {
    id: '1005001000000101',
    site: 'aliexpress',
    url: 'https://www.aliexpress.com/item/1005001000000101.html',
    generation: 'module',
    media: [{ kind: 'gallery', url: `${KF}Sgallery00001.jpg` }],
    variants: [],
    descriptionUrl: DESC,
  };

  it('adds the description images the gallery does not already show', async () => {
    serve(`<img src="${KF}Sgallery00001.jpg_220x220.jpg"><img src="${KF}Sdesc00000001.png">`);
    const full = await addDescriptionImages(product);
    expect(full.media).toEqual([
      { kind: 'gallery', url: `${KF}Sgallery00001.jpg` },
      { kind: 'description', url: `${KF}Sdesc00000001.png` },
    ]);
  });

  it('leaves the product as it is when the description cannot be read or was read already', async () => {
    serve('gone', { status: 410 });
    expect(await addDescriptionImages(product)).toBe(product);
    const fetch = serve('<p></p>');
    const read: Product = {
      ...product,
      media: [...product.media, { kind: 'description', url: `${KF}Sdesc00000001.png` }],
    };
    expect(await addDescriptionImages(read)).toBe(read);
    const { descriptionUrl: _none, ...without } = product;
    expect(await addDescriptionImages(without)).toBe(without);
    expect(fetch).not.toHaveBeenCalled();
  });
});
