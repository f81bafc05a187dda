/**
 * Which responses the `/productData` capture looks at (the manifest decides which pages get the
 * capture: aliexpress.ru item pages). `isProductDataUrl` is written with indexing and comparisons
 * only: it runs after the page's scripts, whose world owns the String methods.
 */

const SUFFIX = '/productData';

/**
 * Whether `url` names the product-data endpoint: its path (before `?` or `#`) ends in
 * `/productData`. With `origin`, the URL must also be absolute on that origin; without it, a
 * relative URL passes too (what a page hands to `fetch` before the browser resolves it).
 */
export function isProductDataUrl(url: unknown, origin = ''): boolean {
  if (typeof url !== 'string' || url.length > 4096) return false;
  const prefix = origin && origin + '/';
  let end = 0;
  for (; end < prefix.length; end++) if (url[end] !== prefix[end]) return false;
  const path = origin ? end - 1 : 0;
  while (end < url.length && url[end] !== '?' && url[end] !== '#') end++;
  const from = end - SUFFIX.length;
  if (from < path) return false;
  for (let i = 0; i < SUFFIX.length; i++) if (url[from + i] !== SUFFIX[i]) return false;
  return true;
}
