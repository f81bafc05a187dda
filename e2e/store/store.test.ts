/**
 * The offline store serves what the real site serves: every page generation readable by the page
 * reader with the catalog's values, originals and distinct thumbnails, prices that tests can move.
 */
import { request } from 'node:https';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProduct } from '../../src/extract/index';
import { sniffMime } from './assets';
import { MTOP_PATH } from './pages/csr-page';
import { cloneId, PRODUCT_KEYS, startStore, type ProductKey, type Store } from './server';

let store: Store;
beforeAll(async () => {
  store = await startStore({ port: 0 });
});
afterAll(() => store.close());

interface Got {
  status: number;
  type: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

function get(url: string, init: { method?: string; body?: string } = {}): Promise<Got> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: store.port,
        path: u.pathname + u.search,
        method: init.method ?? 'GET',
        servername: u.hostname,
        headers: { host: u.host },
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

async function read(key: ProductKey) {
  const url = store.itemUrl(key);
  const page = await get(url);
  expect(page.status).toBe(200);
  const { document } = parseHTML(page.body.toString('utf8'));
  return extractProduct({ document, url });
}

const SERVER_RENDERED = PRODUCT_KEYS.filter((k) => k !== 'csr');

describe('item pages', () => {
  it.each(SERVER_RENDERED)('%s: the page reader finds the catalog product', async (key) => {
    const p = store.catalog[key];
    const result = await read(key);
    if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result)}`);
    const product = result.product;
    expect(product.id).toBe(p.id);
    if (p.siteId) expect(product.siteId).toBe(p.siteId);
    expect(product.title).toBe(p.title);
    expect(product.currency).toBe(p.currency);
    expect(product.price?.current).toBe(store.price(key).current);
    const galleryUrls = product.media.filter((m) => m.kind === 'gallery').map((m) => m.url);
    expect(galleryUrls).toEqual(p.gallery.map((m) => m.url));
    if (p.video)
      expect(product.media.filter((m) => m.kind === 'video').map((m) => m.url)).toEqual([
        p.video.url,
      ]);
    expect(product.store?.name).toBe(p.store.name);
  });

  it('csr: the served shell holds only the gallery; the API answer holds the product', async () => {
    const p = store.catalog.csr;
    const shell = await get(p.url);
    const text = shell.body.toString('utf8');
    expect(text).toContain('_d_c_.DCData');
    expect(text).not.toContain(p.title);
    const data = encodeURIComponent(JSON.stringify({ productId: p.id }));
    const api = await get(`https://acs.aliexpress.com${MTOP_PATH}?data=${data}`);
    expect(api.headers['access-control-allow-origin']).toBe('*');
    const mtop = JSON.parse(api.body.toString('utf8'));
    const result = extractProduct({ pageData: { mtop }, url: p.url });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.product.title).toBe(p.title);
    expect(result.product.currency).toBe('EUR');
    expect(result.product.price?.current).toBe(store.price('csr').current);
    expect(result.product.variants.map((v) => v.name)).toEqual(['Red', 'Blue', 'Green']);
  });

  it('any product id opens as a client-rendered page on the CSR host', async () => {
    const p = store.catalog.module;
    const page = await get(`https://de.aliexpress.com/item/${p.id}.html`);
    expect(page.status).toBe(200);
    expect(page.body.toString('utf8')).toContain('/static/pdp.js');
  });

  it('unknown items and non-item pages are not products', async () => {
    expect((await get('https://www.aliexpress.com/item/1005009999999999.html')).status).toBe(404);
    for (const url of store.nonItemUrls) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      const { document } = parseHTML(page.body.toString('utf8'));
      expect(extractProduct({ document, url }).ok, url).toBe(false);
    }
  });
});

describe('media', () => {
  it('serves every original with the bytes and type the catalog lists', async () => {
    const all = PRODUCT_KEYS.flatMap((k) => store.catalog[k].media);
    expect(all.length).toBeGreaterThan(40);
    for (const m of all) {
      const got = await get(m.url);
      expect(got.status, m.url).toBe(200);
      expect(createHash('sha256').update(got.body).digest('hex'), m.url).toBe(m.sha256);
      expect(got.type).toBe(m.mime);
    }
  });

  it('has WebP and AVIF bytes behind .jpg names, and PNG and JPEG originals', () => {
    const module = store.catalog.module.gallery;
    expect(module.map((m) => [m.url.slice(-4), m.mime])).toEqual([
      ['.jpg', 'image/jpeg'],
      ['.jpg', 'image/webp'],
      ['.jpg', 'image/avif'],
      ['.png', 'image/png'],
      ['.jpg', 'image/jpeg'],
    ]);
  });

  it('answers suffixed URLs with smaller thumbnails, in the format the suffix asks for', async () => {
    const m = store.catalog.module.gallery[0]!;
    const bare = m.url.replace(/\/[^/]+\.jpg$/, '.jpg');
    expect(
      createHash('sha256')
        .update((await get(bare)).body)
        .digest('hex'),
    ).toBe(m.sha256);
    const jpg = await get(`${m.url}_640x640.jpg`);
    const webp = await get(`${m.url}_220x220q75.jpg_.webp`);
    expect(sniffMime(jpg.body)).toBe('image/jpeg');
    expect(sniffMime(webp.body)).toBe('image/webp');
    expect(jpg.body.length).toBeLessThan(m.bytes);
    expect(createHash('sha256').update(jpg.body).digest('hex')).not.toBe(m.sha256);
  });

  it('serves the video and the description page with its images', async () => {
    const p = store.catalog.module;
    const video = await get(p.video!.url);
    expect(sniffMime(video.body)).toBe('video/mp4');
    const desc = await get(p.descriptionUrl!);
    const text = desc.body.toString('utf8');
    for (const m of p.descriptionImages) expect(text).toContain(m.url);
  });
});

describe('control', () => {
  it('a price change shows on the next visit and reset restores it', async () => {
    const before = store.price('module').current;
    await get('https://www.aliexpress.com/__store/price', {
      method: 'POST',
      body: JSON.stringify({ key: 'module', current: 9.5, original: 20 }),
    });
    const changed = await read('module');
    expect(changed.ok && changed.product.price?.current).toBe(9.5);
    store.setPrice('module', { current: 7.25, variantId: store.catalog.module.variants[2]!.skuId });
    const cheapest = await read('module');
    expect(cheapest.ok && cheapest.product.price?.current).toBe(7.25);
    store.reset();
    expect(store.price('module').current).toBe(before);
  });

  it('faults make matching requests fail a given number of times', async () => {
    const m = store.catalog.module.gallery[1]!;
    store.setFault(m.hash, { status: 503, times: 1 });
    expect((await get(m.url)).status).toBe(503);
    expect((await get(m.url)).status).toBe(200);
    expect(store.requests.some((r) => r.path.includes(m.hash) && r.status === 503)).toBe(true);
  });

  it('serves many distinct items cloned from one product, by fetch and client-rendered', async () => {
    const ids = [0, 1, 199].map((n) => cloneId('module', n));
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) {
      const page = await get(`https://www.aliexpress.com/item/${id}.html`);
      const doc = parseHTML(page.body.toString('utf8')).document;
      const scripts = [...doc.querySelectorAll('script')].map((el) => el.textContent ?? '');
      const result = extractProduct({ scripts, url: `https://www.aliexpress.com/item/${id}.html` });
      if (!result.ok) throw new Error(JSON.stringify(result));
      expect(result.product.id).toBe(id);
      expect(result.product.price?.current).toBe(store.price('module').current);
    }
    const data = encodeURIComponent(JSON.stringify({ productId: ids[2] }));
    const api = JSON.parse(
      (await get(`https://acs.aliexpress.com${MTOP_PATH}?data=${data}`)).body.toString('utf8'),
    );
    const read = extractProduct({
      pageData: { mtop: api },
      url: `https://de.aliexpress.com/item/${ids[2]}.html`,
    });
    expect(read.ok && read.product.id).toBe(ids[2]);
    // Ids outside the clone range stay unknown.
    expect((await get('https://www.aliexpress.com/item/1005009999000001.html')).status).toBe(404);
    expect(() => cloneId('module', -1)).toThrow();
  });

  it('counts item-page requests answered at the same time', async () => {
    store.resetItemPagePeak();
    store.setFault('/item/', { delayMs: 200, times: 3 });
    const url = (n: number) => `https://www.aliexpress.com/item/${cloneId('module', n)}.html`;
    await Promise.all([get(url(1)), get(url(2)), get(url(3))]);
    expect(store.itemPagesInFlight()).toEqual({ now: 0, peak: 3 });
    store.resetItemPagePeak();
    await get(url(1));
    await get(store.catalog.module.gallery[0]!.url);
    expect(store.itemPagesInFlight()).toEqual({ now: 0, peak: 1 });
  });
});
