/** Pre-2019 item pages: flat `window.runParams.x = …` assignments and `var skuProducts`. */
import type { CatalogProduct } from '../catalog';
import { formatMoney } from '../money';
import type { ProductPrice } from '../prices';
import { itemDom } from './item-dom';
import { inlineScript, page, scriptJson } from './layout';

export function legacyPage(p: CatalogProduct, price: ProductPrice): string {
  const skuProducts = p.variants.map((v, i) => {
    const now = price.variants[i]!;
    return {
      skuAttr: `14:${v.propertyValueId}`,
      skuPropIds: v.propertyValueId,
      skuVal: {
        skuCalPrice: now.original.toFixed(2),
        actSkuCalPrice: now.current.toFixed(2),
        skuDisplayBulkPrice: formatMoney(now.current, p.currency),
        availQuantity: 50 + i,
      },
    };
  });
  const assignments = [
    `window.runParams = {};`,
    `window.runParams.productId="${p.id}";`,
    `window.runParams.productSubject=${scriptJson(p.title)};`,
    `window.runParams.minPrice="${price.originalMin.toFixed(2)}";`,
    `window.runParams.maxPrice="${price.originalMax.toFixed(2)}";`,
    `window.runParams.actMinPrice="${price.min.toFixed(2)}";`,
    `window.runParams.actMaxPrice="${price.max.toFixed(2)}";`,
    `window.runParams.discount="${price.discountPercent}";`,
    `window.runParams.currencyCode="${p.currency}";`,
    `window.runParams.baseCurrencyCode="${p.currency}";`,
    `window.runParams.imageBigViewURL=${scriptJson(p.gallery.map((m) => m.url))};`,
    ...(p.descriptionUrl ? [`window.runParams.detailDesc=${scriptJson(p.descriptionUrl)};`] : []),
    `var skuProducts=${scriptJson(skuProducts)};`,
    `var GaData={productIds:"en${p.id}", totalValue:${scriptJson(formatMoney(price.current, p.currency))}};`,
  ];
  return page({
    lang: 'en',
    title: `${p.title} | AliExpress`,
    body: `${itemDom(p, price, {
      gallery: 'image-viewer ui-image-viewer',
      main: 'ui-image-viewer-thumb-frame',
      thumbs: 'image-thumb-list',
      thumbItem: 'img-thumb-item',
      title: 'product-name',
      price: 'p-price',
      original: 'p-del-price',
      discount: 'p-discount-rate',
      skuList: 'sku-attr-list',
      skuItem: 'item-sku-image',
      skuAttr: (id) => `data-sku-id="${id}"`,
      store: 'store-name',
      storeWrap: 'shop-name',
    })}
${inlineScript(assignments.join('\n'))}`,
  });
}
