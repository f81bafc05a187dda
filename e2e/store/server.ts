/**
 * The offline AliExpress: one local HTTPS server that answers for every store, API and CDN host,
 * so the extension runs against real URLs through Chromium's real network stack.
 *
 *   const store = await startStore({ port: 0 });
 *   launch Chromium with --host-resolver-rules=${store.hostResolverRules}
 *   page.goto(store.itemUrl('module'))
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalog, PRODUCT_KEYS, type CatalogProduct, type ProductKey } from './catalog';
import { findClone } from './clones';
import { API_HOST, CSR_HOST, hostResolverRules, MOBILE_HOST, OTHER_SITE } from './hosts';
import { hostilePage } from './hostile/hostile-page';
import { HOSTILE_HOST } from './hostile/hostile-product';
import { benchPrice, benchProduct } from './bench-product';
import { answerMedia } from './media-route';
import { AER_SCRIPT, aerPage, productData, productDataPath } from './pages/aer-page';
import { alibabaPage } from './pages/alibaba-page';
import { componentPage } from './pages/component-page';
import { csrShell, MTOP_PATH, mtopResponse, PDP_SCRIPT } from './pages/csr-page';
import { initDataPage } from './pages/init-data-page';
import { SKU_SCRIPT } from './pages/item-dom';
import { legacyPage } from './pages/legacy-page';
import { mobilePage } from './pages/mobile-page';
import { modulePage } from './pages/module-page';
import { descriptionPage, homePage, listingPage, otherSitePage } from './pages/other-pages';
import { PriceBook, type PriceChange, type ProductPrice } from './prices';
import { storeCertificate } from './tls';

export { catalog, PRODUCT_KEYS, type CatalogProduct, type ProductKey } from './catalog';
export { cloneId } from './clones';
export type { PriceChange, ProductPrice } from './prices';

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
  /** Who asked: the browser's Sec-Fetch-Site / Origin, for tests that check where requests come from. */
  origin?: string;
}

export interface Fault {
  /** Answer with this status instead of the resource. */
  status?: number;
  /** Hold the answer this long first. */
  delayMs?: number;
  /** How many matching requests to affect; unlimited when absent. */
  times?: number;
  /** Serve this text instead (a captcha page, a changed layout). */
  body?: string;
  /** Match the whole URL (origin, path and query) instead of any URL containing `match`. */
  exact?: boolean;
}

export interface Store {
  port: number;
  hostResolverRules: string;
  catalog: Record<ProductKey, CatalogProduct>;
  itemUrl(key: ProductKey): string;
  /** AliExpress pages that are not item pages, and a page on another site. */
  nonItemUrls: string[];
  price(key: ProductKey): ProductPrice;
  setPrice(key: ProductKey, change: PriceChange): void;
  /** Shows another title for a product (hostile titles for the naming tests); reset() restores. */
  setTitle(key: ProductKey, title: string): void;
  /** Makes requests whose URL contains `match` fail or stall. */
  setFault(match: string, fault: Fault): void;
  clearFault(match: string): void;
  requests: LoggedRequest[];
  /**
   * Item-page requests (`/item/…`, `/i/…`) being answered right now, and the most at once since
   * the last `resetItemPagePeak()` (or reset): how many pages a client really asks for together.
   */
  itemPagesInFlight(): { now: number; peak: number };
  resetItemPagePeak(): void;
  reset(): void;
  close(): Promise<void>;
}

const renderers: Record<ProductKey, (p: CatalogProduct, price: ProductPrice) => string> = {
  legacy: legacyPage,
  module: modulePage,
  us: initDataPage,
  component: componentPage,
  csr: (p) => csrShell(p, p.host, csrLinks(p)),
  ru: aerPage,
  mobile: mobilePage,
  alibaba: alibabaPage,
};

function csrLinks(current: CatalogProduct) {
  return PRODUCT_KEYS.map((k) => catalog[k])
    .filter((p) => p !== current && p.host.endsWith('aliexpress.com') && p.key !== 'mobile')
    .map((p) => ({ href: `https://${CSR_HOST}/item/${p.siteId ?? p.id}.html`, title: p.title }));
}

function findProduct(id: string): CatalogProduct | undefined {
  return (
    PRODUCT_KEYS.map((k) => catalog[k]).find((p) => p.id === id || p.siteId === id) ?? findClone(id)
  );
}

const NON_ITEM_PATHS = [
  'https://www.aliexpress.com/',
  'https://www.aliexpress.com/w/wholesale-coffee-set.html',
  'https://www.aliexpress.com/store/1100102',
  'https://www.aliexpress.com/category/100003109/home-garden.html',
  'https://aliexpress.ru/',
  `https://${OTHER_SITE}/item/1005001000000101.html`,
];

type Answer = {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
};

const html = (body: string, status = 200): Answer => ({
  status,
  type: 'text/html; charset=utf-8',
  body,
});
const json = (value: unknown, headers?: Record<string, string>): Answer => ({
  status: 200,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
  ...(headers ? { headers } : {}),
});
const notFound = (): Answer =>
  html('<!doctype html><title>404</title><h1>Page not found</h1>', 404);

function itemPage(
  host: string,
  id: string,
  prices: PriceBook,
  view: (p: CatalogProduct) => CatalogProduct,
): Answer {
  const found = findProduct(id);
  const p = found && view(found);
  if (!p || p.key === 'alibaba') return notFound();
  if (host === CSR_HOST) return html(csrShell(p, host, csrLinks(p)));
  if (host === MOBILE_HOST) return html(mobilePage(p, prices.get(p.key)));
  if (p.key === 'ru' && !host.endsWith('.ru')) return notFound();
  return html(renderers[p.key](p, prices.get(p.key)));
}

function route(
  url: URL,
  method: string,
  body: string,
  prices: PriceBook,
  view: (p: CatalogProduct) => CatalogProduct,
  range: string | undefined,
): Answer {
  const host = url.hostname;
  const path = url.pathname;

  if (path === '/__store/price' && method === 'POST') {
    const { key, ...change } = JSON.parse(body) as PriceChange & { key: ProductKey };
    prices.set(key, change);
    return json({ ok: true, price: prices.get(key) });
  }
  if (path === '/__store/reset' && method === 'POST') {
    prices.reset();
    return json({ ok: true });
  }

  if (host.endsWith('alicdn.com') || host.endsWith('aliexpress-media.com')) {
    const media = answerMedia(url);
    if (media.kind === 'file') {
      const headers = {
        'cache-control': media.uncached ? 'no-store' : 'public, max-age=3600',
        'access-control-allow-origin': '*',
      };
      const bytes = media.file.bytes;
      const wanted = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
      if (wanted) {
        const start = Number(wanted[1]);
        const end = Math.min(wanted[2] ? Number(wanted[2]) : bytes.length - 1, bytes.length - 1);
        return {
          status: 206,
          type: media.file.mime,
          body: bytes.subarray(start, end + 1),
          headers: { ...headers, 'content-range': `bytes ${start}-${end}/${bytes.length}` },
        };
      }
      return { status: 200, type: media.file.mime, body: bytes, headers };
    }
    if (media.kind === 'html') return html(media.body);
    return notFound();
  }

  if (host === API_HOST && path === MTOP_PATH) {
    const data = JSON.parse(url.searchParams.get('data') ?? '{}') as { productId?: string };
    const p = findProduct(String(data.productId ?? ''));
    const cors = { 'access-control-allow-origin': '*' };
    if (!p) {
      return json(
        {
          api: 'mtop.aliexpress.pdp.pc.query',
          ret: ['FAIL_BIZ_ITEM_NOT_FOUND::商品不存在'],
          data: {},
        },
        cors,
      );
    }
    return json(mtopResponse(view(p), prices.get(p.key)), cors);
  }

  if (path === '/static/sku.js') return { status: 200, type: 'text/javascript', body: SKU_SCRIPT };
  if (path === '/static/pdp.js') return { status: 200, type: 'text/javascript', body: PDP_SCRIPT };
  if (path === '/static/aer.js') return { status: 200, type: 'text/javascript', body: AER_SCRIPT };

  if (host === OTHER_SITE) return html(otherSitePage());

  const aer = /^\/aer-api\/v1\/product\/(\d+)\/productData$/.exec(path);
  if (aer?.[1] && host.endsWith('aliexpress.ru')) {
    const p = findProduct(aer[1]);
    return p && path === productDataPath(p.id)
      ? json(productData(p, prices.get(p.key)))
      : notFound();
  }

  const item = /^\/(?:item|i)\/(?:[^/]+\/)?(\d{6,20})\.html$/.exec(path);
  if (item?.[1] === benchProduct.id && host === benchProduct.host)
    return html(modulePage(benchProduct, benchPrice));
  const hostile = host === HOSTILE_HOST && item?.[1] ? hostilePage(item[1]) : undefined;
  if (hostile !== undefined) return html(hostile);
  if (item?.[1]) return itemPage(host, item[1], prices, view);

  // Alibaba's description: its HTML inside a JSON answer, from the item's own host.
  if (host.endsWith('alibaba.com') && path === '/event/app/mainAction/desc.htm') {
    const p = findProduct(url.searchParams.get('detailId') ?? '');
    return p?.key === 'alibaba' && p.descriptionUrl
      ? json({ success: true, data: { productHtmlDescription: descriptionPage(p) } })
      : notFound();
  }

  const alibaba = /^\/product-detail\/[^/]*_(\d{6,20})\.html$/.exec(path);
  if (alibaba?.[1] && host.endsWith('alibaba.com')) {
    const p = findProduct(alibaba[1]);
    return p?.key === 'alibaba' ? html(alibabaPage(view(p), prices.get(p.key))) : notFound();
  }

  if (path === '/') return html(homePage());
  if (path.startsWith('/w/')) return html(listingPage('Search results: coffee set'));
  if (path.startsWith('/store/')) return html(listingPage('Store home'));
  if (path.startsWith('/category/')) return html(listingPage('Home & Garden'));
  if (path === '/favicon.ico') return { status: 204, type: 'image/x-icon', body: '' };
  return notFound();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startStore(options: { port?: number } = {}): Promise<Store> {
  const prices = new PriceBook();
  const requests: LoggedRequest[] = [];
  const faults = new Map<string, Fault>();
  const titles = new Map<ProductKey, string>();
  const withTitles = (p: CatalogProduct): CatalogProduct => {
    const title = titles.get(p.key);
    return title === undefined ? p : { ...p, title };
  };
  const { key, cert } = await storeCertificate();
  const itemPages = { now: 0, peak: 0 };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (!/^\/(?:item|i)\//.test(url.pathname)) return respond(req, res, host, url);
    itemPages.now++;
    itemPages.peak = Math.max(itemPages.peak, itemPages.now);
    try {
      await respond(req, res, host, url);
    } finally {
      itemPages.now--;
    }
  };

  const respond = async (req: IncomingMessage, res: ServerResponse, host: string, url: URL) => {
    const method = req.method ?? 'GET';
    let answer: Answer;
    try {
      const body = method === 'POST' ? await readBody(req) : '';
      answer = route(url, method, body, prices, withTitles, req.headers.range);
    } catch (error) {
      answer = { status: 400, type: 'text/plain', body: String(error) };
    }
    const fault = [...faults].find(([match, f]) =>
      f.exact ? url.href === match : url.href.includes(match),
    );
    if (fault) {
      const [match, f] = fault;
      if (f.times !== undefined && --f.times <= 0) faults.delete(match);
      if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
      if (f.status !== undefined || f.body !== undefined) {
        answer = { status: f.status ?? 200, type: 'text/html; charset=utf-8', body: f.body ?? '' };
      }
    }
    const origin = req.headers.origin ?? req.headers['sec-fetch-site'];
    requests.push({
      method,
      host,
      path: url.pathname + url.search,
      status: answer.status,
      ...(typeof origin === 'string' ? { origin } : {}),
    });
    if (res.destroyed) return;
    res.writeHead(answer.status, {
      'content-type': answer.type,
      'content-length': String(Buffer.byteLength(answer.body)),
      ...answer.headers,
    });
    res.end(method === 'HEAD' ? undefined : answer.body);
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    hostResolverRules: hostResolverRules(port),
    catalog,
    itemUrl: (k) => catalog[k].url,
    nonItemUrls: NON_ITEM_PATHS,
    price: (k) => prices.get(k),
    setPrice: (k, change) => prices.set(k, change),
    setFault: (match, fault) => faults.set(match, { ...fault }),
    clearFault: (match) => faults.delete(match),
    setTitle: (k, title) => titles.set(k, title),
    requests,
    itemPagesInFlight: () => ({ ...itemPages }),
    resetItemPagePeak: () => {
      itemPages.peak = itemPages.now;
    },
    reset() {
      prices.reset();
      titles.clear();
      faults.clear();
      requests.length = 0;
      itemPages.peak = itemPages.now;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
