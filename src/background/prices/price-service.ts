/**
 * The worker's side of price tracking: records what item pages show (only once the user opted
 * in), and answers the price panel and the watchlist. One database connection per worker life.
 */
import type { Product } from '../../extract/model';
import { checkDiscount, type DiscountCheck, type DiscountClaim } from '../../prices/discount-check';
import { createWatch, type Watch, type WatchRule } from '../../prices/alert-rules';
import { readOnVisit } from '../../prices/backoff';
import { buildExport, toCsv, toJson, type FileProblem } from '../../prices/export-format';
import { readHistoryFile } from '../../prices/history-file';
import { pricesFromProduct } from '../../prices/from-product';
import type { PriceSeries } from '../../prices/history';
import {
  openPriceDb,
  type ImportResult,
  type PriceDb,
  type WatchlistRow,
} from '../../prices/price-db';
import {
  seriesStats,
  stepChart,
  type ChartRange,
  type SeriesStats,
  type StepChart,
} from '../../prices/stats';
import { sparkPath } from '../../prices/sparkline';
import { featureEnabled } from '../../consent/consent-state';
import { existingPriceDb } from '../../consent/existing-price-db';
import { notifyAlert } from './alert-notifications';
import { markAlertUnseen } from './alert-badge';
import { pruneIfDue } from './retention';
import { PRUNE_SHARE_WHEN_FULL, recordWithRoom } from '../../prices/record-with-room';
import { StorageFullError } from '../../shared/storage-full';
import { addNotice } from '../../settings/notices';
import { browser } from '../../shared/browser';
import { watchChanged } from './watch-events';

let db: PriceDb | undefined;
const priceDb = () => (db ??= openPriceDb());

/** The worker's one connection, for the recheck schedule and the badge. */
export const priceDatabase = priceDb;

/** Retention at worker start (only when the history exists: no database is created for it). */
export async function startPriceHousekeeping(): Promise<void> {
  if (await featureEnabled('price-history')) await pruneIfDue(priceDb());
}

/** Storage is full elsewhere (settings): the oldest price history makes room, if there is any. */
export async function makeRoom(): Promise<number> {
  if (!(await featureEnabled('price-history'))) return 0;
  return priceDb().pruneOldest(PRUNE_SHARE_WHEN_FULL);
}

export interface RecordResult {
  recorded: boolean;
  /** Why nothing was recorded. */
  reason?: 'off' | 'no-price' | 'storage-full';
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
    let result;
    try {
      const outcome = await recordWithRoom(priceDb(), { ...obs, ...details });
      result = outcome.value;
      if (outcome.madeRoom !== undefined) {
        await addNotice(browser.storage.local, {
          kind: 'storage-full',
          at: now,
          pruned: outcome.madeRoom,
          saved: true,
        });
      }
    } catch (error) {
      if (!(error instanceof StorageFullError)) throw error;
      await addNotice(browser.storage.local, { kind: 'storage-full', at: now, saved: false });
      return { recorded: false, reason: 'storage-full', changes, alerts };
    }
    if (result.ok && (result.change === 'first' || result.change === 'changed')) changes++;
    if (result.ok) {
      for (const a of result.alerts) {
        alerts.push({ kind: a.kind, price: a.price, threshold: a.threshold, currency: a.currency });
      }
    }
  }
  if (alerts.length > 0) await markAlertUnseen(priceDb(), product.id);
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
  /** Watches may be set: the shopper switched the watchlist and price alerts on. */
  alerts: boolean;
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
  const [enabled, alerts] = await Promise.all([
    featureEnabled('price-history'),
    featureEnabled('price-alerts'),
  ]);
  if (!enabled) {
    return {
      enabled,
      alerts,
      stats: null,
      chart: null,
      discount: { kind: 'no-history' },
      watch: null,
    };
  }
  // The three reads go out together: the panel waits for this answer.
  const [productSeries, variantSeries, stored] = await Promise.all([
    priceDb().getSeries({ itemId, variantId: '', currency }),
    variantId ? priceDb().getSeries({ itemId, variantId, currency }) : undefined,
    priceDb().getWatch(itemId),
  ]);
  const series: PriceSeries | undefined = variantSeries ?? productSeries;
  const watch = stored ?? null;
  if (!series)
    return { enabled, alerts, stats: null, chart: null, discount: { kind: 'no-history' }, watch };
  return {
    enabled,
    alerts,
    stats: seriesStats(series, now) ?? null,
    chart: stepChart(series, range, now),
    // Checked on the series the panel shows, so its line and its table speak of the same prices.
    // The page's claimed original price is its headline's: for a variant only the claimed
    // percentage is used (AliExpress discounts a whole item by one percentage).
    discount: checkDiscount(series, variantSeries ? variantClaim(claim) : claim),
    watch,
  };
}

function variantClaim(claim: DiscountClaim | undefined): DiscountClaim | undefined {
  return claim?.discountPercent !== undefined
    ? { discountPercent: claim.discountPercent }
    : undefined;
}

export async function watchItem(input: {
  itemId: string;
  variantId: string;
  currency: string;
  rule: WatchRule;
  alertOnRise: boolean;
}): Promise<Watch> {
  // The shopper's consent to the watchlist, not the panel showing a form, decides.
  if (!(await featureEnabled('price-alerts')))
    throw new Error('The watchlist and price alerts are switched off in your privacy choices.');
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
  /** The last three months as an SVG path (sparkline.ts); null when there is no line to draw. */
  spark: string | null;
  /** Background rechecks keep failing (a captcha, a block): opening the item solves it. */
  needsVisit: boolean;
  /** An alert for this item has not been seen yet: the one the toolbar badge counts. */
  alerted: boolean;
  /**
   * The page shows its price only in a tab, and background tabs for rechecks are off: the price is
   * read when the user next opens the item (or once they switch background tabs on).
   */
  readOnVisit: boolean;
}

/** The first entries of the watchlist, and whether more follow. */
export interface WatchlistPage {
  entries: WatchlistEntry[];
  more: boolean;
}

function watchlistEntry(
  { watch: w, item, series }: WatchlistRow,
  now: number,
  tabsOff: boolean,
): WatchlistEntry {
  const chart = series ? stepChart(series, '3M', now) : null;
  const last = series?.points[series.points.length - 1];
  return {
    itemId: w.itemId,
    ...(item?.title ? { title: item.title } : {}),
    ...(item?.image ? { image: item.image } : {}),
    ...((item?.url ?? w.url) ? { url: item?.url ?? w.url } : {}),
    currency: w.currency,
    current: last?.price ?? null,
    priceWhenWatched: w.priceWhenWatched,
    rule: w.rule,
    spark: sparkPath(chart?.points ?? []),
    needsVisit: w.recheck?.needsVisit ?? false,
    alerted: w.alertUnseenAt !== undefined,
    readOnVisit: tabsOff && readOnVisit(w.recheck),
  };
}

/** The newest `limit` watches with their prices; only those items' histories are read. */
export async function watchlist(limit: number, now = Date.now()): Promise<WatchlistPage> {
  // The reads go out together: the popup's first render waits for this answer.
  const [{ rows, more }, rechecks, tabs] = await Promise.all([
    priceDb().newestWatches(limit),
    featureEnabled('background-recheck'),
    featureEnabled('background-recheck-tabs'),
  ]);
  // The note asks the user to switch background tabs on: only true while rechecks run without them.
  const tabsOff = rechecks && !tabs;
  return { entries: rows.map((row) => watchlistEntry(row, now, tabsOff)), more };
}

/**
 * The history as a file. With price history off, what is left of it is still the user's to take,
 * but looking must not create the database.
 */
export async function exportHistory(format: 'json' | 'csv', now = Date.now()): Promise<string> {
  const on = await featureEnabled('price-history');
  const source = on ? priceDb() : await existingPriceDb();
  const file = source ? await source.exportAll() : buildExport([], [], now);
  if (!on) source?.close();
  return format === 'json' ? toJson(file) : toCsv(file);
}

/** An import's outcome as data: what was added, or why nothing was. */
export type ImportOutcome =
  { ok: true; added: ImportResult } | { ok: false; problem: FileProblem | { kind: 'off' } };

/** Merges a JSON or CSV file into the history; nothing stored is replaced or removed. */
export async function importHistory(text: string): Promise<ImportOutcome> {
  // Storing prices is what the user opts in to; a file is no way around that.
  if (!(await featureEnabled('price-history'))) return { ok: false, problem: { kind: 'off' } };
  const parsed = readHistoryFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, added: await priceDb().importAll(parsed.file) };
}
