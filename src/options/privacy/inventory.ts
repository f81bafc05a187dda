/**
 * The privacy center's inventory and export, from what was read out of storage (read-data.ts):
 * per declared data item, how many records, how many bytes and since when; and one JSON file with
 * everything, keyed by data item. Pure.
 */
import type { DataItem, Policy } from '../../../policy/schema';
import type { Watch } from '../../prices/alert-rules';
import type { PriceHistoryExport } from '../../prices/export-format';
import type { Inventory } from '../../prices/price-db';
import type { ItemRecord } from '../../prices/item-record';
import { STORES } from '../../prices/price-db-schema';

export type KeyArea = 'local' | 'sync' | 'session';

/** What the declared chrome.storage keys hold, by area and key (absent keys left out). */
export type StorageSnapshot = Record<KeyArea, Record<string, unknown>>;
/** Bytes per `area:key`, as the browser counts them, where it could say. */
export type BytesInUse = Partial<Record<`${KeyArea}:${string}`, number>>;

export interface StoreStats {
  records: number;
  bytes: number;
  /** Epoch ms of the oldest record, when the store has times. */
  oldest: number | null;
}

export interface PriceDbSnapshot {
  inventory: Inventory;
  items: ItemRecord[];
  watches: Watch[];
}

export interface InventoryRow {
  itemId: string;
  /** False for data kept only in memory: there is nothing to count or delete. */
  stored: boolean;
  records: number;
  bytes: number;
  oldest: number | null;
}

const encoder = new TextEncoder();

/** The UTF-8 size of a value as JSON. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;
}

export const keyArea = (item: DataItem): KeyArea | null =>
  item.storage.area.startsWith('storage.')
    ? (item.storage.area.slice('storage.'.length) as KeyArea)
    : null;

/** Records, bytes and oldest record of each store of the price database. */
export function priceStoreStats(snapshot: PriceDbSnapshot): Record<string, StoreStats> {
  const { inventory, items, watches } = snapshot;
  const itemBytes = jsonBytes(items) - (items.length > 0 ? items.length + 1 : 2);
  const watchBytes = jsonBytes(watches) - (watches.length > 0 ? watches.length + 1 : 2);
  const oldestWatch = watches.reduce<number | null>(
    (min, w) => (min === null || w.createdAt < min ? w.createdAt : min),
    null,
  );
  return {
    [STORES.series]: {
      records: inventory.series,
      bytes: Math.max(0, inventory.bytes - itemBytes - watchBytes),
      oldest: inventory.oldest ?? null,
    },
    [STORES.items]: { records: inventory.items, bytes: itemBytes, oldest: null },
    [STORES.watches]: { records: inventory.watches, bytes: watchBytes, oldest: oldestWatch },
  };
}

export function inventoryRows(
  policy: Policy,
  storage: StorageSnapshot,
  bytesInUse: BytesInUse,
  priceDb: PriceDbSnapshot | null,
): InventoryRow[] {
  const stores = priceDb ? priceStoreStats(priceDb) : {};
  return policy.dataItems.map((item): InventoryRow => {
    const area = keyArea(item);
    if (area) {
      const present = (item.storage.keys ?? []).filter((k) => k in storage[area]);
      return {
        itemId: item.id,
        stored: true,
        records: present.length,
        bytes: present.reduce(
          (sum, k) => sum + (bytesInUse[`${area}:${k}`] ?? jsonBytes(storage[area][k])),
          0,
        ),
        oldest: null,
      };
    }
    if (item.storage.area === 'indexeddb') {
      const stats = (item.storage.database?.stores ?? []).flatMap((s) => stores[s] ?? []);
      const times = stats.flatMap((s) => (s.oldest === null ? [] : [s.oldest]));
      return {
        itemId: item.id,
        stored: true,
        records: stats.reduce((n, s) => n + s.records, 0),
        bytes: stats.reduce((n, s) => n + s.bytes, 0),
        oldest: times.length > 0 ? Math.min(...times) : null,
      };
    }
    return { itemId: item.id, stored: false, records: 0, bytes: 0, oldest: null };
  });
}

export const EXPORT_FORMAT = 'alikeep-export';

export interface FullExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  /** The policy version in force when the file was made. */
  policyVersion: string;
  /** What is stored, by data item id; items with nothing stored are left out. */
  data: Record<string, unknown>;
}

/**
 * Everything AliKeep keeps: chrome.storage items as `{ key: value }`, the price history in the
 * format its import reads, and the watchlist as stored.
 */
export function buildFullExport(
  policy: Policy,
  storage: StorageSnapshot,
  prices: { history: PriceHistoryExport; watches: Watch[] } | null,
  now: number,
): FullExport {
  const data: Record<string, unknown> = {};
  for (const item of policy.dataItems) {
    const area = keyArea(item);
    if (area) {
      const present = (item.storage.keys ?? []).filter((k) => k in storage[area]);
      if (present.length > 0) {
        data[item.id] = Object.fromEntries(present.map((k) => [k, storage[area][k]]));
      }
      continue;
    }
    const stores = item.storage.database?.stores ?? [];
    if (!prices) continue;
    if (stores.includes(STORES.series) && prices.history.items.length > 0) {
      data[item.id] = prices.history;
    } else if (stores.includes(STORES.watches) && prices.watches.length > 0) {
      data[item.id] = prices.watches;
    }
  }
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    policyVersion: policy.version,
    data,
  };
}

/** `alikeep-export-2026-11-23.json` */
export const exportFileName = (now: number) =>
  `alikeep-export-${new Date(now).toISOString().slice(0, 10)}.json`;
