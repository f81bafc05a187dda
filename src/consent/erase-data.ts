/**
 * The worker's side of "delete one kind of data, or everything" (privacy center): empties every
 * place the policy declares for the chosen data items. erase-data.test.ts checks that each declared
 * place has a way to be emptied here, so new data cannot be added without its delete.
 */
import { policy as currentPolicy } from '../../policy/policy';
import type { DataItem, Policy } from '../../policy/schema';
import type { PriceDb } from '../prices/price-db';
import { PRICE_DB_NAME, STORES } from '../prices/price-db-schema';
import { storageKeys } from '../shared/storage-keys';
import { resetConsent, type ConsentArea } from './consent-writer';
import type { EraseRequest, EraseResult } from './privacy-messages';

export interface RemovableArea {
  remove(keys: string | string[]): Promise<void>;
}

export type PriceDbEraser = Pick<
  PriceDb,
  'clearAll' | 'listItems' | 'deleteItem' | 'listWatches' | 'removeWatch' | 'close'
>;

export interface EraseDeps {
  storage: { local: ConsentArea & RemovableArea; sync: RemovableArea; session: RemovableArea };
  /** The price database, or null when it does not exist (see existing-price-db.ts). */
  priceDb: () => Promise<PriceDbEraser | null>;
  policy?: Policy;
}

/** How to empty each declared IndexedDB store, by `database/store`. */
export const storeErasers: Record<string, (db: PriceDbEraser) => Promise<void>> = {
  // An item's record stays while it is watched (the watchlist shows its title and picture).
  [`${PRICE_DB_NAME}/${STORES.series}`]: async (db) => {
    if ((await db.listWatches()).length === 0) return db.clearAll();
    for (const item of await db.listItems()) await db.deleteItem(item.itemId);
  },
  [`${PRICE_DB_NAME}/${STORES.items}`]: async () => {
    // Emptied with the series above: item records are deleted together with their history.
  },
  [`${PRICE_DB_NAME}/${STORES.watches}`]: async (db) => {
    for (const watch of await db.listWatches()) await db.removeWatch(watch.itemId);
  },
};

const places = (item: DataItem) =>
  item.storage.database?.stores.map((s) => `${item.storage.database!.name}/${s}`) ?? [];

export const erasableItems = (policy: Policy): DataItem[] =>
  policy.dataItems.filter((d) => d.storage.area !== 'memory');

export async function eraseData(request: EraseRequest, deps: EraseDeps): Promise<EraseResult> {
  const policy = deps.policy ?? currentPolicy;
  const known = erasableItems(policy);
  const unknown =
    request.items === 'all' ? [] : request.items.filter((id) => !known.some((d) => d.id === id));
  if (unknown.length > 0) throw new Error(`No such data to delete: ${unknown.join(', ')}`);
  const chosen =
    request.items === 'all' ? known : known.filter((d) => request.items.includes(d.id));

  let db: PriceDbEraser | null | undefined;
  const priceDb = async () => (db === undefined ? (db = await deps.priceDb()) : db);
  try {
    if (request.items === 'all' && chosen.some((d) => d.storage.area === 'indexeddb')) {
      await (await priceDb())?.clearAll();
    }
    for (const item of chosen) {
      const { area, keys = [] } = item.storage;
      if (area === 'indexeddb') {
        if (request.items === 'all') continue;
        const target = await priceDb();
        if (!target) continue;
        for (const place of places(item)) {
          const erase = storeErasers[place];
          if (!erase) throw new Error(`AliKeep does not know how to empty ${place}`);
          await erase(target);
        }
        continue;
      }
      const storage = deps.storage[area.replace('storage.', '') as 'local' | 'sync' | 'session'];
      const others = keys.filter((k) => k !== storageKeys.consent);
      if (others.length > 0) await storage.remove(others);
      if (keys.includes(storageKeys.consent)) await resetConsent(deps.storage.local);
    }
  } finally {
    db?.close();
  }
  return { erased: chosen.map((d) => d.id) };
}
