/**
 * G0 legacy pages (2018 and before): flat `window.runParams.x = ...` assignments and
 * `var skuProducts = [...]`. SKUs carry no id of their own; their value-id combination
 * (`skuAttr`) is the only stable name, so it serves as the variant id.
 */
import { currencyCode } from '../currency';
import { emptyDraft, type Draft, type DraftVariant } from '../draft';
import type { Sources } from '../page-sources';
import { SELECTORS } from '../selectors';
import { arr, firstDefined, idStr, num, objs, str, type Obj } from '../values';
import { summarizePrice } from './amounts';
import { parseSkuAttr, skuValPrices } from './skus';

interface LegacyValue {
  name?: string;
  image?: string;
}

/** Names and images of SKU values from the legacy DOM buttons. */
function domValues(doc: ParentNode | undefined): Map<string, LegacyValue> {
  const out = new Map<string, LegacyValue>();
  if (!doc) return out;
  for (const el of Array.from(doc.querySelectorAll(SELECTORS.legacySkuValue)).slice(0, 500)) {
    const id = el.getAttribute('data-sku-id') ?? '';
    if (!/^\d{1,24}$/.test(id) || out.has(id)) continue;
    const img = el.querySelector('img');
    const name =
      str(el.getAttribute('title')) ?? str(img?.getAttribute('title')) ?? str(el.textContent);
    const image = str(img?.getAttribute('bigpic')) ?? str(img?.getAttribute('src'));
    out.set(id, { name, image });
  }
  return out;
}

function legacyVariant(
  sku: Obj,
  names: Map<string, LegacyValue>,
  currency: string | undefined,
): DraftVariant | undefined {
  const pairs = parseSkuAttr(sku['skuAttr']);
  const combo = pairs.map(([prop, value]) => `${prop}:${value}`).join(';');
  const id = idStr(sku['skuIdStr']) ?? idStr(sku['skuId']) ?? (combo || undefined);
  if (!id || id.length > 200) return undefined;
  const valueIds = pairs.length
    ? pairs.map((p) => p[1])
    : (str(sku['skuPropIds']) ?? '').split(',');
  const values = valueIds.map((v, i) => names.get(v) ?? { name: pairs[i]?.[2] });
  const v: DraftVariant = { id };
  const labels = values.map((x) => x.name).filter((x): x is string => !!x);
  if (labels.length === values.length && labels.length > 0) v.name = labels.join(' / ');
  const image = values.find((x) => x.image)?.image;
  if (image) v.image = image;
  return { ...v, ...skuValPrices(sku['skuVal'], currency) };
}

export function readLegacy(s: Sources): Draft | undefined {
  const rp = s.runParamsFlat;
  if (!rp || (!rp['productId'] && !rp['minPrice'] && !rp['imageBigViewURL'])) return undefined;
  const draft = emptyDraft('legacy');
  const id = idStr(rp['productId']);
  if (id) draft.id = id;
  const currency = currencyCode(rp['currencyCode']);
  if (currency) draft.currency = currency;
  const title = str(rp['productSubject']) ?? str(rp['subject']);
  if (title) draft.title = title;

  for (const u of arr(rp['imageBigViewURL'])) {
    if (typeof u === 'string') draft.media.push({ kind: 'gallery', url: u });
  }
  const names = domValues(s.doc);
  for (const [, value] of names) {
    if (value.image) draft.media.push({ kind: 'variant', url: value.image, label: value.name });
  }
  for (const sku of objs(s.skuProducts)) {
    const v = legacyVariant(sku, names, currency);
    if (v) draft.variants.push(v);
  }

  // Flat min/max are in the base currency; they are the display prices only when both agree.
  const base = currencyCode(rp['baseCurrencyCode']);
  const sameCurrency = !base || !currency || base === currency;
  const facts = summarizePrice(
    sameCurrency
      ? {
          currentMin: num(rp['actMinPrice']),
          currentMax: num(rp['actMaxPrice']),
          originalMin: num(rp['minPrice']),
          originalMax: num(rp['maxPrice']),
          discount: rp['discount'],
        }
      : { discount: rp['discount'] },
    draft.variants,
  );
  if (facts) draft.price = facts;

  const desc = firstDefined(str(rp['detailDesc']), str(rp['descUrl']));
  if (desc) draft.descriptionUrl = desc;
  const storeEl = s.doc?.querySelector(SELECTORS.legacyStore);
  const storeName = str(storeEl?.textContent);
  if (storeName) draft.store = { name: storeName, url: str(storeEl?.getAttribute('href')) };
  const h1 = str(s.doc?.querySelector(SELECTORS.legacyTitle)?.textContent);
  if (h1 && !draft.title) draft.title = h1;
  return draft;
}
