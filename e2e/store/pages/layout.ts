/** The HTML frame every store page shares, and the escaping its data needs. */

export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** JSON safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function inlineScript(code: string, attrs = ''): string {
  return `<script${attrs ? ' ' + attrs : ''}>${code}</script>`;
}

/** Suffixed CDN form of an original image URL, as pages show thumbnails. */
export function sized(url: string, suffix: string): string {
  return `${url}${suffix}`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#191919;background:#f5f5f5}
.demo-header{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 24px;display:flex;gap:16px;align-items:center}
.demo-header b{color:#fd384f;font-size:20px;letter-spacing:-.5px}
.demo-header small{color:#757575}
.demo-main{max-width:1200px;margin:24px auto;background:#fff;border-radius:12px;padding:24px;display:grid;grid-template-columns:460px 1fr;gap:32px}
.demo-main img{display:block}
.demo-info h1{font-size:20px;font-weight:600;margin:0 0 12px}
.demo-price{font-size:28px;font-weight:700;color:#191919}
.demo-price s{font-size:16px;color:#757575;font-weight:400;margin-left:8px}
.demo-price em{font-style:normal;color:#fd384f;font-size:16px;margin-left:8px}
.demo-thumbs{display:flex;gap:8px;margin-top:10px;list-style:none;padding:0;flex-wrap:wrap}
.demo-thumbs img{width:64px;height:64px;object-fit:cover;border:1px solid #ddd;border-radius:6px}
.demo-skus{display:flex;gap:8px;margin:16px 0;list-style:none;padding:0}
.demo-skus [data-sku-col],.demo-skus li{border:2px solid #ddd;border-radius:8px;padding:3px;cursor:pointer;background:#fff}
.demo-skus .selected,.demo-skus [aria-checked="true"]{border-color:#191919}
.demo-skus img{width:48px;height:48px;object-fit:cover;border-radius:5px}
.demo-store{margin-top:20px;color:#555}
.demo-links{grid-column:1/-1;border-top:1px solid #eee;padding-top:16px}
.demo-links a{margin-right:16px;color:#0a58ca}
.demo-gallery-main{width:460px;height:460px;object-fit:contain;background:#fafafa;border-radius:10px}
`;

export interface PageParts {
  lang: string;
  title: string;
  head?: string;
  body: string;
}

export function page(parts: PageParts): string {
  return `<!doctype html>
<html lang="${esc(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(parts.title)}</title>
<style>${STYLE}</style>
${parts.head ?? ''}
</head>
<body>
<header class="demo-header"><b>AliExpress</b><small>offline demo store: every page, price and image here is made up for testing</small></header>
${parts.body}
</body>
</html>
`;
}
