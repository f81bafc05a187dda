/** 2022 aliexpress.us item pages: `window._dida_config_._init_data_` components. */
import type { CatalogProduct } from '../catalog';
import type { ProductPrice } from '../prices';
import { itemDom } from './item-dom';
import { inlineScript, page, scriptJson } from './layout';
import { priceModule, skuPriceList, skuPropertyList, storeModule } from './module-data';
import { MODULE_LOOK } from './module-page';

export function initDataPage(p: CatalogProduct, price: ProductPrice): string {
  const siteId = p.siteId ?? p.id;
  const components: Record<string, { type: string; fields: Record<string, unknown> }> = {
    titleBanner_2440: { type: 'titleBanner', fields: { subject: p.title } },
    imageView_2441: {
      type: 'imageView',
      fields: {
        productId: siteId,
        imagePathList: p.gallery.map((m) => m.url),
        summImageList: p.gallery.map((m) => `${m.url}_50x50.jpg`),
        ...(p.video ? { videoInfo: { videoUid: p.video.uid, videoId: p.video.videoId } } : {}),
      },
    },
    price_2442: { type: 'price', fields: priceModule(p, price) },
    sku_2443: {
      type: 'sku',
      fields: { propertyList: skuPropertyList(p), skuList: skuPriceList(p, price) },
    },
    shipping_2444: { type: 'shipping', fields: { tradeCurrency: p.currency } },
    description_2445: { type: 'description', fields: { detailDesc: p.descriptionUrl } },
    headerInfo_2446: {
      type: 'headerInfo',
      fields: { _for_header_info: { storeModule: storeModule(p) } },
    },
    actionButtons_2447: { type: 'actionButtons', fields: { productId: siteId } },
    seoTdk_2448: {
      type: 'seoTdk',
      fields: {
        title: `${p.title} - AliExpress`,
        canonicalTag: `<link rel="canonical" href="https://www.aliexpress.com/item/${p.id}.html">`,
      },
    },
  };
  const init = {
    data: {
      hierarchy: { root: 'root_1', structure: { root_1: Object.keys(components) } },
      data: components,
      global: { currency: p.currency },
    },
  };
  return page({
    lang: 'en',
    title: `${p.title} - AliExpress`,
    head: `<link rel="canonical" href="https://www.aliexpress.com/item/${p.id}.html">`,
    body: `${itemDom(p, price, MODULE_LOOK)}
${inlineScript(`window._dida_config_ = window._dida_config_ || {};\nwindow._dida_config_._init_data_ = ${scriptJson(init)};`)}`,
  });
}
