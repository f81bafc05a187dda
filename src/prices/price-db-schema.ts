/**
 * The price database's schema: names, stores, indexes and the upgrade steps, plus how a
 * series is stored. Kept apart from the operations (price-db.ts) so a migration reads on its own.
 */
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { Watch } from './alert-rules';
import type { PriceSeries, SeriesKey } from './history';
import type { ItemRecord } from './item-record';

export const PRICE_DB_NAME = 'alikeep-prices';
export const PRICE_DB_VERSION = 3;
export const STORES = { series: 'series', items: 'items', watches: 'watches' } as const;

/** A stored series: the series plus `since` (its first point's time), indexed for retention. */
export type SeriesRow = PriceSeries & { since: number };

export interface PriceDbSchema extends DBSchema {
  series: {
    key: [string, string, string];
    value: SeriesRow;
    indexes: { byItem: string; bySince: number; byLastSeen: number };
  };
  items: { key: string; value: ItemRecord; indexes: { byLastSeen: number } };
  watches: { key: string; value: Watch; indexes: { byCreatedAt: number; byAlertUnseen: number } };
}

export type Db = IDBPDatabase<PriceDbSchema>;
export type UpgradeTx = IDBPTransaction<
  PriceDbSchema,
  StoreNames<PriceDbSchema>[],
  'versionchange'
>;

/**
 * Schema steps by the version they produce. A step is never edited once released: add
 * `if (oldVersion < 2) { … }` (with a test that upgrades a v1 database holding data) instead.
 */
export function upgradePriceDb(db: Db, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    const series = db.createObjectStore(STORES.series, {
      keyPath: ['itemId', 'variantId', 'currency'],
    });
    series.createIndex('byItem', 'itemId');
    series.createIndex('bySince', 'since');
    series.createIndex('byLastSeen', 'lastSeen');
    const items = db.createObjectStore(STORES.items, { keyPath: 'itemId' });
    items.createIndex('byLastSeen', 'lastSeen');
    db.createObjectStore(STORES.watches, { keyPath: 'itemId' });
  }
  if (oldVersion < 2) {
    // The popup lists the newest watches first without reading thousands of them.
    tx.objectStore(STORES.watches).createIndex('byCreatedAt', 'createdAt');
  }
  if (oldVersion < 3) {
    // The badge counts unseen alerts, and opening the popup clears them, without reading every
    // watch: the `alertUnseen` flag becomes `alertUnseenAt`, the time of the alert, indexed.
    const watches = tx.objectStore(STORES.watches);
    watches.createIndex('byAlertUnseen', 'alertUnseenAt');
    void flagsToTimes(watches).catch(() => tx.abort());
  }
}

/** Version 3: `alertUnseen: true` → `alertUnseenAt` (the last alert's time); `false` is dropped. */
async function flagsToTimes(
  watches: IDBPObjectStore<PriceDbSchema, StoreNames<PriceDbSchema>[], 'watches', 'versionchange'>,
): Promise<void> {
  for (let cursor = await watches.openCursor(); cursor; cursor = await cursor.continue()) {
    const { alertUnseen, ...watch } = cursor.value as Watch & { alertUnseen?: boolean };
    if (alertUnseen === undefined) continue;
    await cursor.update(
      alertUnseen
        ? { ...watch, alertUnseenAt: watch.state.lastAlert?.at ?? watch.createdAt }
        : watch,
    );
  }
}

export const toRow = (s: PriceSeries): SeriesRow => ({
  ...s,
  since: s.points[0]?.at ?? s.lastSeen,
});

export function fromRow({ since: _since, ...series }: SeriesRow): PriceSeries {
  return series;
}

export const keyOf = (k: SeriesKey): [string, string, string] => [
  k.itemId,
  k.variantId,
  k.currency,
];
