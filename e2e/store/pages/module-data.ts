/**
 * The "Module" data shape of 2019–22 runParams, which the `_init_data_` and mobile pages also
 * carry in their own wrappers.
 */
import type { CatalogProduct } from '../catalog';
import { amountObject, formatMoney, formatRange } from '../money';
import type { ProductPrice } from '../prices';

export const COLOR_PROPERTY_ID = 14;

export function skuPropertyList(p: CatalogProduct) {
  return [
    {
      skuPropertyId: COLOR_PROPERTY_ID,
      skuPropertyName: 'Color',
      skuPropertyValues: p.variants.map((v) => ({
        propertyValueId: Number(v.propertyValueId),
        propertyValueIdLong: Number(v.propertyValueId),
        propertyValueName: v.name,
        propertyValueDisplayName: v.name,
        ...(v.image
          ? {
              skuPropertyImagePath: `${v.image.url}_640x640.jpg`,
              skuPropertyImageSummPath: `${v.image.url}_50x50.jpg`,
            }
          : {}),
      })),
    },
  ];
}

export function skuPriceList(p: CatalogProduct, price: ProductPrice) {
  return p.variants.map((v, i) => {
    const now = price.variants[i]!;
    return {
      skuIdStr: v.skuId,
      skuId: Number(v.skuId),
      skuPropIds: v.propertyValueId,
      skuAttr: `${COLOR_PROPERTY_ID}:${v.propertyValueId}#${v.name}`,
      skuVal: {
        skuAmount: amountObject(now.original, p.currency),
        skuActivityAmount: amountObject(now.current, p.currency),
        skuCalPrice: now.original.toFixed(2),
        availQuantity: 120 + i,
      },
    };
  });
}

export function priceModule(p: CatalogProduct, price: ProductPrice) {
  return {
    minAmount: amountObject(price.originalMin, p.currency),
    maxAmount: amountObject(price.originalMax, p.currency),
    minActivityAmount: amountObject(price.min, p.currency),
    maxActivityAmount: amountObject(price.max, p.currency),
    formatedPrice: formatRange(price.originalMin, price.originalMax, p.currency),
    formatedActivityPrice: formatRange(price.min, price.max, p.currency),
    discount: price.discountPercent,
    discountTips: `-${price.discountPercent}%`,
  };
}

export function storeModule(p: CatalogProduct) {
  return {
    storeName: p.store.name,
    storeNum: Number(p.store.num),
    storeURL: p.store.url.replace(/^https:/, ''),
    positiveRate: '97.8%',
    followingNumber: 2310,
  };
}

export function moduleData(p: CatalogProduct, price: ProductPrice) {
  const siteId = p.siteId ?? p.id;
  return {
    actionModule: { productId: Number(siteId), freightExt: '{"p1":"1.20","p3":"USD"}' },
    commonModule: { productIdStr: siteId, currencyCode: p.currency },
    webEnv: { currency: p.currency, language: 'en' },
    titleModule: { subject: p.title, tradeCount: 1843 },
    pageModule: {
      productId: Number(siteId),
      title: `${p.title} - AliExpress`,
      canonicalTag: `<link rel="canonical" href="https://www.aliexpress.com/item/${p.id}.html">`,
      itemDetailUrl: `https://www.aliexpress.com/item/${p.id}.html`,
    },
    imageModule: {
      imagePathList: p.gallery.map((m) => m.url),
      summImagePathList: p.gallery.map((m) => `${m.url}_50x50.jpg`),
      ...(p.video ? { videoUid: p.video.uid, videoId: Number(p.video.videoId) } : {}),
    },
    priceModule: priceModule(p, price),
    skuModule: {
      productSKUPropertyList: skuPropertyList(p),
      skuPriceList: skuPriceList(p, price),
    },
    storeModule: storeModule(p),
    descriptionModule: p.descriptionUrl ? { descriptionUrl: p.descriptionUrl } : {},
  };
}

export function priceLine(p: CatalogProduct, price: ProductPrice): string {
  return `${formatMoney(price.current, p.currency)}`;
}
