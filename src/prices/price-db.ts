/**
 * The price database: IndexedDB through `idb`. Stores the series of history.ts, one item
 * record per item (title, picture, link) and the watches of alert-rules.ts. The rules live in those
 * pure files; this file only reads, applies them inside one transaction, and writes.
 *
 * - Each write that reads first (recordPrice, updateWatch, importAll) is one readwrite transaction,
 *   and IndexedDB runs overlapping readwrite transactions one after the other: two tabs recording
 *   the same new price produce one change point, and one alert.
 * - The connection (price-db-connection.ts) never blocks an upgrade and reopens lazily; the schema
 *   and its upgrade steps are in price-db-schema.ts.
 * - The factory is injectable so tests run on fake-indexeddb (import 'fake-indexeddb/auto' there:
 *   idb checks values against the global IDB classes).
 */
import { evaluateWatch, type PriceAlert, type Watch } from './alert-rules';
import { buildExport, importedRecords, type PriceHistoryExport } from './export-format';
import {
  observationProblem,
  recordObservation,
  type PriceObservation,
  type PriceSeries,
  type RecordOutcome,
  type SeriesKey,
} from './history';
import { updateItemRecord, type ItemDetails, type ItemRecord } from './item-record';
import { priceDbConnection, type ConnectionOptions } from './price-db-connection';
import {
  inventory,
  pruneOldest,
  pruneOlderThan,
  type Inventory,
  type PruneResult,
} from './price-db-maintenance';
import { fromRow, keyOf, STORES, toRow } from './price-db-schema';
import { newestWatches, type WatchlistRows } from './price-db-watchlist';
import { mergeSeries } from './series-merge';

export type { Inventory, PruneResult } from './price-db-maintenance';
export type { WatchlistRow, WatchlistRows } from './price-db-watchlist';
export { PRICE_DB_NAME, PRICE_DB_VERSION, STORES } from './price-db-schema';

export interface PriceDbOptions extends ConnectionOptions {
  now?: () => number;
}

export type PriceObservationWithItem = PriceObservation & ItemDetails;

/** The outcome for the series, and the alerts of the item's watch that this price set off. */
export type RecordPriceResult = RecordOutcome & { alerts: PriceAlert[] };

export interface ImportResult {
  /** Series created or extended. */
  series: number;
  /** Change points added. */
  points: number;
  items: number;
}

export interface PriceDb {
  /** Records one observed price, atomically with its item record and its watch's alert state. */
  recordPrice(obs: PriceObservationWithItem): Promise<RecordPriceResult>;
  getSeries(key: SeriesKey): Promise<PriceSeries | undefined>;
  /** Every series of an item: its variants and currencies. */
  listSeries(itemId: string): Promise<PriceSeries[]>;
  getItem(itemId: string): Promise<ItemRecord | undefined>;
  /** Newest first. */
  listItems(): Promise<ItemRecord[]>;
  getWatch(itemId: string): Promise<Watch | undefined>;
  setWatch(watch: Watch): Promise<void>;
  /** Read-modify-write in one transaction; `update` must be synchronous. Undefined deletes. */
  updateWatch(
    itemId: string,
    update: (watch: Watch | undefined) => Watch | undefined,
  ): Promise<Watch | undefined>;
  removeWatch(itemId: string): Promise<void>;
  listWatches(): Promise<Watch[]>;
  /** Watches with an alert the user has not seen (the badge), counted through an index. */
  countUnseenAlerts(): Promise<number>;
  /** Marks every unseen alert seen, in one transaction; resolves with how many there were. */
  markAlertsSeen(): Promise<number>;
  /** The newest `limit` watches with their item records and series, and whether more follow. */
  newestWatches(limit: number): Promise<WatchlistRows>;
  /** Retention: deletes what was last seen more than `maxAgeMs` ago and trims older points. */
  pruneOlderThan(maxAgeMs: number): Promise<PruneResult>;
  /** Storage full: deletes the history of the least recently seen `share` of unwatched items. */
  pruneOldest(share: number): Promise<number>;
  inventory(): Promise<Inventory>;
  exportAll(): Promise<PriceHistoryExport>;
  /** Merges a parsed file (export-format.ts parseExport) into what is stored. */
  importAll(file: PriceHistoryExport): Promise<ImportResult>;
  /** One item's history and record; the record stays while the item is watched. */
  deleteItem(itemId: string): Promise<void>;
  /** Everything, watches included. */
  clearAll(): Promise<void>;
  close(): void;
}

export function openPriceDb(options: PriceDbOptions = {}): PriceDb {
  const now = options.now ?? Date.now;
  const connection = priceDbConnection(options);
  const db = () => connection.get();

  async function recordPrice(obs: PriceObservationWithItem): Promise<RecordPriceResult> {
    if (observationProblem(obs)) return { ...recordObservation(undefined, obs), alerts: [] };
    const { title, image, url, site } = obs;
    const tx = (await db()).transaction([STORES.series, STORES.items, STORES.watches], 'readwrite');
    const seriesStore = tx.objectStore(STORES.series);
    const itemStore = tx.objectStore(STORES.items);
    const watchStore = tx.objectStore(STORES.watches);
    const [row, item, watch] = await Promise.all([
      seriesStore.get(keyOf(obs)),
      itemStore.get(obs.itemId),
      watchStore.get(obs.itemId),
    ]);
    const existing = row && fromRow(row);
    const outcome = recordObservation(existing, obs);
    let alerts: PriceAlert[] = [];
    if (outcome.ok) {
      const writes: Promise<unknown>[] = [];
      if (outcome.series !== existing) writes.push(seriesStore.put(toRow(outcome.series)));
      const details = { title, image, url, site };
      writes.push(itemStore.put(updateItemRecord(item, obs.itemId, obs.at, details)));
      // A late reading says nothing about the price now, so it must not alert.
      if (watch && outcome.change !== 'late' && outcome.change !== 'conflict') {
        const evaluated = evaluateWatch(watch, obs);
        if (evaluated.watch !== watch) writes.push(watchStore.put(evaluated.watch));
        alerts = evaluated.alerts;
      }
      await Promise.all(writes);
    }
    await tx.done;
    return { ...outcome, alerts };
  }

  async function getSeries(key: SeriesKey) {
    const row = await (await db()).get(STORES.series, keyOf(key));
    return row && fromRow(row);
  }

  async function listSeries(itemId: string) {
    const rows = await (await db()).getAllFromIndex(STORES.series, 'byItem', itemId);
    return rows.map(fromRow);
  }

  async function listItems() {
    const items = await (await db()).getAll(STORES.items);
    return items.sort((a, b) => b.lastSeen - a.lastSeen);
  }

  async function setWatch(watch: Watch) {
    await (await db()).put(STORES.watches, watch);
  }

  async function updateWatch(
    itemId: string,
    update: (watch: Watch | undefined) => Watch | undefined,
  ): Promise<Watch | undefined> {
    const tx = (await db()).transaction([STORES.watches], 'readwrite');
    const store = tx.objectStore(STORES.watches);
    const next = update(await store.get(itemId));
    if (next && next.itemId !== itemId) {
      throw new Error('updateWatch: the watch changed its item id');
    }
    await (next ? store.put(next) : store.delete(itemId));
    await tx.done;
    return next;
  }

  async function markAlertsSeen(): Promise<number> {
    const tx = (await db()).transaction([STORES.watches], 'readwrite');
    let seen = 0;
    let cursor = await tx.objectStore(STORES.watches).index('byAlertUnseen').openCursor();
    for (; cursor; cursor = await cursor.continue()) {
      const { alertUnseenAt: _seen, ...watch } = cursor.value;
      await cursor.update(watch);
      seen += 1;
    }
    await tx.done;
    return seen;
  }

  async function exportAll(): Promise<PriceHistoryExport> {
    const tx = (await db()).transaction([STORES.series, STORES.items]);
    const [series, items] = await Promise.all([
      tx.objectStore(STORES.series).getAll(),
      tx.objectStore(STORES.items).getAll(),
    ]);
    return buildExport(items, series.map(fromRow), now());
  }

  async function importAll(file: PriceHistoryExport): Promise<ImportResult> {
    const records = importedRecords(file);
    const tx = (await db()).transaction([STORES.series, STORES.items], 'readwrite');
    const seriesStore = tx.objectStore(STORES.series);
    const itemStore = tx.objectStore(STORES.items);
    const result: ImportResult = { series: 0, points: 0, items: 0 };
    const [existingSeries, existingItems] = await Promise.all([
      Promise.all(records.series.map((s) => seriesStore.get(keyOf(s)))),
      Promise.all(records.items.map((i) => itemStore.get(i.itemId))),
    ]);
    const writes: Promise<unknown>[] = [];
    records.series.forEach((incoming, i) => {
      const row = existingSeries[i];
      const merged = mergeSeries(row && fromRow(row), incoming);
      if (!merged.changed) return;
      writes.push(seriesStore.put(toRow(merged.series)));
      result.series += 1;
      result.points += merged.addedPoints;
    });
    records.items.forEach((incoming, i) => {
      const { itemId, lastSeen, ...details } = incoming;
      const before = existingItems[i];
      const after = updateItemRecord(before, itemId, lastSeen, details);
      if (before && JSON.stringify(before) === JSON.stringify(after)) return;
      writes.push(itemStore.put(after));
      result.items += 1;
    });
    await Promise.all(writes);
    await tx.done;
    return result;
  }

  async function deleteItem(itemId: string) {
    const tx = (await db()).transaction([STORES.series, STORES.items, STORES.watches], 'readwrite');
    const series = tx.objectStore(STORES.series);
    const keys = await series.index('byItem').getAllKeys(itemId);
    const watched = (await tx.objectStore(STORES.watches).getKey(itemId)) !== undefined;
    await Promise.all([
      ...keys.map((k) => series.delete(k)),
      ...(watched ? [] : [tx.objectStore(STORES.items).delete(itemId)]),
    ]);
    await tx.done;
  }

  async function clearAll() {
    const tx = (await db()).transaction([STORES.series, STORES.items, STORES.watches], 'readwrite');
    await Promise.all([
      tx.objectStore(STORES.series).clear(),
      tx.objectStore(STORES.items).clear(),
      tx.objectStore(STORES.watches).clear(),
    ]);
    await tx.done;
  }

  return {
    recordPrice,
    getSeries,
    listSeries,
    getItem: async (itemId) => (await db()).get(STORES.items, itemId),
    listItems,
    getWatch: async (itemId) => (await db()).get(STORES.watches, itemId),
    setWatch,
    updateWatch,
    removeWatch: async (itemId) => (await db()).delete(STORES.watches, itemId),
    listWatches: async () => (await db()).getAll(STORES.watches),
    countUnseenAlerts: async () => (await db()).countFromIndex(STORES.watches, 'byAlertUnseen'),
    markAlertsSeen,
    newestWatches: async (limit) => newestWatches(await db(), limit),
    pruneOlderThan: async (maxAgeMs) => pruneOlderThan(await db(), maxAgeMs, now()),
    pruneOldest: async (share) => pruneOldest(await db(), share),
    inventory: async () => inventory(await db()),
    exportAll,
    importAll,
    deleteItem,
    clearAll,
    close: () => connection.close(),
  };
}
