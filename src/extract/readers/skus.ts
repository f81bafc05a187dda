/**
 * SKU property lists and SKU price lists, shared by the Module, init-data, Component and CSR
 * formats (`productSKUPropertyList` / `propertyList` / `skuProperties` all hold the same values).
 */
import type { DraftVariant } from '../draft';
import type { Media } from '../model';
import { parsePercent } from '../price-text';
import { idStr, obj, objs, str, type Obj } from '../values';
import { amountIn, localIn } from './amounts';

export interface PropValue {
  propId?: string;
  valueId: string;
  name: string;
  image?: string;
  /** Position of the property in the list; skuPropIds list value ids in this order. */
  index: number;
}

export interface PropIndex {
  byPair: Map<string, PropValue>;
  byValue: Map<string, PropValue[]>;
  /** Variant images in page order, labelled with the value's name. */
  media: Media[];
}

export function readProperties(list: unknown): PropIndex {
  const index: PropIndex = { byPair: new Map(), byValue: new Map(), media: [] };
  objs(list).forEach((prop, i) => {
    const propId = idStr(prop['skuPropertyId']) ?? idStr(prop['id']);
    for (const v of objs(prop['skuPropertyValues'] ?? prop['values'])) {
      const valueId =
        idStr(v['propertyValueIdLong']) ?? idStr(v['propertyValueId']) ?? idStr(v['id']);
      if (!valueId) continue;
      const name =
        str(v['propertyValueDisplayName']) ??
        str(v['displayName']) ??
        str(v['propertyValueName']) ??
        str(v['name']) ??
        valueId;
      const image = str(v['skuPropertyImagePath']) ?? str(v['imageUrl']) ?? str(v['image']);
      const pv: PropValue = { valueId, name, index: i };
      if (propId) pv.propId = propId;
      if (image) {
        pv.image = image;
        index.media.push({ kind: 'variant', url: image, label: name });
      }
      if (propId) index.byPair.set(`${propId}:${valueId}`, pv);
      const same = index.byValue.get(valueId);
      if (same) same.push(pv);
      else index.byValue.set(valueId, [pv]);
    }
  });
  return index;
}

/** `14:193#Black;5:100014064` or `14:691;200007763:201441035` -> [[propId, valueId, label?]]. */
export function parseSkuAttr(attr: unknown): [string, string, string | undefined][] {
  const s = str(attr);
  if (!s || s.length > 2000) return [];
  const out: [string, string, string | undefined][] = [];
  for (const part of s.split(';')) {
    const m = /^\s*(\d{1,20}):(\d{1,24})(?:#(.*))?$/.exec(part);
    if (m?.[1] && m[2]) out.push([m[1], m[2], m[3]?.trim() || undefined]);
  }
  return out;
}

/** The property values one SKU is made of, looked up by its attr pairs or its value id list. */
export function skuValues(sku: Obj, props: PropIndex, attrKey = 'skuAttr'): PropValue[] {
  const found: PropValue[] = [];
  const pairs = parseSkuAttr(sku[attrKey]);
  for (const [propId, valueId, label] of pairs) {
    const pv = props.byPair.get(`${propId}:${valueId}`);
    if (pv) found.push(pv);
    else if (label) found.push({ propId, valueId, name: label, index: found.length });
  }
  if (found.length === pairs.length && found.length > 0) return found;
  // aliexpress.ru: skuAttr names other ids than the property list; skuPropIds match it.
  const ids = (str(sku['skuPropIds']) ?? '').split(',').filter((x) => /^\d{1,24}$/.test(x));
  if (ids.length === 0) return found;
  return ids.flatMap((valueId, i) => {
    const candidates = props.byValue.get(valueId) ?? [];
    const pv = candidates.find((c) => c.index === i) ?? candidates[0];
    return pv ? [pv] : [];
  });
}

/** A stable key for a combination of value ids, to match `selectedSkuAttr` with a SKU. */
export function comboKey(valueIds: string[]): string {
  return [...valueIds].sort().join(',');
}

export function variantFromValues(id: string, values: PropValue[]): DraftVariant {
  const v: DraftVariant = { id };
  if (values.length > 0) v.name = values.map((x) => x.name).join(' / ');
  const image = values.find((x) => x.image)?.image;
  if (image) v.image = image;
  return v;
}

/** Prices of one `skuVal` in the display currency (the `*Local` and MultiCurrency fields are display). */
export function skuValPrices(skuVal: unknown, currency: string | undefined): Partial<DraftVariant> {
  const val = obj(skuVal);
  if (!val) return {};
  const regular =
    amountIn(val['skuAmount'], currency) ??
    localIn(val['skuAmountLocal'], currency) ??
    localIn(val['skuMultiCurrencyCalPrice'], currency);
  const activity =
    val['isActivity'] === false
      ? undefined
      : (amountIn(val['skuActivityAmount'], currency) ??
        localIn(val['skuActivityAmountLocal'], currency) ??
        localIn(val['actSkuMultiCurrencyCalPrice'], currency));
  const out: Partial<DraftVariant> = {};
  const price = activity ?? regular;
  if (price !== undefined) out.price = price;
  if (activity !== undefined && regular !== undefined) out.original = regular;
  const discount = parsePercent(val['discount']) ?? parsePercent(val['discountTips']);
  if (discount) out.discountPercent = discount;
  return out;
}

export interface SkuList {
  variants: DraftVariant[];
  /** comboKey(value ids) -> variant id */
  byCombo: Map<string, string>;
}

/** `skuPriceList` / `skuList` entries: `{ skuIdStr, skuPropIds, skuAttr, skuVal }`. */
export function readSkuPriceList(
  list: unknown,
  props: PropIndex,
  currency: string | undefined,
): SkuList {
  const out: SkuList = { variants: [], byCombo: new Map() };
  for (const sku of objs(list)) {
    const id = idStr(sku['skuIdStr']) ?? idStr(sku['skuId']);
    if (!id) continue;
    const values = skuValues(sku, props);
    out.variants.push({
      ...variantFromValues(id, values),
      ...skuValPrices(sku['skuVal'], currency),
    });
    if (values.length > 0) out.byCombo.set(comboKey(values.map((v) => v.valueId)), id);
  }
  return out;
}

/** The SKU a `selectedSkuAttr` (`73:193#C7;200007763:201336106`) points at. */
export function selectedByAttr(attr: unknown, skus: SkuList): string | undefined {
  const pairs = parseSkuAttr(attr);
  if (pairs.length === 0) return undefined;
  return skus.byCombo.get(comboKey(pairs.map((p) => p[1])));
}
