/**
 * Alibaba.com `/product-detail/` pages: `window.detailData.globalData`. Wholesale prices come as
 * quantity ladders; the lowest rung is the lowest price a buyer can pay.
 */
import { currencyCode } from '../currency';
import { emptyDraft, type Draft, type DraftVariant } from '../draft';
import type { Sources } from '../page-sources';
import { parsePriceText } from '../price-text';
import { at, idStr, num, obj, objs, str, type Obj } from '../values';
import { summarizePrice } from './amounts';

/** Ladder prices are in `currency` when the page names one, otherwise only `dollarPrice` is trusted. */
function ladderCurrency(price: Obj | undefined): string | undefined {
  const named = currencyCode(price?.['currencyCode']) ?? currencyCode(price?.['currency']);
  if (named) return named;
  const first = objs(price?.['productLadderPrices'])[0];
  return parsePriceText(first?.['formatPrice'])?.currency;
}

function ladderPrice(rung: Obj, currency: string): number | undefined {
  return currency === 'USD' ? (num(rung['dollarPrice']) ?? num(rung['price'])) : num(rung['price']);
}

function readVariants(draft: Draft, sku: Obj | undefined, currency: string): void {
  const names = new Map<string, { name: string; image?: string }>();
  for (const attr of objs(sku?.['skuAttrs'])) {
    const attrId = idStr(attr['id']);
    for (const v of objs(attr['values'])) {
      const valueId = idStr(v['id']);
      const name = str(v['name']);
      if (!attrId || !valueId || !name) continue;
      const image = str(v['originImage']) ?? str(v['imageUrl']) ?? str(v['largeImage']);
      names.set(`${attrId}:${valueId}`, { name, image });
      if (image) draft.media.push({ kind: 'variant', url: image, label: name });
    }
  }
  const map = obj(sku?.['skuInfoMap']);
  for (const [key, raw] of Object.entries(map ?? {}).slice(0, 2000)) {
    const info = obj(raw);
    const id = idStr(info?.['skuId']) ?? idStr(info?.['id']);
    if (!info || !id) continue;
    const values = key
      .split(';')
      .filter(Boolean)
      .map((pair) => names.get(pair.trim()));
    const v: DraftVariant = { id };
    if (values.length && values.every(Boolean)) v.name = values.map((x) => x?.name).join(' / ');
    const image = values.find((x) => x?.image)?.image;
    if (image) v.image = image;
    const price =
      currency === 'USD' ? (num(info['dollarPrice']) ?? num(info['price'])) : num(info['price']);
    if (price !== undefined) v.price = price;
    draft.variants.push(v);
  }
}

export function readAlibaba(s: Sources): Draft | undefined {
  const global = obj(at(s.detailData, 'globalData'));
  const product = obj(global?.['product']);
  if (!product) return undefined;
  const draft = emptyDraft('alibaba');
  draft.site = 'alibaba';
  const id = idStr(product['productId']);
  if (id) {
    draft.id = id;
    draft.descriptionUrl = `https://www.alibaba.com/event/app/mainAction/desc.htm?detailId=${id}&language=en`;
  }
  const title = str(product['subject']);
  if (title) draft.title = title;

  for (const item of objs(product['mediaItems'])) {
    if (item['type'] === 'image') {
      const url =
        str(at(item, 'imageUrl', 'big')) ??
        str(at(item, 'imageUrl', 'normal')) ??
        str(item['imageUrl']);
      if (url) draft.media.push({ kind: 'gallery', url });
    } else if (item['type'] === 'video') {
      const urls = obj(item['videoUrl']);
      const url = ['hd', 'sd', 'ld'].map((q) => str(at(urls, q, 'videoUrl'))).find(Boolean);
      if (url) draft.media.push({ kind: 'video', url });
    }
  }

  const price = obj(product['price']);
  const currency = ladderCurrency(price) ?? 'USD';
  draft.currency = currency;
  readVariants(draft, obj(product['sku']), currency);
  const rungs = objs(price?.['productLadderPrices'])
    .map((r) => ladderPrice(r, currency))
    .filter((n): n is number => n !== undefined && n > 0);
  const range = obj(price?.['productRangePrices']);
  const low =
    currency === 'USD' ? num(range?.['dollarPriceRangeLow']) : num(range?.['priceRangeLow']);
  const high =
    currency === 'USD' ? num(range?.['dollarPriceRangeHigh']) : num(range?.['priceRangeHigh']);
  const facts = summarizePrice(
    rungs.length
      ? { currentMin: Math.min(...rungs), currentMax: Math.max(...rungs) }
      : { currentMin: low, currentMax: high },
    draft.variants,
  );
  if (facts) draft.price = facts;

  const seller = obj(global?.['seller']);
  const storeName = str(seller?.['companyName']);
  if (storeName) draft.store = { name: storeName, url: str(seller?.['companyProfileUrl']) };
  return draft;
}
