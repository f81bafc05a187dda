/**
 * The worker's side of price tracking: records what item pages show (only once the user opted
 * in), and answers the price panel and the watchlist. One database connection per worker life.
 */
import type { Product } from '../../extract/model';
import { checkDiscount, type DiscountCheck } from '../../prices/discount-check';
import { createWatch, type Watch, type WatchRule } from '../../prices/alert-rules';
import { parseExport, toCsv, toJson } from '../../prices/export-format';
import { pricesFromProduct } from '../../prices/from-product';
import type { PriceSeries } from '../../prices/history';
import { openPriceDb, type PriceDb } from '../../prices/price-db';
import {
  seriesStats,
  stepChart,
  type ChartRange,
  type SeriesStats,
  type StepChart,
} from '../../prices/stats';
import { featureEnabled } from '../../consent/consent-state';
import { notifyAlert } from './alert-notifications';
import { pruneIfDue } from './retention';
import { watchChanged } from './watch-events';

let db: PriceDb | undefined;
const priceDb = () => (db ??= openPriceDb());

/** Retention at worker start (only when the history exists: no database is created for it). */
export async function startPriceHousekeeping(): Promise<void> {
  if (await featureEnabled('price-history')) await pruneIfDue(priceDb());
}

export interface RecordResult {
  recorded: boolean;
  /** Why nothing was recorded. */
  reason?: 'off' | 'no-price';
  changes: number;
  alerts: { kind: string; price: number; threshold: number; currency: string }[];
}

export async function recordProduct(product: Product, now = Date.now()): Promise<RecordResult> {
  if (!(await featureEnabled('price-history'))) {
    return { recorded: false, reason: 'off', changes: 0, alerts: [] };
  }
  const { observations, details } = pricesFromProduct(product, now);
  if (observations.length === 0) {
    return { recorded: false, reason: 'no-price', changes: 0, alerts: [] };
  }
  let changes = 0;
  const alerts: RecordResult['alerts'] = [];
  for (const obs of observations) {
    const result = await priceDb().recordPrice({ ...obs, ...details });
    if (result.ok && (result.change === 'first' || result.change === 'changed')) changes++;
    if (result.ok) {
      for (const a of result.alerts) {
        alerts.push({ kind: a.kind, price: a.price, threshold: a.threshold, currency: a.currency });
      }
    }
  }
  for (const a of alerts) {
    if (a.kind === 'reached' || a.kind === 'new-low') {
      await notifyAlert({
        itemId: product.id,
        ...(product.title ? { title: product.title } : {}),
        price: a.price,
        currency: a.currency,
      });
    }
  }
  await pruneIfDue(priceDb(), now);
  return { recorded: true, changes, alerts };
}

export interface PriceView {
  enabled: boolean;
  stats: SeriesStats | null;
  chart: StepChart | null;
  discount: DiscountCheck;
  watch: Watch | null;
}

export async function priceView(
  itemId: string,
  variantId: string,
  currency: string,
  range: ChartRange,
  claim: { original?: number; discountPercent?: number } | undefined,
  now = Date.now(),
): Promise<PriceView> {
  const enabled = await featureEnabled('price-history');
  if (!enabled) {
    return { enabled, stats: null, chart: null, discount: { kind: 'no-history' }, watch: null };
  }
  const productSeries = await priceDb().getSeries({ itemId, variantId: '', currency });
  const series: PriceSeries | undefined =
    (variantId ? await priceDb().getSeries({ itemId, variantId, currency }) : undefined) ??
    productSeries;
  const watch = (await priceDb().getWatch(itemId)) ?? null;
  if (!series)
    return { enabled, stats: null, chart: null, discount: { kind: 'no-history' }, watch };
  return {
    enabled,
    stats: seriesStats(series, now) ?? null,
    chart: stepChart(series, range, now),
    // The page's claimed original and discount describe its headline price: the product-level series.
    discount: productSeries ? checkDiscount(productSeries, claim) : { kind: 'no-history' },
    watch,
  };
}

export async function watchItem(input: {
  itemId: string;
  variantId: string;
  currency: string;
  rule: WatchRule;
  alertOnRise: boolean;
}): Promise<Watch> {
  const series =
    (await priceDb().getSeries({
      itemId: input.itemId,
      variantId: input.variantId,
      currency: input.currency,
    })) ??
    (await priceDb().getSeries({ itemId: input.itemId, variantId: '', currency: input.currency }));
  const last = series?.points[series.points.length - 1];
  if (!series || !last) throw new Error('No price recorded for this item yet.');
  const made = createWatch(
    { ...input, variantId: series.variantId },
    { price: last.price, at: Date.now() },
  );
  if (!made.ok) throw new Error(`The watch is not valid (${made.reason}).`);
  await priceDb().setWatch(made.watch);
  watchChanged({ itemId: made.watch.itemId, removedAt: null });
  return made.watch;
}

export async function unwatchItem(itemId: string): Promise<void> {
  await priceDb().removeWatch(itemId);
  watchChanged({ itemId, removedAt: Date.now() });
}

export interface WatchlistEntry {
  itemId: string;
  title?: string;
  image?: string;
  url?: string;
  currency: string;
  current: number | null;
  priceWhenWatched: number;
  rule: WatchRule;
  spark: { at: number; price: number }[];
}

export async function watchlist(now = Date.now()): Promise<WatchlistEntry[]> {
  const out: WatchlistEntry[] = [];
  for (const w of await priceDb().listWatches()) {
    const item = await priceDb().getItem(w.itemId);
    const series = await priceDb().getSeries({
      itemId: w.itemId,
      variantId: w.variantId,
      currency: w.currency,
    });
    const chart = series ? stepChart(series, '3M', now) : null;
    const last = series?.points[series.points.length - 1];
    out.push({
      itemId: w.itemId,
      ...(item?.title ? { title: item.title } : {}),
      ...(item?.image ? { image: item.image } : {}),
      ...((item?.url ?? w.url) ? { url: item?.url ?? w.url } : {}),
      currency: w.currency,
      current: last?.price ?? null,
      priceWhenWatched: w.priceWhenWatched,
      rule: w.rule,
      spark: chart?.points.slice(-60) ?? [],
    });
  }
  return out;
}

export async function exportHistory(format: 'json' | 'csv'): Promise<string> {
  const file = await priceDb().exportAll();
  return format === 'json' ? toJson(file) : toCsv(file);
}

export async function importHistory(text: string) {
  const parsed = parseExport(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return priceDb().importAll(parsed.file);
}
