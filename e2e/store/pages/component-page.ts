/**
 * 2023–24 item pages: `window.runParams = { data: {…Component} }`. Component minPrice/maxPrice are
 * in the base currency (CNY), as on the real site; the page's own currency is in the price lists.
 */
import type { CatalogProduct } from '../catalog';
import { amountObject, formatRange, localForm } from '../money';
import type { ProductPrice } from '../prices';
import { itemDom } from './item-dom';
import { inlineScript, page, scriptJson } from './layout';
import { skuPropertyList, storeModule } from './module-data';

const CNY_PER_UNIT: Record<string, number> = { MXN: 0.39, USD: 7.1, EUR: 7.7, RUB: 0.078 };

export function componentPage(p: CatalogProduct, price: ProductPrice): string {
  const rate = CNY_PER_UNIT[p.currency] ?? 1;
  const cny = (n: number) => Math.round(n * rate * 100) / 100;
  const data = {
    productInfoComponent: {
      idStr: p.id,
      id: Number(p.id),
      subject: p.title,
      categoryId: 200000763,
      minPrice: cny(price.min),
      maxPrice: cny(price.max),
    },
    imageComponent: {
      imagePathList: p.gallery.map((m) => m.url),
      image640PathList: p.gallery.map((m) => `${m.url}_640x640.jpg`),
      image250PathList: p.gallery.map((m) => `${m.url.replace(/^https:/, '')}_250x250.jpg`),
      imageServer: 'https://ae01.alicdn.com',
    },
    ...(p.video
      ? {
          videoComponent: {
            videoUid: p.video.uid,
            videoId: Number(p.video.videoId),
            approved: true,
          },
        }
      : {}),
    skuComponent: {
      productSKUPropertyList: skuPropertyList(p),
      selectedSkuAttr: `14:${p.variants[0]!.propertyValueId}#${p.variants[0]!.name}`,
    },
    priceComponent: {
      origPrice: {
        minAmount: amountObject(price.originalMin, p.currency),
        maxAmount: amountObject(price.originalMax, p.currency),
        multiCurrencyFormatPrice: formatRange(price.originalMin, price.originalMax, p.currency),
        currencyFormatPrice: `CN￥${cny(price.originalMin).toFixed(2)} - CN￥${cny(price.originalMax).toFixed(2)}`,
      },
      discountPrice: {
        minActivityAmount: amountObject(price.min, p.currency),
        maxActivityAmount: amountObject(price.max, p.currency),
      },
      skuPriceList: p.variants.map((v, i) => {
        const now = price.variants[i]!;
        return {
          skuIdStr: v.skuId,
          skuPropIds: v.propertyValueId,
          skuAttr: `14:${v.propertyValueId}#${v.name}`,
          skuVal: {
            skuAmount: amountObject(now.original, p.currency),
            skuActivityAmount: amountObject(now.current, p.currency),
            skuAmountLocal: localForm(now.original, p.currency),
            skuActivityAmountLocal: localForm(now.current, p.currency),
            discount: String(Math.round((1 - now.current / now.original) * 100)),
            discountTips: `-${Math.round((1 - now.current / now.original) * 100)}%`,
          },
        };
      }),
    },
    currencyComponent: {
      currencyCode: p.currency,
      currencySymbol: p.currency === 'MXN' ? 'MXN$' : '$',
      symbolFront: true,
      currencyRate: rate,
      baseCurrencyCode: 'CNY',
    },
    productDescComponent: { descriptionUrl: p.descriptionUrl },
    sellerComponent: storeModule(p),
    storeHeaderComponent: { storeHeaderResult: { storeName: p.store.name } },
    tradeComponent: { formatTradeCount: '1.000+' },
  };
  return page({
    lang: 'es',
    title: `${p.title} - AliExpress`,
    body: `${itemDom(p, price, {
      gallery: 'image-view--wrap--ewraVkn',
      main: 'magnifier--image--EYYoSlr',
      thumbs: 'slider--box--TJYmEtw',
      thumbItem: 'slider--item--FefNjlj',
      title: 'title--wrap--UUHae_g',
      titleAttrs: 'data-pl="product-title"',
      price: 'es--wrap--erdmPRe price--currentPriceText--V8_y_b5',
      original: 'price--originalText--gxVO5_d',
      discount: 'price--discount--Y9uG2LK',
      skuList: 'sku-item--skus--StEhULs',
      skuItem: 'sku-item--image--jMUnnGA',
      skuAttr: (id) => `data-sku-col="14-${id}"`,
      store: 'store-detail--storeName--Lk2FVZ4',
    })}
${inlineScript(`window.runParams = {\n data: ${scriptJson(data)}\n};`)}`,
  });
}
