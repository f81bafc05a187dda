/**
 * A readable summary of one extraction, for the `npm run extract` CLI and for bug reports:
 * which format was read, what was found and what was missing. Pure: text in, text out.
 */
import type { ExtractResult, Generation, MediaKind, Product } from './model';
import type { SavedKind } from './saved-page';

const FORMAT_NAMES: Record<Generation, string> = {
  legacy: 'legacy flat runParams (2018)',
  module: 'runParams Module (2019-2022)',
  'init-data': '_dida_config_._init_data_ (2022)',
  mobile: 'm.aliexpress.com _init_data_',
  component: 'runParams Component (2023-2024)',
  csr: 'client-rendered page (mtop result, DCData, JSON-LD, og tags or DOM)',
  aer: 'aliexpress.ru (__AER_DATA__ / productData)',
  alibaba: 'alibaba.com window.detailData',
};

const KINDS: MediaKind[] = ['gallery', 'variant', 'description', 'video'];

export interface ReportContext {
  /** File name or other label of what was read. */
  source?: string;
  kind?: SavedKind;
  /** Milliseconds the extraction took. */
  ms?: number;
}

/** Fields a complete item page usually has and this product lacks. */
export function missingFields(p: Product): string[] {
  const missing: string[] = [];
  if (!p.title) missing.push('title');
  if (!p.price) missing.push('price');
  if (!p.currency) missing.push('currency');
  if (!p.media.some((m) => m.kind === 'gallery')) missing.push('gallery images');
  if (p.variants.length === 0) missing.push('variants');
  if (!p.store) missing.push('store');
  if (!p.descriptionUrl) missing.push('description');
  if (!p.shipping) missing.push('shipping');
  return missing;
}

function amount(n: number, currency?: string): string {
  // Two decimals unless the amount has more (prices are kept to four).
  const text = Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 ? n.toFixed(2) : String(n);
  return currency ? `${text} ${currency}` : text;
}

function priceLine(p: Product): string | undefined {
  const price = p.price;
  if (!price) return undefined;
  const parts = [amount(price.current, p.currency)];
  if (price.original !== undefined) {
    const off = price.discountPercent !== undefined ? ` (-${price.discountPercent}%)` : '';
    parts.push(`was ${amount(price.original)}${off}`);
  } else if (price.discountPercent !== undefined) parts.push(`-${price.discountPercent}%`);
  if (price.min !== undefined && price.max !== undefined) {
    parts.push(`range ${amount(price.min)} - ${amount(price.max)}`);
  }
  return parts.join(', ');
}

function variantsLine(p: Product): string {
  const n = p.variants.length;
  if (n === 0) return '0';
  const priced = p.variants.filter((v) => v.price !== undefined).length;
  const pictured = p.variants.filter((v) => v.image).length;
  const selected = p.selectedVariantId ? `, selected ${p.selectedVariantId}` : '';
  const first = p.variants.slice(0, 3).map((v) => v.name);
  const more = n > 3 ? ', ...' : '';
  return `${n} (${priced} priced, ${pictured} with image${selected}): ${first.join('; ')}${more}`;
}

function shippingLine(p: Product): string | undefined {
  const s = p.shipping;
  if (!s) return undefined;
  const parts: string[] = [];
  if (s.free) parts.push('free');
  else if (s.cost !== undefined) parts.push(amount(s.cost, p.currency));
  if (s.text) parts.push(`"${s.text}"`);
  return parts.join(', ') || 'stated';
}

function lines(rows: [string, string | undefined][]): string {
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`)
    .join('\n');
}

export function formatReport(result: ExtractResult, context: ReportContext = {}): string {
  const source = context.source
    ? `${context.source}${context.kind ? ` (${context.kind})` : ''}`
    : undefined;
  const time = context.ms !== undefined ? `${context.ms.toFixed(1)} ms` : undefined;
  if (!result.ok) {
    return lines([
      ['source', source],
      ['result', `no product (${result.reason})`],
      ['reason', result.message],
      ['time', time],
    ]);
  }
  const p = result.product;
  const counts = KINDS.map((k) => `${p.media.filter((m) => m.kind === k).length} ${k}`);
  const missing = missingFields(p);
  return lines([
    ['source', source],
    ['format', `${FORMAT_NAMES[p.generation]} [${p.generation}]`],
    ['id', p.siteId ? `${p.id} (page id ${p.siteId})` : p.id],
    ['site', p.site],
    ['url', p.url],
    ['title', p.title ?? '-'],
    ['price', priceLine(p) ?? '-'],
    ['currency', p.currency ?? '-'],
    ['media', counts.join(', ')],
    ['variants', variantsLine(p)],
    ['store', p.store ? `${p.store.name}${p.store.url ? ` <${p.store.url}>` : ''}` : '-'],
    ['description', p.descriptionUrl ?? '-'],
    ['shipping', shippingLine(p) ?? '-'],
    ['missing', missing.length ? missing.join(', ') : 'nothing'],
    ['time', time],
  ]);
}
