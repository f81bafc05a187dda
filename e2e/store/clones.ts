/**
 * Many distinct items from one catalog product, for figures that need a large watchlist of real
 * pages (the 200-item recheck cycle of the bench): the id `cloneId(key, n)` answers with a copy of
 * the catalog product under that id, numbered in its title, with the same page generation and
 * prices. On the CSR host a clone, like any item, opens as a client-rendered page.
 */
import { catalog, PRODUCT_KEYS, type CatalogProduct, type ProductKey } from './catalog';

/** Clone ids look like AliExpress ids (16 digits, 1005…): 10050099, the key's index, then n. */
const CLONE_ID = /^10050099(\d{2})(\d{6})$/;
export const MAX_CLONES = 1_000_000;

export function cloneId(key: ProductKey, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= MAX_CLONES) {
    throw new Error(`A clone number runs from 0 to ${MAX_CLONES - 1}, not ${n}.`);
  }
  const index = String(PRODUCT_KEYS.indexOf(key)).padStart(2, '0');
  return `10050099${index}${String(n).padStart(6, '0')}`;
}

/** The catalog product `id` is a clone of, under that id; undefined for any other id. */
export function findClone(id: string): CatalogProduct | undefined {
  const m = CLONE_ID.exec(id);
  const key = m ? PRODUCT_KEYS[Number(m[1])] : undefined;
  // Items whose URL carries another id than the product (.us) or another site stay unique.
  if (!m || !key || key === 'us' || key === 'alibaba') return undefined;
  const p = catalog[key];
  return {
    ...p,
    id,
    url: p.url.replace(p.siteId ?? p.id, id),
    title: `${p.title} (${Number(m[2]) + 1})`,
  };
}
