/** m.aliexpress.com item pages: `var _init_data_` with the mobile site's components. */
import type { CatalogProduct } from '../catalog';
import type { ProductPrice } from '../prices';
import { itemDom } from './item-dom';
import { inlineScript, page, scriptJson } from './layout';
import { priceModule, skuPriceList, skuPropertyList } from './module-data';

export function mobilePage(p: CatalogProduct, price: ProductPrice): string {
  const init = {
    data: {
      data: {
        title_1001: { type: 'title', fields: { title: p.title, productId: p.id } },
        price_1002: {
          type: 'price',
          fields: { ...priceModule(p, price), currencyCode: p.currency },
        },
        sku_1003: {
          type: 'sku',
          fields: {
            productId: p.id,
            imageList: p.gallery.map((m) => m.url),
            propertyList: skuPropertyList(p),
            skuInfo: { skuList: skuPriceList(p, price) },
          },
        },
        meta_1004: {
          type: 'meta',
          fields: {
            seoData: {
              title: `${p.title} - AliExpress Mobile`,
              canonicalUrl: `https://www.aliexpress.com/item/${p.id}.html`,
            },
          },
        },
        store_1005: {
          type: 'store',
          fields: { storeName: p.store.name, storeURL: p.store.url, storeNum: p.store.num },
        },
      },
    },
  };
  return page({
    lang: 'en',
    title: `${p.title} - AliExpress Mobile`,
    head: '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
    body: `${itemDom(p, price, {
      gallery: 'gallery--wrap--dPcq8Fs',
      main: 'gallery--image--V8aqZrz',
      thumbs: 'gallery--dots--Yqs2g3U',
      thumbItem: 'gallery--dot--N5fHq7c',
      title: 'title--title--KUGpN1l',
      price: 'price--current--H7sGzqb',
      original: 'price--original--n8XvFv3',
      discount: 'price--discount--U7NY5wn',
      skuList: 'sku--list--Q0Pc3sC',
      skuItem: 'sku--item--cIb2nCJ',
      skuAttr: (id) => `data-sku-col="14-${id}"`,
      store: 'store--name--CC0c2ad',
    })}
${inlineScript(`var _init_data_ = ${scriptJson(init)};\nwindow.__INIT_DATA_CALLBACK__ && window.__INIT_DATA_CALLBACK__(_init_data_);`)}`,
  });
}
