/**
 * 2024+ client-rendered item pages: the served HTML is a shell with `_d_c_.DCData` (gallery only);
 * title, price and variants appear once the page's own script has loaded the
 * `mtop.aliexpress.pdp.pc.query` result from the API host and rendered hashed-class markup.
 */
import type { CatalogProduct } from '../catalog';
import { amountObject, formatMoney, localForm } from '../money';
import type { ProductPrice } from '../prices';
import { inlineScript, page, scriptJson } from './layout';

export const MTOP_PATH = '/h5/mtop.aliexpress.pdp.pc.query/1.0/';

export function csrShell(
  p: CatalogProduct,
  host: string,
  links: { href: string; title: string }[],
): string {
  const dcData = {
    imagePathList: p.gallery.map((m) => m.url),
    summImagePathList: p.gallery.map((m) => `${m.url}_80x80.jpg`),
    extParams: { site: 'deu', host },
  };
  return page({
    lang: 'de',
    title: 'AliExpress',
    body: `<div id="root" class="demo-root"><p class="demo-loading">Lädt …</p></div>
${inlineScript(`window.runParams = {};\nwindow._d_c_ = window._d_c_ || {};\nwindow._d_c_.isCSR = true;\nwindow._d_c_.DCData = ${scriptJson(dcData)};\nwindow.__demoLinks = ${scriptJson(links)};`)}
<script src="/static/pdp.js" defer></script>`,
  });
}

/** The `data.result` modules of the pdp query for a product at its current price. */
export function mtopResult(p: CatalogProduct, price: ProductPrice) {
  const siteId = p.siteId ?? p.id;
  const priceInfo = (i: number) => {
    const now = price.variants[i]!;
    return {
      salePriceString: formatMoney(now.current, p.currency),
      salePriceLocal: localForm(now.current, p.currency),
      salePrice: amountObject(now.current, p.currency),
      originalPrice: amountObject(now.original, p.currency),
      discount: Math.round((1 - now.current / now.original) * 100),
    };
  };
  const cheapest = price.variants.findIndex((v) => v.current === price.current);
  const priceMap: Record<string, unknown> = {};
  p.variants.forEach((v, i) => {
    priceMap[v.skuId] = i === cheapest ? { $ref: '$.PRICE.targetSkuPriceInfo' } : priceInfo(i);
  });
  return {
    GLOBAL_DATA: {
      globalData: {
        productId: siteId,
        currencyCode: p.currency,
        storeId: Number(p.store.num),
        sellerId: 2200000000 + Number(p.store.num),
        subject: p.title,
      },
    },
    PRODUCT_TITLE: { text: p.title },
    HEADER_IMAGE_PC: {
      imagePathList: p.gallery.map((m) => m.url),
      ...(p.video
        ? { productVideo: { videoPlayInfo: { webUrl: p.video.url }, posterUrl: p.video.poster } }
        : {}),
    },
    PRICE: {
      targetSkuPriceInfo: { ...priceInfo(cheapest), skuIdStr: p.variants[cheapest]!.skuId },
      skuIdStrPriceInfoMap: priceMap,
    },
    SKU: {
      skuProperties: [
        {
          skuPropertyId: 14,
          skuPropertyName: 'Farbe',
          skuPropertyValues: p.variants.map((v) => ({
            propertyValueIdLong: Number(v.propertyValueId),
            propertyValueName: v.name,
            propertyValueDisplayName: v.name,
            ...(v.image ? { skuPropertyImagePath: `${v.image.url}_220x220.jpg` } : {}),
          })),
        },
      ],
      skuPaths: p.variants.map((v) => ({
        skuIdStr: v.skuId,
        path: `14:${v.propertyValueId}`,
        skuAttr: `14:${v.propertyValueId}#${v.name}`,
        skuStock: 80,
        salable: true,
      })),
      selectedSkuIdStr: p.variants[cheapest]!.skuId,
    },
    SHOP_CARD_PC: {
      storeName: p.store.name,
      sellerInfo: { storeURL: p.store.url, storeNum: Number(p.store.num) },
      sellerPositiveRate: '96.4%',
    },
    ...(p.descriptionUrl ? { DESC: { pcDescUrl: p.descriptionUrl } } : {}),
    SHIPPING: {
      deliveryLayoutInfo: [
        {
          bizData: {
            displayAmount: 0,
            displayCurrency: p.currency,
            shippingFee: 'free',
            deliveryDayMin: 7,
            deliveryDayMax: 12,
            shipFrom: 'China',
            shipFromCode: 'CN',
          },
        },
      ],
    },
  };
}

export function mtopResponse(p: CatalogProduct, price: ProductPrice) {
  return {
    api: 'mtop.aliexpress.pdp.pc.query',
    ret: ['SUCCESS::调用成功'],
    v: '1.0',
    data: { result: mtopResult(p, price) },
  };
}

/** The page's own script: loads the product, exposes it on `_d_c_`, renders, switches variants, navigates in place. */
export const PDP_SCRIPT = `(() => {
  const API = 'https://acs.aliexpress.com${MTOP_PATH}';
  const root = document.getElementById('root');
  const h = (tag, attrs, ...children) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    for (const c of children.flat()) if (c != null) el.append(c);
    return el;
  };
  const money = (info) => info.salePriceString;
  let state = null;

  function render(result) {
    const g = result.GLOBAL_DATA.globalData;
    const images = result.HEADER_IMAGE_PC.imagePathList;
    const price = result.PRICE;
    const target = price.targetSkuPriceInfo;
    const info = (id) => {
      const v = price.skuIdStrPriceInfoMap[id];
      return v && v.$ref ? target : v;
    };
    const prop = result.SKU.skuProperties[0];
    const chips = result.SKU.skuPaths.map((path, i) => {
      const value = prop.skuPropertyValues[i];
      const chip = h('div', {
        class: 'sku-item--image--jMUnnGA' + (path.skuIdStr === result.SKU.selectedSkuIdStr ? ' sku-item--selected--blWwzpV' : ''),
        'data-sku-col': prop.skuPropertyId + '-' + value.propertyValueIdLong,
        'data-sku-id-str': path.skuIdStr,
        title: value.propertyValueDisplayName,
      }, value.skuPropertyImagePath ? h('img', { src: value.skuPropertyImagePath, alt: value.propertyValueDisplayName }) : value.propertyValueDisplayName);
      return chip;
    });
    const current = h('span', { class: 'price--currentPriceText--V8_y_b5 pdp-comp-price-current', 'data-role': 'current' }, money(target));
    const original = h('s', { class: 'price--originalText--gxVO5_d', 'data-role': 'original' }, target.originalPrice.formatedAmount);
    const discount = h('em', { class: 'price--discount--Y9uG2LK' }, '-' + target.discount + '%');
    const video = result.HEADER_IMAGE_PC.productVideo;
    const main = h('main', { class: 'demo-main pdp-body--wrap--Ez2ff3L' },
      h('section', { class: 'slider--wrap--dfLgmYD' },
        h('div', { class: 'magnifier--wrap--cF4cafd' },
          h('img', { class: 'demo-gallery-main magnifier--image--EYYoSlr', src: images[0] + '_960x960q75.jpg_.avif', alt: '' })),
        h('div', { class: 'demo-thumbs slider--box--TJYmEtw' },
          images.map((src) => h('div', { class: 'slider--img--kD4mIg7' }, h('img', { src: src + '_220x220q75.jpg_.avif', alt: '' })))),
        video ? h('div', { class: 'video--wrap--EhkqzuR' }, h('video', { src: video.videoPlayInfo.webUrl, poster: video.posterUrl, muted: '', preload: 'none', width: '120', height: '120' })) : null),
      h('section', { class: 'demo-info' },
        h('h1', { 'data-pl': 'product-title', class: 'title--wrap--UUHae_g' }, result.PRODUCT_TITLE.text),
        h('div', { class: 'demo-price price--wrap--Z2J0QVM' }, current, original, discount),
        h('div', { class: 'demo-skus sku-item--skus--StEhULs' }, chips),
        h('div', { class: 'demo-store store-info--wrap--jcKyVbW' }, 'Verkauft von ',
          h('a', { class: 'store-detail--storeName--Lk2FVZ4', href: result.SHOP_CARD_PC.sellerInfo.storeURL }, result.SHOP_CARD_PC.storeName))),
      h('nav', { class: 'demo-links' }, h('strong', {}, 'Mehr aus dem Demo-Shop: '),
        (window.__demoLinks || []).map((l) => h('a', { href: l.href, 'data-spa': '' }, l.title))));
    root.replaceChildren(main);
    document.title = result.PRODUCT_TITLE.text + ' - AliExpress';
    state = { result, info, current, original, discount };
  }

  async function load(path) {
    const m = /\\/item\\/(\\d+)\\.html/.exec(path);
    if (!m) return;
    const data = JSON.stringify({ productId: m[1], _lang: 'de_DE', _currency: 'EUR', country: 'DE' });
    const url = API + '?jsv=2.5.1&appKey=12574478&t=' + Date.now() + '&type=originaljson&data=' + encodeURIComponent(data);
    try {
      const response = await fetch(url);
      const json = await response.json();
      if (!json.data || !json.data.result) throw new Error(String(json.ret));
      window._d_c_ = window._d_c_ || {};
      window._d_c_.lifeCycleEventList = [{ name: 'dataReady', data: json.data.result }];
      render(json.data.result);
    } catch (error) {
      root.replaceChildren(h('p', { class: 'demo-error' }, 'Das Produkt konnte nicht geladen werden.'));
    }
  }

  document.addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target : null;
    const chip = el && el.closest('[data-sku-id-str]');
    if (chip && state) {
      for (const other of document.querySelectorAll('[data-sku-id-str]')) {
        other.classList.toggle('sku-item--selected--blWwzpV', other === chip);
      }
      const info = state.info(chip.getAttribute('data-sku-id-str'));
      state.result.SKU.selectedSkuIdStr = chip.getAttribute('data-sku-id-str');
      if (info) {
        state.current.textContent = money(info);
        state.original.textContent = info.originalPrice.formatedAmount;
        state.discount.textContent = '-' + info.discount + '%';
      }
      return;
    }
    const link = el && el.closest('a[data-spa]');
    if (link && link.host === location.host && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      history.pushState({}, '', link.pathname);
      load(link.pathname);
    }
  });
  window.addEventListener('popstate', () => load(location.pathname));
  load(location.pathname);
})();
`;
