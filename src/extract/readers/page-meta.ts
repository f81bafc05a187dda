/**
 * Page-level sources every format may carry, used on their own on client-rendered pages whose
 * data was not captured, and as fallbacks elsewhere: `_d_c_.DCData`, JSON-LD and og/meta tags.
 */
import { currencyCode } from '../currency';
import { parseItemUrl } from '../item-url';
import { httpsUrl } from '../media-url';
import { emptyDraft, type Draft } from '../draft';
import type { Sources } from '../page-sources';
import { titleFromPageTitle } from '../text';
import { arr, idStr, list, num, obj, objs, str, type Obj } from '../values';
import { summarizePrice, textIn } from './amounts';

export function readDcData(s: Sources): Draft | undefined {
  const dc = obj(s.dcData);
  if (!dc) return undefined;
  const draft = emptyDraft('csr');
  // imagePathList holds originals; the summary list is the same images as thumbnails.
  const images = arr(dc['imagePathList']).length
    ? arr(dc['imagePathList'])
    : arr(dc['summImagePathList']);
  for (const u of images) if (typeof u === 'string') draft.media.push({ kind: 'gallery', url: u });
  const id = idStr(dc['productId']);
  if (id) draft.id = id;
  return draft.media.length || draft.id ? draft : undefined;
}

function itemIdIn(url: string): string | undefined {
  const href = httpsUrl(url);
  return href ? parseItemUrl(href)?.siteId : undefined;
}

function ldNodes(v: unknown, out: Obj[], depth = 0): void {
  if (depth > 3 || out.length > 20) return;
  if (Array.isArray(v)) {
    for (const x of arr(v)) ldNodes(x, out, depth + 1);
    return;
  }
  const o = obj(v);
  if (!o) return;
  if (o['@graph']) ldNodes(o['@graph'], out, depth + 1);
  else out.push(o);
}

function ldType(node: Obj): string {
  const t = node['@type'];
  return (Array.isArray(t) ? String(t[0]) : String(t ?? '')).toLowerCase();
}

function ldImageUrl(v: unknown): string | undefined {
  return str(v) ?? str(obj(v)?.['url']) ?? str(obj(v)?.['contentUrl']);
}

export function readJsonLd(s: Sources): Draft | undefined {
  const nodes: Obj[] = [];
  for (const block of s.jsonLd) ldNodes(block, nodes);
  const product = nodes.find((n) => ldType(n) === 'product');
  const videos = nodes.filter((n) => ldType(n) === 'videoobject');
  if (!product && videos.length === 0) return undefined;
  const draft = emptyDraft('csr');
  if (product) {
    const title = str(product['name']);
    if (title) draft.title = title;
    // `sku` is left alone: on a product with variants it names a SKU, and a SKU id read as the item
    // id would fail the page with an id mismatch.
    const url = str(product['url']);
    if (url) draft.pageUrl = url;
    const id = idStr(product['productID']) ?? (url ? itemIdIn(url) : undefined);
    if (id) draft.id = id;
    for (const img of list(product['image'])) {
      const u = ldImageUrl(img);
      if (u) draft.media.push({ kind: 'gallery', url: u });
    }
    const single = ldImageUrl(product['image']);
    if (single && draft.media.length === 0) draft.media.push({ kind: 'gallery', url: single });
    readOffers(draft, product['offers']);
  }
  for (const v of videos) {
    const u = str(v['contentUrl']);
    if (u) draft.media.push({ kind: 'video', url: u });
  }
  return draft;
}

/** Offer, Offer[] or AggregateOffer (`lowPrice`/`highPrice`/`priceCurrency`). */
function readOffers(draft: Draft, offers: unknown): void {
  const all = Array.isArray(offers) ? objs(offers) : obj(offers) ? [obj(offers) as Obj] : [];
  const first = all[0];
  if (!first) return;
  const currency = currencyCode(first['priceCurrency']);
  if (currency) draft.currency = currency;
  const prices: number[] = [];
  for (const o of all.length > 1 ? all : [first, ...objs(first['offers'])]) {
    if (
      currency &&
      currencyCode(o['priceCurrency']) &&
      currencyCode(o['priceCurrency']) !== currency
    )
      continue;
    for (const key of ['lowPrice', 'price', 'highPrice']) {
      const n = num(o[key]) ?? textIn(o[key], currency)?.min;
      if (n !== undefined) prices.push(n);
    }
  }
  if (prices.length === 0) return;
  const facts = summarizePrice(
    { currentMin: Math.min(...prices), currentMax: Math.max(...prices) },
    [],
  );
  if (facts) draft.price = facts;
}

export function readMetaTags(s: Sources): Draft | undefined {
  if (s.meta.size === 0 && !s.canonical) return undefined;
  const draft = emptyDraft('csr');
  const url = s.canonical ?? s.meta.get('og:url');
  if (url) draft.pageUrl = url;
  const title = titleFromPageTitle(s.meta.get('og:title') ?? s.meta.get('twitter:title'));
  if (title) draft.title = title;
  const image = s.meta.get('og:image');
  if (image) draft.media.push({ kind: 'gallery', url: image });
  const currency = currencyCode(
    s.meta.get('product:price:currency') ?? s.meta.get('og:price:currency'),
  );
  const amount = num(s.meta.get('product:price:amount') ?? s.meta.get('og:price:amount'));
  if (currency && amount !== undefined) {
    draft.currency = currency;
    draft.price = { current: amount };
  }
  return draft;
}
