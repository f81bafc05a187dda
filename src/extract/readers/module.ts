/**
 * G1 runParams "Module" pages (2019-2022, www and aliexpress.us). The init-data and mobile
 * readers map their components onto this same shape, so the field rules live in one place.
 */
import { currencyCode } from '../currency';
import { isModuleData } from '../data-shapes';
import { emptyDraft, type Draft } from '../draft';
import type { Generation } from '../model';
import type { Sources } from '../page-sources';
import { titleFromPageTitle } from '../text';
import { arr, at, firstDefined, hrefInTag, idStr, obj, str, type Obj } from '../values';
import { videoUrl } from '../media-url';
import { moneyIn, summarizePrice, textIn } from './amounts';
import { readShipping } from './shipping';
import { readProperties, readSkuPriceList, selectedByAttr } from './skus';

export function readModule(s: Sources): Draft | undefined {
  return isModuleData(s.runParamsData) ? readModuleShape(s.runParamsData, 'module') : undefined;
}

export function readModuleShape(d: Obj, generation: Generation, bareNumbers = false): Draft {
  const draft = emptyDraft(generation);
  const page = obj(d['pageModule']);
  const price = obj(d['priceModule']);
  const id = firstDefined(
    idStr(at(d, 'commonModule', 'productIdStr')),
    idStr(at(d, 'actionModule', 'productId')),
    idStr(page?.['productId']),
    idStr(at(d, 'commonModule', 'productId')),
    idStr(at(d, 'storeModule', 'productId')),
  );
  if (id) draft.id = id;
  const url =
    hrefInTag(page?.['canonicalTag']) ?? str(page?.['itemDetailUrl']) ?? str(page?.['ogurl']);
  if (url) draft.pageUrl = url;

  const title = str(at(d, 'titleModule', 'subject')) ?? titleFromPageTitle(page?.['title']);
  if (title) draft.title = title;

  const currency = firstDefined(
    currencyCode(at(d, 'webEnv', 'currency')),
    currencyCode(at(d, 'commonModule', 'currencyCode')),
    currencyCode(at(price, 'minActivityAmount', 'currency')),
    currencyCode(at(price, 'minAmount', 'currency')),
    currencyCode(price?.['currencyCode']),
  );
  if (currency) draft.currency = currency;

  const image = obj(d['imageModule']);
  for (const url of arr(image?.['imagePathList'])) {
    if (typeof url === 'string') draft.media.push({ kind: 'gallery', url });
  }
  const videoId = idStr(image?.['videoId']);
  const video = videoId && videoUrl(idStr(image?.['videoUid']), videoId);
  if (video) draft.media.push({ kind: 'video', url: video });

  const skuModule = obj(d['skuModule']);
  const props = readProperties(skuModule?.['productSKUPropertyList']);
  draft.media.push(...props.media);
  const skus = readSkuPriceList(skuModule?.['skuPriceList'], props, currency);
  draft.variants = skus.variants;
  const selected = selectedByAttr(skuModule?.['selectedSkuAttr'], skus);
  if (selected) draft.selectedVariantId = selected;

  if (price) {
    const activityText = moneyRange(price['formatedActivityPrice'], currency);
    const regularText = moneyRange(price['formatedPrice'], currency);
    const facts = summarizePrice(
      {
        currentMin:
          moneyIn(price['minActivityAmount'], currency, bareNumbers) ??
          moneyIn(price['minActivityPrice'], currency, bareNumbers) ??
          activityText?.[0],
        currentMax:
          moneyIn(price['maxActivityAmount'], currency, bareNumbers) ??
          moneyIn(price['maxActivityPrice'], currency, bareNumbers) ??
          activityText?.[1],
        originalMin:
          moneyIn(price['minAmount'], currency, bareNumbers) ??
          moneyIn(price['minPrice'], currency, bareNumbers) ??
          regularText?.[0],
        originalMax:
          moneyIn(price['maxAmount'], currency, bareNumbers) ??
          moneyIn(price['maxPrice'], currency, bareNumbers) ??
          regularText?.[1],
        discount: price['discount'] ?? price['discountTips'],
      },
      draft.variants,
    );
    if (facts) draft.price = facts;
  } else {
    const facts = summarizePrice({}, draft.variants);
    if (facts) draft.price = facts;
  }

  const store = obj(d['storeModule']);
  const storeName = str(store?.['storeName']);
  if (storeName) draft.store = { name: storeName, url: str(store?.['storeURL']) };
  const desc = str(at(d, 'descriptionModule', 'descriptionUrl'));
  if (desc) draft.descriptionUrl = desc;
  const shipping = readShipping(
    at(d, 'shippingModule', 'generalFreightInfo', 'originalLayoutResultList'),
    currency,
  );
  if (shipping) draft.shipping = shipping;
  return draft;
}

function moneyRange(v: unknown, currency: string | undefined): [number, number] | undefined {
  const parsed = textIn(v, currency);
  return parsed && [parsed.min, parsed.max];
}
