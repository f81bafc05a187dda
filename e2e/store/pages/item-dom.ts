/**
 * The server-rendered markup of an item page: gallery, title, price, variant chooser, store, and
 * links to the rest of the store. Class names differ per page generation, as on the real site.
 */
import { catalog, PRODUCT_KEYS, type CatalogProduct } from '../catalog';
import { formatMoney } from '../money';
import type { ProductPrice } from '../prices';
import { esc } from './layout';

export interface Look {
  gallery: string;
  main: string;
  thumbs: string;
  thumbItem: string;
  title: string;
  titleAttrs?: string;
  price: string;
  original: string;
  discount: string;
  skuList: string;
  skuItem: string;
  /** How a variant chip names itself: `data-sku-col` (2023+) or `data-sku-id` (legacy). */
  skuAttr: (valueId: string) => string;
  store: string;
  storeWrap?: string;
}

export function itemDom(p: CatalogProduct, price: ProductPrice, look: Look): string {
  const first = p.gallery[0];
  const thumbs = p.gallery
    .map((m) => `<li class="${look.thumbItem}"><img src="${esc(m.url)}_50x50.jpg" alt=""></li>`)
    .join('');
  const video = p.video
    ? `<video id="item-video" src="${esc(p.video.url)}" poster="${esc(p.video.poster)}" muted playsinline preload="none" width="120" height="120"></video>`
    : '';
  const skus = p.variants
    .map((v, i) => {
      const now = price.variants[i]!;
      const img = v.image
        ? `<img src="${esc(v.image.url)}_50x50.jpg" alt="${esc(v.name)}" bigpic="${esc(v.image.url)}_640x640.jpg">`
        : esc(v.name);
      return `<li class="${look.skuItem}${i === 0 ? ' selected' : ''}" ${look.skuAttr(v.propertyValueId)} title="${esc(v.name)}" data-sku-id-str="${v.skuId}" data-price="${esc(formatMoney(now.current, p.currency))}" data-original="${esc(formatMoney(now.original, p.currency))}">${img}</li>`;
    })
    .join('');
  return `<main class="demo-main">
<section class="${look.gallery}">
${first ? `<img class="demo-gallery-main ${look.main}" src="${esc(first.url)}_640x640.jpg" alt="">` : ''}
<ul class="demo-thumbs ${look.thumbs}">${thumbs}</ul>
${video}
</section>
<section class="demo-info">
<h1 class="${look.title}" ${look.titleAttrs ?? ''}>${esc(p.title)}</h1>
<div class="demo-price"><span class="${look.price}" data-role="current">${esc(formatMoney(price.current, p.currency))}</span><s class="${look.original}" data-role="original">${esc(formatMoney(price.original, p.currency))}</s><em class="${look.discount}">-${price.discountPercent}%</em></div>
<ul class="demo-skus ${look.skuList}">${skus}</ul>
<div class="demo-store ${look.storeWrap ?? ''}">Sold by <a class="${look.store}" href="${esc(p.store.url)}">${esc(p.store.name)}</a></div>
</section>
${storeLinks(p)}
</main>
<script src="/static/sku.js" defer></script>`;
}

export function storeLinks(current?: CatalogProduct): string {
  const items = PRODUCT_KEYS.filter((k) => catalog[k] !== current)
    .map(
      (k) => `<a href="${esc(catalog[k].url)}" data-item-key="${k}">${esc(catalog[k].title)}</a>`,
    )
    .join('');
  return `<nav class="demo-links"><strong>More in the demo store:</strong> ${items}</nav>`;
}

/** Marks the chosen variant and shows its price; the site's own behaviour on a variant click. */
export const SKU_SCRIPT = `(() => {
  document.addEventListener('click', (event) => {
    const chip = event.target instanceof Element ? event.target.closest('[data-sku-id-str]') : null;
    if (!chip) return;
    event.preventDefault();
    for (const other of document.querySelectorAll('[data-sku-id-str]')) {
      other.classList.toggle('selected', other === chip);
      other.setAttribute('aria-checked', String(other === chip));
    }
    const current = document.querySelector('[data-role="current"]');
    const original = document.querySelector('[data-role="original"]');
    if (current) current.textContent = chip.getAttribute('data-price');
    if (original) original.textContent = chip.getAttribute('data-original');
  });
})();
`;
