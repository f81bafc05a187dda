/**
 * The price database, only if it exists: opening it creates it, and looking at or deleting what
 * AliKeep keeps must leave nothing behind for a user who never switched price history on.
 */
import { openPriceDb, PRICE_DB_NAME, type PriceDb } from '../prices/price-db';

export async function existingPriceDb(
  factory: IDBFactory = globalThis.indexedDB,
): Promise<PriceDb | null> {
  const names = (await factory.databases()).map((d) => d.name);
  return names.includes(PRICE_DB_NAME) ? openPriceDb({ indexedDB: factory }) : null;
}
