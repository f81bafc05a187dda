/**
 * G3 client-rendered pages: the `mtop.aliexpress.pdp.pc.query` result, read in the page's MAIN
 * world (`_d_c_.lifeCycleEventList[0].data`) or from a saved response. Modules are upper-case
 * (`GLOBAL_DATA`, `PRICE`, `SKU`, ...). Price maps may hold fastjson references
 * (`{"$ref": "$.PRICE.targetSkuPriceInfo"}`), resolved against the result.
 */
import { currencyCode } from '../currency';
import { emptyDraft, type Draft, type DraftVariant } from '../draft';
import type { Sources } from '../page-sources';
import { normalizeVideoUrl } from '../media-url';
import { arr, at, firstDefined, idStr, obj, objs, str, type Obj } from '../values';
import { amountIn, localIn, summarizePrice, textIn } from './amounts';
import { readShipping } from './shipping';
import { readProperties, skuValues, variantFromValues } from './skus';

const MODULES = ['GLOBAL_DATA', 'PRICE', 'SKU', 'HEADER_IMAGE_PC', 'PRODUCT_TITLE', 'SHOP_CARD_PC'];

/** The modules object inside the wrappers a response may come in (`{data:{result}}`, `{result}`). */
export function mtopModules(v: unknown): Obj | undefined {
  let cur = obj(v);
  for (let depth = 0; cur && depth < 4; depth++) {
    if (MODULES.filter((k) => obj(cur?.[k])).length >= 2) return cur;
    cur = obj(cur['result']) ?? obj(cur['data']);
  }
  return undefined;
}

/** Follows `$.A.B` references; anything else (or a reference to a reference) is left unresolved. */
function deref(root: Obj, v: unknown): Obj | undefined {
  const o = obj(v);
  const ref = str(o?.['$ref']);
  if (!ref) return o;
  if (!/^\$(\.[A-Za-z0-9_]{1,64}){1,8}$/.test(ref)) return undefined;
  const target = obj(at(root, ...ref.slice(2).split('.')));
  return target && !target['$ref'] ? target : undefined;
}

function skuPrice(info: Obj | undefined, currency: string | undefined): Partial<DraftVariant> {
  if (!info) return {};
  const sale =
    amountIn(info['salePrice'], currency) ??
    localIn(info['salePriceLocal'], currency) ??
    textIn(info['salePriceString'], currency)?.min;
  const original =
    amountIn(info['originalPrice'], currency) ??
    localIn(info['originalPriceLocal'], currency) ??
    textIn(info['originalPriceString'], currency)?.min;
  const out: Partial<DraftVariant> = {};
  const price = sale ?? original;
  if (price !== undefined) out.price = price;
  if (sale !== undefined && original !== undefined && original > sale) out.original = original;
  const discount = info['discount'] ?? info['discountTips'];
  if (typeof discount === 'number' || typeof discount === 'string') {
    const n = Number(String(discount).replace(/[^\d.]/g, ''));
    if (n > 0) out.discountPercent = n;
  }
  return out;
}

export function readMtop(s: Sources): Draft | undefined {
  const m = mtopModules(s.mtop);
  if (!m) return undefined;
  const draft = emptyDraft('csr');
  const global = obj(at(m, 'GLOBAL_DATA', 'globalData'));
  const id = idStr(global?.['productId']);
  if (id) draft.id = id;
  const error = str(global?.['errorCode']);
  if (error) draft.unavailable = error;
  const title = str(at(m, 'PRODUCT_TITLE', 'text')) ?? str(global?.['subject']);
  if (title) draft.title = title;
  const priceMod = obj(m['PRICE']);
  const target = deref(m, priceMod?.['targetSkuPriceInfo']);
  const currency = firstDefined(
    currencyCode(global?.['currencyCode']),
    currencyCode(at(target, 'salePrice', 'currency')),
  );
  if (currency) draft.currency = currency;

  const header = obj(m['HEADER_IMAGE_PC']);
  const gallery = arr(header?.['imagePathList'] ?? header?.['imgList']);
  for (const u of gallery) if (typeof u === 'string') draft.media.push({ kind: 'gallery', url: u });
  if (gallery.length === 0) {
    for (const img of objs(header?.['mainImages'])) {
      const u = str(img['imageUrl']);
      if (u) draft.media.push({ kind: 'gallery', url: u });
    }
  }
  for (const raw of [
    at(header, 'productVideo', 'videoPlayInfo', 'webUrl'),
    at(m, 'DESC', 'descVideoUrl'),
  ]) {
    const u = normalizeVideoUrl(raw);
    if (u) draft.media.push({ kind: 'video', url: u });
  }

  const sku = obj(m['SKU']);
  const props = readProperties(sku?.['skuProperties']);
  draft.media.push(...props.media);
  const priceMap = obj(priceMod?.['skuIdStrPriceInfoMap']) ?? obj(priceMod?.['skuPriceInfoMap']);
  for (const path of objs(sku?.['skuPaths'])) {
    const skuId = idStr(path['skuIdStr']) ?? idStr(path['skuId']);
    if (!skuId) continue;
    const values = skuValues(path, props, 'path');
    const fallback = values.length ? values : skuValues(path, props, 'skuAttr');
    draft.variants.push({
      ...variantFromValues(skuId, fallback),
      ...skuPrice(deref(m, priceMap?.[skuId]), currency),
    });
  }
  const selected = idStr(sku?.['selectedSkuIdStr']) ?? idStr(sku?.['selectedSkuId']);
  if (selected) draft.selectedVariantId = selected;

  const targetPrice = skuPrice(target, currency);
  const facts = summarizePrice(
    draft.variants.some((v) => v.price !== undefined)
      ? {}
      : {
          currentMin: targetPrice.price,
          originalMin: targetPrice.original,
          discount: targetPrice.discountPercent,
        },
    draft.variants,
  );
  if (facts) draft.price = facts;

  const shop = obj(m['SHOP_CARD_PC']);
  const storeName = str(shop?.['storeName']) ?? str(global?.['storeName']);
  if (storeName) draft.store = { name: storeName, url: str(at(shop, 'sellerInfo', 'storeURL')) };
  const desc = obj(m['DESC']);
  const descUrl = str(desc?.['pcDescUrl']) ?? str(desc?.['msiteDescUrl']);
  if (descUrl) draft.descriptionUrl = descUrl;
  const ship = obj(m['SHIPPING']);
  const shipping = readShipping(
    ship?.['deliveryLayoutInfo'] ?? ship?.['originalLayoutResultList'],
    currency,
  );
  if (shipping) draft.shipping = shipping;
  return draft;
}
