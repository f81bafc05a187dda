import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPriceDb } from './price-db';
import { PRICE_DB_NAME, PRICE_DB_VERSION } from './price-db-schema';

const T0 = Date.UTC(2025, 0, 1);
const key = { itemId: '1005006543210987', variantId: '', currency: 'EUR' };
const obs = (at: number, price: number) => ({ ...key, at, price });

/** A fresh in-memory IndexedDB, with every connection it opened (to close one by force). */
function freshFactory() {
  const factory = new IDBFactory();
  const connections: IDBDatabase[] = [];
  const spy = {
    open(name: string, version?: number) {
      const request = factory.open(name, version);
      request.addEventListener('success', () => connections.push(request.result));
      return request;
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
    databases: () => factory.databases(),
  } as IDBFactory;
  return { factory, spy, connections };
}

function rawOpen(factory: IDBFactory, version?: number, onUpgrade?: () => void) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(PRICE_DB_NAME, version);
    request.onupgradeneeded = () => onUpgrade?.();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The stores and indexes of version 1, as released. */
function createVersion1(db: IDBDatabase) {
  const series = db.createObjectStore('series', { keyPath: ['itemId', 'variantId', 'currency'] });
  series.createIndex('byItem', 'itemId');
  series.createIndex('bySince', 'since');
  series.createIndex('byLastSeen', 'lastSeen');
  db.createObjectStore('items', { keyPath: 'itemId' }).createIndex('byLastSeen', 'lastSeen');
  const watches = db.createObjectStore('watches', { keyPath: 'itemId' });
  return { series, watches };
}

function fresh() {
  const { factory } = freshFactory();
  return { db: openPriceDb({ indexedDB: factory }), factory };
}

describe('schema and connection', () => {
  it('creates the current version from an empty database', async () => {
    const { db, factory } = fresh();
    await db.listItems();
    db.close();
    const raw = await rawOpen(factory);
    expect(raw.version).toBe(PRICE_DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['items', 'series', 'watches']);
    const tx = raw.transaction(['series', 'items', 'watches']);
    expect(tx.objectStore('series').keyPath).toEqual(['itemId', 'variantId', 'currency']);
    expect([...tx.objectStore('series').indexNames].sort()).toEqual([
      'byItem',
      'byLastSeen',
      'bySince',
    ]);
    expect(tx.objectStore('items').keyPath).toBe('itemId');
    expect([...tx.objectStore('items').indexNames]).toEqual(['byLastSeen']);
    expect(tx.objectStore('watches').keyPath).toBe('itemId');
    expect([...tx.objectStore('watches').indexNames].sort()).toEqual([
      'byAlertUnseen',
      'byCreatedAt',
    ]);
    raw.close();
  });

  it('upgrades a version 1 database holding data to the current version, keeping everything', async () => {
    const { factory } = freshFactory();
    // Version 1 as released: its stores and indexes, and a user's history and watches in them.
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(PRICE_DB_NAME, 1);
      request.onupgradeneeded = () => {
        const { series } = createVersion1(request.result);
        series.put({ ...key, points: [{ at: T0, price: 10 }], lastSeen: T0, since: T0 });
        request.transaction!.objectStore('items').put({ itemId: key.itemId, lastSeen: T0 });
        const watch = { ...key, rule: { kind: 'target', price: 9 }, alertOnRise: false };
        const state = { dropArmed: true, riseArmed: false, lastPrice: 10, lastCheckedAt: T0 };
        const watches = request.transaction!.objectStore('watches');
        watches.put({ ...watch, createdAt: T0, priceWhenWatched: 10, state });
        watches.put({ ...watch, itemId: '42', createdAt: T0 + 1, priceWhenWatched: 10, state });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    v1.close();

    const db = openPriceDb({ indexedDB: factory });
    const { rows, more } = await db.newestWatches(10);
    expect(more).toBe(false);
    expect(rows.map((r) => r.watch.itemId)).toEqual(['42', key.itemId]);
    expect(rows[1]?.series?.points).toEqual([{ at: T0, price: 10 }]);
    expect(await db.getItem(key.itemId)).toEqual({ itemId: key.itemId, lastSeen: T0 });
    db.close();
    const raw = await rawOpen(factory);
    expect(raw.version).toBe(PRICE_DB_VERSION);
    raw.close();
  });

  it('upgrades a version 2 database: unseen alert flags become indexed times', async () => {
    const { factory } = freshFactory();
    const state = { dropArmed: false, riseArmed: false, lastPrice: 8, lastCheckedAt: T0 };
    const watch = {
      ...key,
      rule: { kind: 'target', price: 9 },
      alertOnRise: false,
      createdAt: T0,
      priceWhenWatched: 10,
      state,
    };
    const alerted = { ...state, lastAlert: { kind: 'reached', price: 8, at: T0 + 5 } };
    // Version 2 as released: version 1 plus the watches' byCreatedAt index.
    const v2 = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(PRICE_DB_NAME, 2);
      request.onupgradeneeded = () => {
        const { watches } = createVersion1(request.result);
        watches.createIndex('byCreatedAt', 'createdAt');
        watches.put({ ...watch, state: alerted, alertUnseen: true });
        watches.put({ ...watch, itemId: '42', state: alerted, alertUnseen: false });
        watches.put({ ...watch, itemId: '43' });
        watches.put({ ...watch, itemId: '44', alertUnseen: true });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    v2.close();

    const db = openPriceDb({ indexedDB: factory });
    expect(await db.countUnseenAlerts()).toBe(2);
    // The time of the alert the user has not seen; the watch's own time when none was recorded.
    expect(await db.getWatch(key.itemId)).toEqual({
      ...watch,
      state: alerted,
      alertUnseenAt: T0 + 5,
    });
    expect(await db.getWatch('44')).toEqual({ ...watch, itemId: '44', alertUnseenAt: T0 });
    expect(await db.getWatch('42')).toEqual({ ...watch, itemId: '42', state: alerted });
    expect(await db.getWatch('43')).toEqual({ ...watch, itemId: '43' });
    expect(await db.markAlertsSeen()).toBe(2);
    expect(await db.countUnseenAlerts()).toBe(0);
    expect((await db.listWatches()).some((w) => 'alertUnseenAt' in w)).toBe(false);
    db.close();
  });

  it('reopens the current version without an upgrade, keeping the data', async () => {
    const { db, factory } = fresh();
    await db.recordPrice(obs(T0, 10));
    db.close();
    let upgraded = false;
    const raw = await rawOpen(factory, PRICE_DB_VERSION, () => (upgraded = true));
    raw.close();
    expect(upgraded).toBe(false);
    const again = openPriceDb({ indexedDB: factory });
    expect((await again.getSeries(key))?.points).toEqual([{ at: T0, price: 10 }]);
    again.close();
  });

  it('closes for a newer version instead of blocking its upgrade, and reopens later', async () => {
    const { factory } = freshFactory();
    let told = 0;
    const db = openPriceDb({ indexedDB: factory, onVersionChange: () => (told += 1) });
    await db.recordPrice(obs(T0, 10));
    let blocked = false;
    const request = factory.open(PRICE_DB_NAME, PRICE_DB_VERSION + 1);
    request.onblocked = () => (blocked = true);
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(blocked).toBe(false);
    expect(told).toBe(1);
    newer.close();
    // This code does not know the newer version, so reopening fails cleanly, not silently.
    await expect(db.listItems()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('reopens lazily after the browser closed the connection', async () => {
    const { spy, connections } = freshFactory();
    const db = openPriceDb({ indexedDB: spy });
    await db.recordPrice(obs(T0, 10));
    expect(connections).toHaveLength(1);
    // fake-indexeddb types the argument as the class, not an instance.
    type Closable = Parameters<typeof forceCloseDatabase>[0];
    forceCloseDatabase(connections[0] as unknown as Closable);
    expect((await db.getSeries(key))?.points).toHaveLength(1);
    expect(connections).toHaveLength(2);
    db.close();
  });
});
