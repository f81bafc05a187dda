import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { policy } from '../../policy/policy';
import { everythingShipped } from '../../policy/test-policies';
import { createWatch } from '../prices/alert-rules';
import { openPriceDb, PRICE_DB_NAME } from '../prices/price-db';
import { saveConsent, readStoredConsent } from './consent-writer';
import { erasableItems, eraseData, storeErasers, type EraseDeps } from './erase-data';
import { existingPriceDb } from './existing-price-db';

type Area = 'local' | 'sync' | 'session';

function fakeStorage(initial: Partial<Record<Area, Record<string, unknown>>> = {}) {
  const data: Record<Area, Record<string, unknown>> = {
    local: { ...initial.local },
    sync: { ...initial.sync },
    session: { ...initial.session },
  };
  const area = (name: Area) => ({
    async get(key: string) {
      return key in data[name] ? { [key]: data[name][key] } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data[name], items);
    },
    async remove(keys: string | string[]) {
      for (const key of [keys].flat()) delete data[name][key];
    },
  });
  return { data, storage: { local: area('local'), sync: area('sync'), session: area('session') } };
}

const item = '1005006543210987';
const T0 = Date.UTC(2026, 0, 1);

async function filledPriceDb(factory: IDBFactory) {
  const db = openPriceDb({ indexedDB: factory, now: () => T0 });
  const key = { itemId: item, variantId: '', currency: 'EUR' };
  await db.recordPrice({ ...key, at: T0, price: 10, title: 'Cable' });
  await db.recordPrice({ ...key, itemId: '1005000000000001', at: T0, price: 5 });
  const made = createWatch({ ...key, rule: { kind: 'target', price: 8 } }, { price: 10, at: T0 });
  if (!made.ok) throw new Error(made.reason);
  await db.setWatch(made.watch);
  return db;
}

describe('every declared place', () => {
  it('can be emptied: each IndexedDB store has its eraser, each key an area', () => {
    for (const d of erasableItems(everythingShipped())) {
      if (d.storage.area === 'indexeddb') {
        for (const store of d.storage.database!.stores) {
          expect(storeErasers, `${d.id}: ${store}`).toHaveProperty([
            `${d.storage.database!.name}/${store}`,
          ]);
        }
      } else {
        expect(['storage.local', 'storage.sync', 'storage.session']).toContain(d.storage.area);
      }
    }
  });
});

describe('eraseData', () => {
  it('deletes everything: every declared key, the consent record and the price database', async () => {
    const { data, storage } = fakeStorage({
      local: { settings: { version: 1 }, unrelated: 1 },
      session: { downloadQueue: {} },
      sync: { syncedSettings: {} },
    });
    await saveConsent(storage.local, {
      policyVersion: policy.version,
      features: {},
      answersAll: true,
    });
    const factory = new IDBFactory();
    const db = await filledPriceDb(factory);
    const deps: EraseDeps = { storage, priceDb: () => existingPriceDb(factory), policy };
    const result = await eraseData({ items: 'all' }, deps);
    expect(result.erased).toEqual(erasableItems(policy).map((d) => d.id));
    expect(data).toEqual({ local: { unrelated: 1 }, sync: {}, session: {} });
    expect(await db.inventory()).toMatchObject({ records: 0 });
    db.close();
  });

  it('never creates the price database to empty it', async () => {
    const { storage } = fakeStorage();
    const factory = new IDBFactory();
    await eraseData({ items: 'all' }, { storage, priceDb: () => existingPriceDb(factory) });
    await eraseData(
      { items: ['price-history'] },
      { storage, priceDb: () => existingPriceDb(factory) },
    );
    expect((await factory.databases()).map((d) => d.name)).not.toContain(PRICE_DB_NAME);
  });

  it('deletes the price history but keeps the watchlist and what it shows', async () => {
    const { storage } = fakeStorage();
    const factory = new IDBFactory();
    const db = await filledPriceDb(factory);
    const deps: EraseDeps = { storage, priceDb: () => existingPriceDb(factory) };
    await eraseData({ items: ['price-history'] }, deps);
    expect(await db.inventory()).toMatchObject({ series: 0, points: 0, items: 1, watches: 1 });
    expect((await db.getItem(item))?.title).toBe('Cable');
    await eraseData({ items: ['watchlist'] }, deps);
    expect(await db.inventory()).toMatchObject({ watches: 0 });
    db.close();
  });

  it('resets the consent record through the consent writer', async () => {
    const { storage } = fakeStorage();
    await saveConsent(
      storage.local,
      { policyVersion: policy.version, features: {}, answersAll: true },
      { policy },
    );
    expect((await readStoredConsent(storage.local)).accepted).not.toBeNull();
    await eraseData({ items: ['privacy-choices'] }, { storage, priceDb: async () => null });
    expect((await readStoredConsent(storage.local)).accepted).toBeNull();
  });

  it('refuses data the policy does not declare, or keeps only in memory', async () => {
    const { storage } = fakeStorage();
    const deps: EraseDeps = { storage, priceDb: async () => null };
    await expect(eraseData({ items: ['cookies'] }, deps)).rejects.toThrow(/cookies/);
    await expect(eraseData({ items: ['item-page-content'] }, deps)).rejects.toThrow(
      /item-page-content/,
    );
  });
});
