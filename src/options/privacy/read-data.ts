/**
 * Reads what AliKeep keeps, for the privacy center's inventory and export: every declared
 * chrome.storage key, and the price database if it exists (reading never creates it). Deleting goes
 * through the worker (message `deleteData`).
 */
import type { Policy } from '../../../policy/schema';
import { existingPriceDb } from '../../consent/existing-price-db';
import { browser } from '../../shared/browser';
import {
  buildFullExport,
  inventoryRows,
  keyArea,
  type BytesInUse,
  type FullExport,
  type InventoryRow,
  type KeyArea,
  type PriceDbSnapshot,
  type StorageSnapshot,
} from './inventory';

const areas: KeyArea[] = ['local', 'sync', 'session'];

function declaredKeys(policy: Policy, area: KeyArea): string[] {
  return policy.dataItems.flatMap((d) => (keyArea(d) === area ? (d.storage.keys ?? []) : []));
}

async function readStorage(policy: Policy): Promise<[StorageSnapshot, BytesInUse]> {
  const snapshot: StorageSnapshot = { local: {}, sync: {}, session: {} };
  const bytes: BytesInUse = {};
  for (const area of areas) {
    const keys = declaredKeys(policy, area);
    if (keys.length === 0) continue;
    const storage = browser.storage[area];
    snapshot[area] = await storage.get(keys);
    for (const key of Object.keys(snapshot[area])) {
      // Not every browser counts bytes in every area; then the JSON size stands in.
      try {
        bytes[`${area}:${key}`] = await storage.getBytesInUse(key);
      } catch {
        /* counted from the value */
      }
    }
  }
  return [snapshot, bytes];
}

async function readPriceDb(): Promise<PriceDbSnapshot | null> {
  const db = await existingPriceDb();
  if (!db) return null;
  try {
    const [inventory, items, watches] = await Promise.all([
      db.inventory(),
      db.listItems(),
      db.listWatches(),
    ]);
    return { inventory, items, watches };
  } finally {
    db.close();
  }
}

export async function readInventory(policy: Policy): Promise<InventoryRow[]> {
  const [[storage, bytes], prices] = await Promise.all([readStorage(policy), readPriceDb()]);
  return inventoryRows(policy, storage, bytes, prices);
}

export async function readFullExport(policy: Policy, now = Date.now()): Promise<FullExport> {
  const [storage] = await readStorage(policy);
  const db = await existingPriceDb();
  let prices = null;
  if (db) {
    try {
      prices = { history: await db.exportAll(), watches: await db.listWatches() };
    } finally {
      db.close();
    }
  }
  return buildFullExport(policy, storage, prices, now);
}
