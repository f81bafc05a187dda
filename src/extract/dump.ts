/**
 * Saved JSON (a user's dump of a page object or an API response) mapped to the PageData slot it
 * belongs in, by shape. Lets the CLI and the tests feed dumps to extractProduct.
 */
import type { PageData } from './model';
import { isComponentData, isModuleData } from './data-shapes';
import { mtopModules } from './readers/csr-mtop';
import { at, obj } from './values';

const COMPONENT_KEY = /^[A-Za-z]+_\d+$/;

function hasComponents(v: unknown): boolean {
  for (let cur = obj(v), depth = 0; cur && depth < 4; cur = obj(cur['data']), depth++) {
    if (Object.keys(cur).some((k) => COMPONENT_KEY.test(k) && obj(obj(cur?.[k])?.['fields'])))
      return true;
  }
  return false;
}

export function classifyDump(value: unknown): PageData | undefined {
  const o = obj(value);
  if (!o) return undefined;
  if (obj(at(o, 'globalData', 'product'))) return { detailData: o };
  if (obj(at(o, 'detailData', 'globalData'))) return { detailData: o['detailData'] };
  if (mtopModules(o)) return { mtop: o };
  const data = obj(o['data']);
  if (isModuleData(data) || isComponentData(data)) return { runParams: o };
  if (isModuleData(o) || isComponentData(o)) return { runParams: { data: o } };
  if (hasComponents(o)) return { initData: o };
  const product = data ?? o;
  if (
    obj(product['skuInfo']) ||
    (product['activeSkuId'] !== undefined && product['name'] !== undefined)
  ) {
    return { aerProductData: data ? o : { data: o } };
  }
  if (o['widgets'] !== undefined || obj(o['props']) || obj(o['fragment'])) return { aerData: o };
  if (Array.isArray(o['imagePathList']) && obj(o['extParams'])) return { dcData: o };
  if (
    o['productId'] !== undefined &&
    (o['minPrice'] !== undefined || o['imageBigViewURL'] !== undefined)
  ) {
    return { runParams: o };
  }
  return undefined;
}
