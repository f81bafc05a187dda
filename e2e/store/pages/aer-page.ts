/**
 * aliexpress.ru item pages: the server-rendered widget tree in `<script id="__AER_DATA__">`
 * (gallery, store), JSON-LD with the offer, and variants with prices that the page's own script
 * loads from a `/productData` endpoint.
 */
import type { CatalogProduct } from '../catalog';
import { formatMoney } from '../money';
import type { ProductPrice } from '../prices';
import { esc, inlineScript, page, scriptJson } from './layout';
import { storeLinks } from './item-dom';

export const productDataPath = (id: string) => `/aer-api/v1/product/${id}/productData`;

export function aerData(p: CatalogProduct) {
  const gallery = [
    ...p.gallery.map((m) => ({ imageUrl: m.url, previewUrl: `${m.url}_220x220.jpg` })),
    ...(p.video ? [{ videoUrl: p.video.url, previewUrl: p.video.poster }] : []),
  ];
  return {
    widgets: [
      {
        widgetId: 'bx/layout',
        children: [
          {
            widgetId: 'bx/pdp/gallery',
            props: { id: p.id, name: p.title, gallery },
          },
          {
            widgetId: 'bx/pdp/store',
            props: {
              id: Number(p.store.num),
              name: p.store.name,
              url: p.store.url,
              positiveReviews: '97,1%',
              followers: '11 262',
            },
          },
        ],
      },
    ],
  };
}

export function productData(p: CatalogProduct, price: ProductPrice) {
  const cheapest = price.variants.findIndex((v) => v.current === price.current);
  const amount = (n: number) => ({
    value: n,
    currency: p.currency,
    formatted: formatMoney(n, p.currency),
    cents: Math.round(n * 100),
  });
  return {
    data: {
      id: p.id,
      name: p.title,
      activeSkuId: p.variants[cheapest]!.skuId,
      skuInfo: {
        propertyList: [
          {
            id: 14,
            name: 'Цвет',
            values: p.variants.map((v) => ({
              id: Number(v.propertyValueId),
              name: v.name,
              displayName: v.name,
              ...(v.image ? { imageUrl: `${v.image.url}_640x640.jpg` } : {}),
            })),
          },
        ],
        priceList: p.variants.map((v, i) => {
          const now = price.variants[i]!;
          return {
            skuId: v.skuId,
            skuPropIds: v.propertyValueId,
            skuAttr: `14:${v.propertyValueId}#${v.name}`,
            availQuantity: 40 + i,
            activityAmount: amount(now.current),
            amount: amount(now.original),
          };
        }),
      },
    },
  };
}

export interface AerPageOptions {
  /** How the page's script asks for its product data: `fetch` (the default) or XMLHttpRequest. */
  transport?: 'fetch' | 'xhr';
  /** Page JavaScript run in <head>, after AliKeep's document_start helper, before the page's data. */
  headScript?: string;
}

export function aerPage(
  p: CatalogProduct,
  price: ProductPrice,
  options: AerPageOptions = {},
): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.title,
    sku: p.id,
    image: p.gallery.map((m) => m.url),
    offers: {
      '@type': 'AggregateOffer',
      lowPrice: price.min.toFixed(2),
      highPrice: price.max.toFixed(2),
      priceCurrency: p.currency,
    },
  };
  const first = p.gallery[0];
  return page({
    lang: 'ru',
    title: `${p.title} — купить по низкой цене на AliExpress`,
    head: `${options.headScript ? inlineScript(options.headScript) : ''}
<meta property="og:title" content="${esc(p.title)}">
<meta property="og:image" content="${esc(first?.url ?? '')}">
<script type="application/ld+json">${scriptJson(jsonLd)}</script>`,
    body: `<main class="demo-main SnowProductPage_Layout__main__q1w2e">
<section class="SnowProductGallery_Gallery_wrapper__x3c4v" data-widget="gallery">
${first ? `<img class="demo-gallery-main SnowProductGallery_Gallery__image__a1s2d" src="${esc(first.url)}_640x640.jpg" alt="">` : ''}
<ul class="demo-thumbs">${p.gallery.map((m) => `<li><img src="${esc(m.url)}_220x220.jpg" alt=""></li>`).join('')}</ul>
</section>
<section class="demo-info">
<h1 class="HazeProductDescription_HazeProductDescription__name__r5t6y">${esc(p.title)}</h1>
<div class="demo-price HazeProductPrice_SnowPrice__container__z9x8c"><span data-role="current" class="HazeProductPrice_SnowPrice__mainM__f5g6h">${esc(formatMoney(price.current, p.currency))}</span><s data-role="original"></s></div>
<ul class="demo-skus" data-role="skus"></ul>
<div class="demo-store">Продавец: <a href="${esc(p.store.url)}">${esc(p.store.name)}</a></div>
</section>
${storeLinks(p)}
</main>
<script id="__AER_DATA__" type="application/json">${scriptJson(aerData(p))}</script>
${inlineScript(`window.__demoProductData = ${scriptJson({ url: productDataPath(p.id), transport: options.transport ?? 'fetch' })};`)}
<script src="/static/aer.js" defer></script>`,
  });
}

/**
 * The page's script: loads SKUs and prices (with fetch or XMLHttpRequest, as the page says),
 * renders the chips, switches the price on a click.
 */
export const AER_SCRIPT = `(() => {
  const list = document.querySelector('[data-role="skus"]');
  const current = document.querySelector('[data-role="current"]');
  const original = document.querySelector('[data-role="original"]');
  const { url, transport } = window.__demoProductData;
  const load = transport === 'xhr'
    ? new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', url);
        xhr.responseType = 'json';
        xhr.addEventListener('load', () =>
          xhr.status === 200 ? resolve(xhr.response) : reject(new Error('HTTP ' + xhr.status)));
        xhr.addEventListener('error', () => reject(new Error('network')));
        xhr.send();
      })
    : fetch(url).then((r) => r.json());
  load.then((json) => {
    const info = json.data.skuInfo;
    const values = info.propertyList[0].values;
    const show = (sku) => {
      current.textContent = sku.activityAmount.formatted;
      original.textContent = sku.amount.value > sku.activityAmount.value ? sku.amount.formatted : '';
    };
    info.priceList.forEach((sku, i) => {
      const value = values[i];
      const li = document.createElement('li');
      li.className = 'SnowSku_SkuPropertyItem__optionWrap__k8j7h';
      li.setAttribute('data-sku-id-str', sku.skuId);
      li.setAttribute('title', value.displayName);
      if (sku.skuId === json.data.activeSkuId) li.classList.add('selected');
      if (value.imageUrl) {
        const img = document.createElement('img');
        img.src = value.imageUrl.replace(/_640x640\\.jpg$/, '_220x220.jpg');
        img.alt = value.displayName;
        li.append(img);
      } else li.textContent = value.displayName;
      li.addEventListener('click', () => {
        for (const other of list.children) other.classList.toggle('selected', other === li);
        show(sku);
      });
      list.append(li);
    });
    const active = info.priceList.find((s) => s.skuId === json.data.activeSkuId);
    if (active) show(active);
  }).catch(() => { list.textContent = 'Не удалось загрузить варианты'; });
})();
`;
