/**
 * G2 runParams "Component" pages (2023 - early 2024). The trap here: `productInfoComponent.minPrice`
 * and `origPrice.minPrice` are in the BASE currency (CNY or USD); only amount objects, the
 * `*Local` strings and the multi-currency display strings are in the buyer's currency.
 */
import { currencyCode } from '../currency';
import { isComponentData } from '../data-shapes';
import { emptyDraft, type Draft } from '../draft';
import type { Sources } from '../page-sources';
import { videoUrl } from '../media-url';
import { arr, at, firstDefined, hrefInTag, idStr, obj, str } from '../values';
import { amountIn, summarizePrice, textIn } from './amounts';
import { readShipping } from './shipping';
import { readProperties, readSkuPriceList, selectedByAttr } from './skus';

export function readComponent(s: Sources): Draft | undefined {
  const d = s.runParamsData;
  if (!isComponentData(d)) return undefined;
  const draft = emptyDraft('component');
  const info = obj(d['productInfoComponent']);
  const id = idStr(info?.['idStr']) ?? idStr(info?.['id']);
  if (id) draft.id = id;
  const meta = obj(d['metaDataComponent']);
  const url = hrefInTag(meta?.['canonicalTag']) ?? str(meta?.['ogurl']);
  if (url) draft.pageUrl = url;
  const title = str(info?.['subject']) ?? str(at(d, 'displayTitleComponent', 'subject'));
  if (title) draft.title = title;

  const price = obj(d['priceComponent']);
  const orig = obj(price?.['origPrice']);
  const act = obj(price?.['discountPrice']);
  const currency = firstDefined(
    currencyCode(at(d, 'currencyComponent', 'currencyCode')),
    currencyCode(at(orig, 'minAmount', 'currency')),
  );
  if (currency) draft.currency = currency;

  const image = obj(d['imageComponent']);
  for (const u of arr(image?.['imagePathList'])) {
    if (typeof u === 'string') draft.media.push({ kind: 'gallery', url: u });
  }
  const video = obj(d['videoComponent']);
  const videoId = idStr(video?.['videoId']);
  const vurl = videoId && videoUrl(idStr(video?.['videoUid']), videoId);
  if (vurl) draft.media.push({ kind: 'video', url: vurl });

  const skuComp = obj(d['skuComponent']);
  const props = readProperties(skuComp?.['productSKUPropertyList']);
  draft.media.push(...props.media);
  const skus = readSkuPriceList(price?.['skuPriceList'], props, currency);
  draft.variants = skus.variants;
  const selected = selectedByAttr(skuComp?.['selectedSkuAttr'], skus);
  if (selected) draft.selectedVariantId = selected;

  // Display strings here are in the display currency despite their names (`actCurrencyFormatPrice`).
  const origText = textIn(orig?.['multiCurrencyFormatPrice'], currency);
  const actText =
    textIn(act?.['actCurrencyFormatPrice'], currency) ??
    textIn(act?.['actMultiCurrencyDisplayPrice'], currency);
  const facts = summarizePrice(
    {
      currentMin: amountIn(act?.['minActivityAmount'], currency) ?? actText?.min,
      currentMax: amountIn(act?.['maxActivityAmount'], currency) ?? actText?.max,
      originalMin: amountIn(orig?.['minAmount'], currency) ?? origText?.min,
      originalMax: amountIn(orig?.['maxAmount'], currency) ?? origText?.max,
      discount: act?.['discount'] ?? price?.['discount'],
    },
    draft.variants,
  );
  if (facts) draft.price = facts;

  const seller = obj(d['sellerComponent']);
  const storeName =
    str(seller?.['storeName']) ??
    str(at(d, 'storeHeaderComponent', 'storeHeaderResult', 'storeName'));
  if (storeName) draft.store = { name: storeName, url: str(seller?.['storeURL']) };
  const desc = str(at(d, 'productDescComponent', 'descriptionUrl'));
  if (desc) draft.descriptionUrl = desc;
  const freight = obj(d['webGeneralFreightCalculateComponent']);
  const shipping = readShipping(
    freight?.['originalLayoutResultList'],
    currency,
    freight?.['shippingFeeText'],
  );
  if (shipping) draft.shipping = shipping;
  return draft;
}
