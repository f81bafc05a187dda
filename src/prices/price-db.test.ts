import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWatch, type Watch } from './alert-rules';
import { parseExport, toJson } from './export-format';
import { recordObservation, type PriceObservation, type PriceSeries } from './history';
import { openPriceDb, type PriceDb } from './price-db';
import { DAY_MS } from './time';

const T0 = Date.UTC(2025, 0, 1);
const item = '1005006543210987';
const key = { itemId: item, variantId: '', currency: 'EUR' };
const obs = (
  at: number,
  price: number,
  extra: Partial<PriceObservation> = {},
): PriceObservation => ({
  ...key,
  at,
  price,
  ...extra,
});

function fresh(now = () => T0): { db: PriceDb; factory: IDBFactory } {
  const factory = new IDBFactory();
  return { db: openPriceDb({ indexedDB: factory, now }), factory };
}

function watchFor(price: number, target: number): Watch {
  const made = createWatch({ ...key, rule: { kind: 'target', price: target } }, { price, at: T0 });
  if (!made.ok) throw new Error(made.reason);
  return made.watch;
}

describe('recordPrice', () => {
  it('stores change points, not visits, and keeps the item record', async () => {
    const { db } = fresh();
    const details = { title: 'Cable', url: `https://www.aliexpress.com/item/${item}.html` };
    expect(await db.recordPrice({ ...obs(T0, 10), ...details })).toMatchObject({
      ok: true,
      change: 'first',
    });
    expect(await db.recordPrice(obs(T0 + 1000, 10))).toMatchObject({ change: 'unchanged' });
    expect(await db.recordPrice(obs(T0 + 2000, 12))).toMatchObject({
      change: 'changed',
      alerts: [],
    });
    expect(await db.getSeries(key)).toEqual({
      ...key,
      points: [
        { at: T0, price: 10 },
        { at: T0 + 2000, price: 12 },
      ],
      lastSeen: T0 + 2000,
    });
    expect(await db.listItems()).toEqual([{ itemId: item, ...details, lastSeen: T0 + 2000 }]);
    db.close();
  });

  it('rejects a broken price and writes nothing', async () => {
    const { db } = fresh();
    expect(await db.recordPrice(obs(T0, -1))).toMatchObject({
      ok: false,
      reason: 'negative',
      alerts: [],
    });
    expect(await db.inventory()).toMatchObject({ records: 0 });
    db.close();
  });

  it('two tabs recording the same new price at once produce one change point', async () => {
    const factory = new IDBFactory();
    const tabA = openPriceDb({ indexedDB: factory });
    const tabB = openPriceDb({ indexedDB: factory });
    await tabA.recordPrice(obs(T0, 10));
    await Promise.all([tabA.recordPrice(obs(T0 + 500, 12)), tabB.recordPrice(obs(T0 + 501, 12))]);
    const s = await tabA.getSeries(key);
    expect(s?.points).toEqual([
      { at: T0, price: 10 },
      { at: T0 + 500, price: 12 },
    ]);
    expect(s?.lastSeen).toBe(T0 + 501);
    tabA.close();
    tabB.close();
  });

  it('loses no update when two tabs record different prices at once', async () => {
    const factory = new IDBFactory();
    const tabA = openPriceDb({ indexedDB: factory });
    const tabB = openPriceDb({ indexedDB: factory });
    await tabA.recordPrice(obs(T0, 10));
    await Promise.all([
      tabA.recordPrice(obs(T0 + 100, 12)),
      tabB.recordPrice(obs(T0 + 200, 15)),
      tabA.recordPrice(obs(T0 + 300, 12, { variantId: '12000037000000001' })),
    ]);
    expect((await tabB.getSeries(key))?.points.map((p) => p.price)).toEqual([10, 12, 15]);
    expect(await tabB.listSeries(item)).toHaveLength(2);
    tabA.close();
    tabB.close();
  });

  it('concurrent calls give the same series as the calls made one after another', async () => {
    const reading = fc.record({
      at: fc.integer({ min: T0, max: T0 + 100 }),
      price: fc.constantFrom(5, 10, 12),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(reading, { minLength: 1, maxLength: 15 }), async (list) => {
        const { db } = fresh();
        await Promise.all(list.map((r) => db.recordPrice(obs(r.at, r.price))));
        let expected: PriceSeries | undefined;
        for (const r of list) {
          const out = recordObservation(expected, obs(r.at, r.price));
          if (out.ok) expected = out.series;
        }
        expect(await db.getSeries(key)).toEqual(expected);
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('alerts once for a watched item, even when two tabs see the drop at once', async () => {
    const factory = new IDBFactory();
    const tabA = openPriceDb({ indexedDB: factory });
    const tabB = openPriceDb({ indexedDB: factory });
    await tabA.recordPrice(obs(T0, 10));
    await tabA.setWatch(watchFor(10, 9));
    const results = await Promise.all([
      tabA.recordPrice(obs(T0 + 100, 8.5)),
      tabB.recordPrice(obs(T0 + 101, 8.5)),
    ]);
    expect(results.flatMap((r) => r.alerts).map((a) => [a.kind, a.price])).toEqual([
      ['reached', 8.5],
    ]);
    expect((await tabA.getWatch(item))?.state).toMatchObject({ dropArmed: false, lastPrice: 8.5 });
    // A late reading says nothing about the price now.
    expect((await tabA.recordPrice(obs(T0 + 50, 7))).alerts).toEqual([]);
    tabA.close();
    tabB.close();
  });
});

describe('watches', () => {
  it('are set, updated in one transaction, listed and removed', async () => {
    const { db } = fresh();
    await db.setWatch(watchFor(10, 9));
    await db.setWatch({ ...watchFor(10, 9), itemId: '42' });
    expect((await db.listWatches()).map((w) => w.itemId).sort()).toEqual([
      '1005006543210987',
      '42',
    ]);
    const updated = await db.updateWatch('42', (w) => w && { ...w, alertOnRise: true });
    expect(updated?.alertOnRise).toBe(true);
    expect((await db.getWatch('42'))?.alertOnRise).toBe(true);
    await db.updateWatch('42', () => undefined);
    await db.removeWatch(item);
    expect(await db.listWatches()).toEqual([]);
    await expect(db.updateWatch('7', () => watchFor(1, 1))).rejects.toThrow(/item id/);
    db.close();
  });

  it('lists the newest watches first, a page at a time, with what the watchlist shows', async () => {
    const { db } = fresh();
    const ids = ['1005000000000001', '1005000000000002', '1005000000000003', '1005000000000004'];
    for (const [n, itemId] of ids.entries()) {
      await db.recordPrice({ ...obs(T0, 10 + n), itemId, title: `Item ${n + 1}` });
      await db.recordPrice({ ...obs(T0 + DAY_MS, 9 + n), itemId });
    }
    // Watched in the order 3, 1, 4, 2; items 4 and 2 in the same millisecond.
    const watchedAt: [string, number][] = [
      [ids[2]!, T0 + 1],
      [ids[0]!, T0 + 2],
      [ids[3]!, T0 + 3],
      [ids[1]!, T0 + 3],
    ];
    for (const [itemId, createdAt] of watchedAt)
      await db.setWatch({ ...watchFor(10, 9), itemId, createdAt });

    const page = await db.newestWatches(3);
    expect(page.more).toBe(true);
    expect(page.rows.map((r) => r.watch.itemId)).toEqual([ids[3], ids[1], ids[0]]);
    const first = page.rows[0]!;
    expect(first.item?.title).toBe('Item 4');
    expect(first.series?.points.map((p) => p.price)).toEqual([13, 12]);
    const all = await db.newestWatches(4);
    expect(all.rows.map((r) => r.watch.itemId)).toEqual([ids[3], ids[1], ids[0], ids[2]]);
    expect(all.more).toBe(false);
    expect(await db.newestWatches(0)).toEqual({ rows: [], more: true });
    db.close();
  });

  it('pages through any mix of watch times, shared milliseconds included, as a full sort would', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 14 }),
        fc.integer({ min: 0, max: 16 }),
        async (offsets, limit) => {
          const { db } = fresh();
          const watched = offsets.map((offset, i) => ({
            ...watchFor(10, 9),
            itemId: String(1005000000000100 + i),
            createdAt: T0 + offset,
          }));
          for (const watch of watched) await db.setWatch(watch);
          const sorted = [...watched].sort(
            (a, b) => b.createdAt - a.createdAt || (a.itemId < b.itemId ? 1 : -1),
          );
          const page = await db.newestWatches(limit);
          expect(page.rows.map((r) => r.watch.itemId)).toEqual(
            sorted.slice(0, limit).map((w) => w.itemId),
          );
          expect(page.more).toBe(watched.length > limit);
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('count unseen alerts and mark them all seen at once, touching nothing else', async () => {
    const { db } = fresh();
    const ids = ['1005000000000001', '1005000000000002', '1005000000000003'];
    for (const itemId of ids) await db.setWatch({ ...watchFor(10, 9), itemId });
    expect(await db.countUnseenAlerts()).toBe(0);
    for (const itemId of ids.slice(0, 2))
      await db.updateWatch(itemId, (w) => w && { ...w, alertUnseenAt: T0 + 1 });
    expect(await db.countUnseenAlerts()).toBe(2);
    expect(await db.markAlertsSeen()).toBe(2);
    expect(await db.countUnseenAlerts()).toBe(0);
    expect(await db.markAlertsSeen()).toBe(0);
    for (const itemId of ids)
      expect(await db.getWatch(itemId)).toEqual({ ...watchFor(10, 9), itemId });
    db.close();
  });

  it('lists a watch whose history is gone without its series', async () => {
    const { db } = fresh();
    await db.setWatch(watchFor(10, 9));
    const { rows, more } = await db.newestWatches(20);
    expect(more).toBe(false);
    expect(rows).toEqual([{ watch: watchFor(10, 9) }]);
    db.close();
  });
});

describe('retention, inventory, export and deletion', () => {
  const NOW = T0 + 800 * DAY_MS;

  async function seeded(now = () => NOW) {
    const { db, factory } = fresh(now);
    const details = { title: 'Cable', image: 'https://ae01.alicdn.com/kf/S1.jpg' };
    await db.recordPrice({ ...obs(T0, 10), ...details });
    await db.recordPrice(obs(T0 + 100 * DAY_MS, 12));
    await db.recordPrice(obs(T0 + 760 * DAY_MS, 11));
    await db.recordPrice(obs(T0 + 790 * DAY_MS, 11));
    // An item last seen long ago, and a watched one last seen long ago.
    await db.recordPrice({ ...obs(T0 + DAY_MS, 3), itemId: '42' });
    await db.recordPrice({ ...obs(T0 + DAY_MS, 4), itemId: '43' });
    await db.setWatch({ ...watchFor(4, 3), itemId: '43' });
    return { db, factory };
  }

  it('prunes what is older than the retention period, keeping the price in effect at the cutoff', async () => {
    const { db } = await seeded();
    const cutoff = NOW - 730 * DAY_MS;
    expect(await db.pruneOlderThan(730 * DAY_MS)).toEqual({
      deletedSeries: 2,
      trimmedSeries: 1,
      deletedItems: 1,
    });
    expect((await db.getSeries(key))?.points).toEqual([
      { at: cutoff, price: 10 },
      { at: T0 + 100 * DAY_MS, price: 12 },
      { at: T0 + 760 * DAY_MS, price: 11 },
    ]);
    expect((await db.listItems()).map((i) => i.itemId).sort()).toEqual([item, '43']);
    expect(await db.pruneOlderThan(730 * DAY_MS)).toEqual({
      deletedSeries: 0,
      trimmedSeries: 0,
      deletedItems: 0,
    });
    db.close();
  });

  it('refuses a retention period that would delete everything', async () => {
    const { db } = await seeded();
    for (const age of [0, -1, NaN])
      await expect(db.pruneOlderThan(age)).rejects.toThrow(RangeError);
    expect((await db.inventory()).series).toBe(3);
    db.close();
  });

  it('reports an inventory', async () => {
    const { db } = await seeded();
    const inv = await db.inventory();
    expect(inv).toMatchObject({
      records: 3 + 3 + 1,
      series: 3,
      points: 5,
      items: 3,
      watches: 1,
      oldest: T0,
    });
    expect(inv.bytes).toBeGreaterThan(200);
    db.close();
  });

  it('exports and imports into a fresh profile, and a second import adds nothing', async () => {
    const { db } = await seeded();
    const file = await db.exportAll();
    expect(file.exportedAt).toBe(new Date(NOW).toISOString());
    const parsed = parseExport(toJson(file));
    if (!parsed.ok) throw new Error(parsed.problem.kind);
    const { db: other } = fresh(() => NOW);
    expect(await other.importAll(parsed.file)).toEqual({ series: 3, points: 5, items: 3 });
    expect(await other.importAll(parsed.file)).toEqual({ series: 0, points: 0, items: 0 });
    expect(await other.exportAll()).toEqual(file);
    expect(await other.getSeries(key)).toEqual(await db.getSeries(key));
    db.close();
    other.close();
  });

  it('merges an import with what is there', async () => {
    const { db } = await seeded();
    const file = await db.exportAll();
    const { db: other } = fresh(() => NOW);
    await other.recordPrice(obs(T0 + 50 * DAY_MS, 9));
    await other.recordPrice(obs(T0 + 795 * DAY_MS, 11));
    expect(await other.importAll(file)).toEqual({ series: 3, points: 3 + 1 + 1, items: 3 });
    // Ours is never collapsed (series-merge.ts), so their 11 and our later 11 both stay.
    expect((await other.getSeries(key))?.points.map((p) => p.price)).toEqual([10, 9, 12, 11, 11]);
    expect((await other.getSeries(key))?.lastSeen).toBe(T0 + 795 * DAY_MS);
    other.close();
    db.close();
  });

  it('deletes one item, keeping the record of a watched one, and clears everything', async () => {
    const { db } = await seeded();
    await db.deleteItem(item);
    await db.deleteItem('43');
    expect(await db.listSeries(item)).toEqual([]);
    expect(await db.getItem(item)).toBeUndefined();
    expect(await db.getItem('43')).toBeDefined();
    expect(await db.listSeries('42')).toHaveLength(1);
    await db.clearAll();
    expect(await db.inventory()).toMatchObject({ records: 0, bytes: 0 });
    db.close();
  });
});
