/** 2019–22 item pages: `window.runParams = { data: {…Module} }` and the markup of that era. */
import type { CatalogProduct } from '../catalog';
import type { ProductPrice } from '../prices';
import { itemDom } from './item-dom';
import { inlineScript, page, scriptJson } from './layout';
import { moduleData } from './module-data';

export const MODULE_LOOK = {
  gallery: 'images-view-wrap',
  main: 'magnifier-image',
  thumbs: 'images-view-list',
  thumbItem: 'images-view-item',
  title: 'product-title-text',
  price: 'product-price-value',
  original: 'product-price-original',
  discount: 'product-price-mark',
  skuList: 'sku-property-list',
  skuItem: 'sku-property-item sku-property-image',
  skuAttr: (id: string) => `data-sku-col="14-${id}"`,
  store: 'shop-name',
};

export function modulePage(p: CatalogProduct, price: ProductPrice): string {
  const data = scriptJson(moduleData(p, price));
  return page({
    lang: 'en',
    title: `${p.title} - AliExpress`,
    head: `<link rel="canonical" href="https://www.aliexpress.com/item/${p.id}.html">`,
    body: `${itemDom(p, price, MODULE_LOOK)}
${inlineScript(`window.runParams = {\n data: ${data}, csrfToken: 'demo-${p.id}', abVersion: '', abtestMap: {} };`)}`,
  });
}
