import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { everythingShipped } from '../../../policy/test-policies';
import { createWatch } from '../../prices/alert-rules';
import { openPriceDb } from '../../prices/price-db';
import {
  buildFullExport,
  exportFileName,
  inventoryRows,
  jsonBytes,
  priceStoreStats,
  type PriceDbSnapshot,
  type StorageSnapshot,
} from './inventory';

const policy = everythingShipped();
const T0 = Date.UTC(2026, 0, 1);
const empty: StorageSnapshot = { local: {}, sync: {}, session: {} };

async function snapshot(): Promise<{ snap: PriceDbSnapshot; db: ReturnType<typeof openPriceDb> }> {
  const db = openPriceDb({ indexedDB: new IDBFactory(), now: () => T0 });
  const key = { itemId: '1005006543210987', variantId: '', currency: 'EUR' };
  await db.recordPrice({ ...key, at: T0, price: 10, title: 'Cable' });
  await db.recordPrice({ ...key, at: T0 + 1000, price: 9 });
  const made = createWatch(
    { ...key, rule: { kind: 'target', price: 8 } },
    { price: 9, at: T0 + 5000 },
  );
  if (!made.ok) throw new Error(made.reason);
  await db.setWatch(made.watch);
  const [inventory, items, watches] = await Promise.all([
    db.inventory(),
    db.listItems(),
    db.listWatches(),
  ]);
  return { snap: { inventory, items, watches }, db };
}

const row = (rows: ReturnType<typeof inventoryRows>, id: string) =>
  rows.find((r) => r.itemId === id);

describe('the inventory', () => {
  it('has one row per declared data item, nothing stored on a fresh profile', () => {
    const rows = inventoryRows(policy, empty, {}, null);
    expect(rows.map((r) => r.itemId)).toEqual(policy.dataItems.map((d) => d.id));
    for (const r of rows) expect(r).toMatchObject({ records: 0, bytes: 0, oldest: null });
    expect(row(rows, 'item-page-content')?.stored).toBe(false);
    expect(row(rows, 'settings')?.stored).toBe(true);
  });

  it('counts chrome.storage keys, with the bytes the browser reports or the JSON size', () => {
    const settings = { version: 1, revision: 3, values: { theme: 'dark' } };
    const storage = { ...empty, local: { settings, consent: { format: 1 } } };
    const rows = inventoryRows(policy, storage, { 'local:settings': 99 }, null);
    expect(row(rows, 'settings')).toMatchObject({ records: 1, bytes: 99 });
    expect(row(rows, 'privacy-choices')).toMatchObject({
      records: 1,
      bytes: jsonBytes({ format: 1 }),
    });
  });

  it('splits the price database by the stores each data item declares', async () => {
    const { snap, db } = await snapshot();
    const stats = priceStoreStats(snap);
    expect(stats.series!.bytes + stats.items!.bytes + stats.watches!.bytes).toBe(
      snap.inventory.bytes,
    );
    expect(stats.watches!.bytes).toBe(jsonBytes(snap.watches[0]));
    const rows = inventoryRows(policy, empty, {}, snap);
    expect(row(rows, 'price-history')).toMatchObject({
      records: 2,
      bytes: stats.series!.bytes + stats.items!.bytes,
      oldest: T0,
    });
    expect(row(rows, 'watchlist')).toMatchObject({ records: 1, oldest: T0 + 5000 });
    db.close();
  });
});

describe('the export', () => {
  it('holds exactly what is stored, by data item', async () => {
    const { snap, db } = await snapshot();
    const history = await db.exportAll();
    const storage = { ...empty, local: { settings: { version: 1 } } };
    const file = buildFullExport(policy, storage, { history, watches: snap.watches }, T0);
    expect(file).toEqual({
      format: 'alikeep-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      policyVersion: policy.version,
      data: {
        settings: { settings: { version: 1 } },
        'price-history': history,
        watchlist: snap.watches,
      },
    });
    expect(exportFileName(T0)).toBe('alikeep-export-2026-01-01.json');
    db.close();
  });

  it('is empty on a fresh profile', () => {
    expect(buildFullExport(policy, empty, null, T0).data).toEqual({});
  });
});
