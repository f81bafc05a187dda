/**
 * This browser's watchlist as sync sees it: the stored watches with their page addresses, and
 * storing what another browser set or removed. Reading never creates the price database; only a
 * watch arriving from another browser does.
 */
import { createWatch } from '../../prices/alert-rules';
import { openPriceDb, PRICE_DB_NAME, type PriceDb } from '../../prices/price-db';
import { syncedFromWatch, type SyncedWatch } from '../../sync/watch-entry';

let db: PriceDb | undefined;

async function existing(): Promise<PriceDb | null> {
  if (db) return db;
  const names = (await indexedDB.databases()).map((d) => d.name);
  return names.includes(PRICE_DB_NAME) ? (db = openPriceDb()) : null;
}

export async function readLocalWatches(): Promise<SyncedWatch[]> {
  const prices = await existing();
  if (!prices) return [];
  const out: SyncedWatch[] = [];
  for (const watch of await prices.listWatches()) {
    const item = watch.url ? undefined : await prices.getItem(watch.itemId);
    out.push(syncedFromWatch(watch, item?.url));
  }
  return out;
}

/** Stores the watches and removals another browser made; returns how many were taken. */
export async function applyRemoteWatches(put: SyncedWatch[], remove: string[]): Promise<number> {
  if (put.length === 0 && remove.length === 0) return 0;
  const prices = (await existing()) ?? (db = openPriceDb());
  let applied = 0;
  for (const itemId of remove) {
    await prices.removeWatch(itemId);
    applied += 1;
  }
  for (const entry of put) {
    if (!entry.watch) continue;
    const { variantId, currency, rule, alertOnRise, priceWhenWatched, url } = entry.watch;
    const made = createWatch(
      { itemId: entry.itemId, variantId, currency, rule, alertOnRise },
      { price: priceWhenWatched, at: entry.at },
    );
    // A watch this version cannot take (a rule it does not know) stays in the copy for others.
    if (!made.ok) continue;
    await prices.setWatch({ ...made.watch, ...(url ? { url } : {}) });
    applied += 1;
  }
  return applied;
}
