/** Alibaba.com `/product-detail/` pages: `window.detailData` with wholesale ladder prices. */
import type { CatalogProduct } from '../catalog';
import type { ProductPrice } from '../prices';
import { esc, inlineScript, page, scriptJson } from './layout';
import { storeLinks } from './item-dom';

export function alibabaPage(p: CatalogProduct, price: ProductPrice): string {
  const media = [
    ...p.gallery.map((m) => ({
      type: 'image',
      imageUrl: { big: m.url, normal: `${m.url}_350x350.jpg`, small: `${m.url}_120x120.jpg` },
    })),
    ...(p.video
      ? [
          {
            type: 'video',
            videoId: Number(p.video.videoId),
            videoCoverUrl: p.video.poster,
            videoUrl: { hd: { videoUrl: p.video.url }, sd: { videoUrl: p.video.url } },
          },
        ]
      : []),
  ];
  const ladder = [
    { min: 100, max: 499, price: price.max, dollarPrice: price.max },
    { min: 500, max: 1999, price: price.min, dollarPrice: price.min },
  ].map((r) => ({ ...r, formatPrice: `$${r.price.toFixed(2)}` }));
  const detailData = {
    globalData: {
      product: {
        productId: Number(p.id),
        subject: p.title,
        moq: 100,
        mediaItems: media,
        price: {
          currencyCode: p.currency,
          productLadderPrices: ladder,
          formatLadderPrice: ladder.map((r) => ({ price: r.formatPrice })),
          unitEven: 'pieces',
        },
        sku: {
          skuAttrs: [
            {
              id: 3216,
              name: 'Color',
              values: p.variants.map((v) => ({ id: Number(v.propertyValueId), name: v.name })),
            },
          ],
          skuInfoMap: Object.fromEntries(
            p.variants.map((v, i) => [
              `3216:${v.propertyValueId}`,
              {
                skuId: v.skuId,
                price: price.variants[i]!.current,
                dollarPrice: price.variants[i]!.current,
              },
            ]),
          ),
        },
      },
      seller: {
        companyName: p.store.name,
        companyId: Number(p.store.num),
        companyProfileUrl: p.store.url,
      },
    },
  };
  const first = p.gallery[0];
  return page({
    lang: 'en',
    title: `${p.title} - Buy on Alibaba.com`,
    body: `<main class="demo-main">
<section class="detail-main-img">
${first ? `<img class="demo-gallery-main main-image-thumb" src="${esc(first.url)}_350x350.jpg" alt="">` : ''}
<ul class="demo-thumbs">${p.gallery.map((m) => `<li><img src="${esc(m.url)}_120x120.jpg" alt=""></li>`).join('')}</ul>
</section>
<section class="demo-info">
<h1 class="product-title">${esc(p.title)}</h1>
<div class="demo-price"><span data-role="current">$${price.min.toFixed(2)} - $${price.max.toFixed(2)}</span></div>
<p>Min. order: 100 pieces</p>
<div class="demo-store">Supplier: <a href="${esc(p.store.url)}">${esc(p.store.name)}</a></div>
</section>
${storeLinks(p)}
</main>
${inlineScript(`window.detailData = ${scriptJson(detailData)};\nwindow.detailData.scVersion = '2.0';`)}`,
  });
}
