/**
 * aliexpress.ru: the SSR widget tree in `<script id="__AER_DATA__">` (gallery and store widgets)
 * and the `/productData` response (SKUs and prices), which only the MAIN world or a saved
 * response has. The widget tree nests arbitrarily deep and its indices shift, so it is searched
 * by shape, never by path.
 */
import { currencyCode } from '../currency';
import { emptyDraft, type Draft, type DraftVariant } from '../draft';
import type { Sources } from '../page-sources';
import { arr, firstDefined, idStr, num, obj, objs, str, type Obj } from '../values';
import { summarizePrice, textIn } from './amounts';
import { readProperties, skuValues, variantFromValues } from './skus';

const MAX_VISITS = 20_000;

interface Widgets {
  gallery?: Obj;
  store?: Obj;
}

/** Walks the widget tree once, keeping the first gallery-like and store-like `props`. */
function findWidgets(root: unknown): Widgets {
  const found: Widgets = {};
  const stack: [unknown, number][] = [[root, 0]];
  let visits = 0;
  while (stack.length && visits++ < MAX_VISITS && !(found.gallery && found.store)) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > 60 || node === null || typeof node !== 'object') continue;
    const o = obj(node);
    if (o) {
      if (!found.gallery && Array.isArray(o['gallery'])) found.gallery = o;
      const url = str(o['url']);
      if (!found.store && str(o['name']) && url && /\/store\/\d/.test(url)) found.store = o;
    }
    const children = Array.isArray(node) ? arr(node) : Object.values(node as Obj).slice(0, 200);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  return found;
}

/** `{ value, currency, formatted, cents }`. */
function aerAmount(v: unknown, currency: string | undefined): number | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const own = currencyCode(o['currency']);
  if (currency && own && own !== currency) return undefined;
  const cents = idStr(o['cents']);
  return firstDefined(
    num(o['value']),
    cents ? Number(cents) / 100 : undefined,
    textIn(o['formatted'], currency)?.min,
  );
}

function readProductData(draft: Draft, data: Obj): void {
  const id = idStr(data['id']);
  if (id) draft.id = id;
  const title = str(data['name']);
  if (title) draft.title = title;
  const info = obj(data['skuInfo']);
  const priceList = objs(info?.['priceList']);
  const first = priceList[0];
  const currency = currencyCode(
    obj(first?.['activityAmount'])?.['currency'] ?? obj(first?.['amount'])?.['currency'],
  );
  if (currency) draft.currency = currency;
  const props = readProperties(info?.['propertyList']);
  draft.media.push(...props.media);
  for (const sku of priceList) {
    const skuId = idStr(sku['skuId']) ?? idStr(sku['skuIdStr']);
    if (!skuId) continue;
    const v: DraftVariant = variantFromValues(skuId, skuValues(sku, props));
    const activity = aerAmount(sku['activityAmount'], currency);
    const regular = aerAmount(sku['amount'], currency);
    const price = activity ?? regular;
    if (price !== undefined) v.price = price;
    if (activity !== undefined && regular !== undefined && regular > activity) v.original = regular;
    const discount = num(sku['discount']);
    if (discount) v.discountPercent = discount;
    draft.variants.push(v);
  }
  const active = idStr(data['activeSkuId']);
  if (active && active !== '0') draft.selectedVariantId = active;
  const facts = summarizePrice({}, draft.variants);
  if (facts) draft.price = facts;
}

export function readAer(s: Sources): Draft | undefined {
  const pd = obj(s.aerProductData);
  const data = obj(pd?.['data']) ?? (pd && (pd['skuInfo'] || pd['name']) ? pd : undefined);
  const widgets = s.aerData === undefined ? {} : findWidgets(s.aerData);
  if (!data && !widgets.gallery && !widgets.store) return undefined;
  const draft = emptyDraft('aer');
  if (data) readProductData(draft, data);
  const gallery = widgets.gallery;
  if (gallery) {
    draft.id ??= idStr(gallery['id']);
    draft.title ??= str(gallery['name']);
    for (const item of objs(gallery['gallery'])) {
      const image = str(item['imageUrl']) ?? str(item['previewUrl']);
      if (image) draft.media.push({ kind: 'gallery', url: image });
      const video = str(item['videoUrl']);
      if (video) draft.media.push({ kind: 'video', url: video });
    }
  }
  const store = widgets.store;
  const storeName = str(store?.['name']);
  if (storeName) draft.store = { name: storeName, url: str(store?.['url']) };
  if (draft.id === undefined) delete draft.id;
  if (draft.title === undefined) delete draft.title;
  return draft;
}
