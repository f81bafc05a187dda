/**
 * `_init_data_` pages: the 2022 desktop hierarchy (`_dida_config_._init_data_`, G1b) and the
 * mobile site's components. Component keys carry numeric suffixes (`titleBanner_2440`), so they
 * are matched by type; the fields are then mapped onto the Module shape.
 */
import type { Draft } from '../draft';
import type { Sources } from '../page-sources';
import { at, firstDefined, obj, str, type Obj } from '../values';
import { readModuleShape } from './module';

const COMPONENT_KEY = /^([A-Za-z]+)_\d+$/;

/** Finds the `{ name_n: { type?, fields } }` map in the few wrappers pages put around it. */
function componentMap(root: unknown): Map<string, Obj> | undefined {
  let cur = obj(root);
  for (let depth = 0; cur && depth < 4; depth++) {
    const types = new Map<string, Obj>();
    for (const [key, value] of Object.entries(cur).slice(0, 500)) {
      const comp = obj(value);
      const fields = obj(comp?.['fields']);
      const m = COMPONENT_KEY.exec(key);
      if (!fields || !m?.[1]) continue;
      const type = str(comp?.['type']) ?? m[1];
      if (!types.has(type)) types.set(type, fields);
    }
    if (types.size > 0) return types;
    cur = obj(cur['data']);
  }
  return undefined;
}

function desktopShape(c: Map<string, Obj>): Obj {
  const image = c.get('imageView');
  const seo = c.get('seoTdk');
  const sku = c.get('sku');
  const video = obj(image?.['videoInfo']);
  return {
    titleModule: { subject: c.get('titleBanner')?.['subject'] },
    pageModule: { canonicalTag: seo?.['canonicalTag'], title: seo?.['title'] },
    commonModule: {
      productIdStr: firstDefined(
        c.get('actionButtons')?.['productId'],
        seo?.['productId'],
        image?.['productId'],
      ),
    },
    webEnv: { currency: c.get('shipping')?.['tradeCurrency'] },
    imageModule: { ...image, videoUid: video?.['videoUid'], videoId: video?.['videoId'] },
    priceModule: c.get('price'),
    skuModule: {
      productSKUPropertyList: sku?.['propertyList'],
      skuPriceList: sku?.['skuList'],
      selectedSkuAttr: sku?.['selectedSkuAttr'],
    },
    storeModule: obj(at(c.get('headerInfo'), '_for_header_info', 'storeModule')) ??
      obj(c.get('storeHeader')?.['storeModule']) ?? {
        storeName: c.get('storeRecommend')?.['storeName'],
      },
    descriptionModule: { descriptionUrl: c.get('description')?.['detailDesc'] },
    shippingModule: c.get('shipping'),
  };
}

/** Mobile components (fields as used by scrapers of `fc-detail-msite`; no capture to check). */
function mobileShape(c: Map<string, Obj>): Obj {
  const sku = c.get('sku');
  const skuInfo = obj(sku?.['skuInfo']);
  const seo = obj(c.get('meta')?.['seoData']);
  const store = c.get('store') ?? c.get('shop') ?? c.get('seller');
  return {
    titleModule: { subject: c.get('title')?.['title'] ?? c.get('title')?.['subject'] },
    pageModule: { title: seo?.['title'], itemDetailUrl: seo?.['canonicalUrl'] },
    commonModule: {
      productIdStr: firstDefined(
        sku?.['productId'],
        c.get('title')?.['productId'],
        seo?.['productId'],
      ),
      currencyCode: c.get('price')?.['currencyCode'],
    },
    imageModule: { imagePathList: sku?.['imageList'] ?? c.get('image')?.['imageList'] },
    priceModule: c.get('price'),
    skuModule: {
      productSKUPropertyList: sku?.['propertyList'] ?? skuInfo?.['propertyList'],
      skuPriceList: skuInfo?.['skuList'],
      selectedSkuAttr: sku?.['selectedSkuAttr'] ?? skuInfo?.['selectedSkuAttr'],
    },
    storeModule: store,
    descriptionModule: { descriptionUrl: c.get('overview')?.['url'] },
    shippingModule: c.get('freight') ?? c.get('shipping'),
  };
}

export function readInitData(s: Sources): Draft | undefined {
  const c = componentMap(s.initData);
  if (!c) return undefined;
  if (c.has('titleBanner') || c.has('imageView'))
    return readModuleShape(desktopShape(c), 'init-data');
  if (c.has('title') || c.has('sku')) return readModuleShape(mobileShape(c), 'mobile', true);
  return undefined;
}
