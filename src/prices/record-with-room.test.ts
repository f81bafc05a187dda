import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createWatch } from './alert-rules';
import { openPriceDb, type PriceDb } from './price-db';
import { PRUNE_SHARE_WHEN_FULL, recordWithRoom } from './record-with-room';
import { StorageFullError } from '../shared/storage-full';
import { DAY_MS } from './time';

const T0 = Date.UTC(2025, 0, 1);
const quota = () => new DOMException('Quota exceeded', 'QuotaExceededError');
const seen = (itemId: string, at: number, price = 10) => ({
  itemId,
  variantId: '',
  currency: 'USD',
  at,
  price,
});

/** Eight items seen on eight days; the first (oldest) one is watched. */
async function filled(): Promise<PriceDb> {
  const db = openPriceDb({ indexedDB: new IDBFactory(), now: () => T0 + 30 * DAY_MS });
  for (let i = 1; i <= 8; i++) {
    await db.recordPrice({ ...seen(`10050000000000${i}`, T0 + i * DAY_MS), title: `Item ${i}` });
  }
  const made = createWatch(
    { ...seen('100500000000001', 0), rule: { kind: 'target', price: 5 } },
    { price: 10, at: T0 + DAY_MS },
  );
  if (!made.ok) throw new Error(made.reason);
  await db.setWatch(made.watch);
  return db;
}

/** The database, with recordPrice failing for want of room `failures` times. */
function full(db: PriceDb, failures: number): PriceDb {
  let left = failures;
  return {
    ...db,
    recordPrice: (obs) => (left-- > 0 ? Promise.reject(quota()) : db.recordPrice(obs)),
  };
}

describe('pruneOldest', () => {
  it('deletes the least recently seen unwatched items first, with their history', async () => {
    const db = await filled();
    expect(await db.pruneOldest(PRUNE_SHARE_WHEN_FULL)).toBe(2);
    const left = (await db.listItems()).map((i) => i.title).sort();
    // Item 1 is the oldest but watched; items 2 and 3 go.
    expect(left).toEqual(['Item 1', 'Item 4', 'Item 5', 'Item 6', 'Item 7', 'Item 8']);
    expect(await db.listSeries('100500000000002')).toEqual([]);
    expect(await db.listSeries('100500000000001')).toHaveLength(1);
    db.close();
  });

  it('refuses a share that would mean nothing or everything by mistake', async () => {
    const db = await filled();
    await expect(db.pruneOldest(0)).rejects.toThrow(RangeError);
    await expect(db.pruneOldest(Number.NaN)).rejects.toThrow(RangeError);
    db.close();
  });
});

describe('recordWithRoom', () => {
  it('prunes the oldest history once and records the price on the retry', async () => {
    const db = await filled();
    const outcome = await recordWithRoom(full(db, 1), seen('100500000000009', T0 + 20 * DAY_MS));
    expect(outcome.madeRoom).toBe(2);
    expect(outcome.value).toMatchObject({ ok: true, change: 'first' });
    expect(await db.getSeries(seen('100500000000009', 0))).toBeDefined();
    expect(await db.getItem('100500000000002')).toBeUndefined();
    db.close();
  });

  it('gives up with a clear error after one retry, having pruned once', async () => {
    const db = await filled();
    const failure = recordWithRoom(full(db, 2), seen('100500000000009', T0 + 20 * DAY_MS));
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(/no storage space left/);
    expect((await db.listItems()).length).toBe(6);
    db.close();
  });
});
