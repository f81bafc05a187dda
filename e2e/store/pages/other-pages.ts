/** Pages that are not item pages (no panel may appear on them) and the description documents. */
import type { CatalogMedia, CatalogProduct } from '../catalog';
import { esc, page } from './layout';
import { storeLinks } from './item-dom';

export function descriptionPage(p: CatalogProduct): string {
  const img = (m: CatalogMedia) =>
    `<p><img src="${esc(m.url)}?width=750&amp;height=1000&amp;hash=1750" alt="" style="max-width:100%"></p>`;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div class="detailmodule_html"><h2>${esc(p.title)}</h2>
<p>Made of durable materials. Size chart and care instructions below.</p>
${p.descriptionImages.map(img).join('\n')}
</div></body></html>`;
}

export function homePage(): string {
  return page({
    lang: 'en',
    title: 'AliExpress - Online Shopping (demo)',
    body: `<main class="demo-main"><section><h1>Welcome to the offline demo store</h1><p>Pick an item below.</p></section>${storeLinks()}</main>`,
  });
}

export function listingPage(heading: string): string {
  return page({
    lang: 'en',
    title: `${heading} - AliExpress`,
    body: `<main class="demo-main"><section><h1>${esc(heading)}</h1><div class="images-view-wrap image-view--wrap--list"><p>Listing pages show many items; they are not item pages.</p></div></section>${storeLinks()}</main>`,
  });
}

export function otherSitePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another shop</title></head>
<body><h1>A site that is not AliExpress</h1><div class="images-view-wrap"></div>
<p>AliKeep must not run here.</p></body></html>`;
}
