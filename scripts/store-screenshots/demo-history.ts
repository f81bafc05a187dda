/**
 * Four months of believable price history for one demo-store product, as a price history export
 * file (src/prices/export-format.ts), so the store screenshot of the price panel shows a chart,
 * lows and highs, and a discount check, through the extension's own import.
 */
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type PriceHistoryExport,
} from '../../src/prices/export-format';

export interface DemoProduct {
  id: string;
  title: string;
  currency: string;
  variants: { skuId: string; price: number; original: number }[];
}

const DAY = 24 * 3600 * 1000;

/**
 * Days before now and the price as a share of today's: dearer before, a dip a month ago, a rise,
 * then down towards today's price (which the page visit records).
 */
export const DEMO_STEPS: readonly (readonly [daysAgo: number, factor: number])[] = [
  [118, 1.31],
  [97, 1.27],
  [71, 1.19],
  [57, 1.08],
  [44, 1.38],
  [31, 1.16],
  [18, 1.23],
  [6, 1.08],
];

const cents = (n: number) => Math.round(n * 100) / 100;

export function demoHistory(product: DemoProduct, now: number): PriceHistoryExport {
  const first = product.variants[0];
  if (!first) throw new Error(`${product.id} has no variants to give a history.`);
  // The product-level price is the first variant's, as the store page shows it.
  const series = [{ ...first, skuId: '' }, ...product.variants].map((v) => ({
    variantId: v.skuId,
    currency: product.currency,
    lastSeen: now - DEMO_STEPS[DEMO_STEPS.length - 1]![0] * DAY,
    points: DEMO_STEPS.map(([daysAgo, factor]) => ({
      at: now - daysAgo * DAY,
      price: cents(v.price * factor),
      original: v.original,
    })),
  }));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    items: [{ itemId: product.id, title: product.title, series }],
  };
}
