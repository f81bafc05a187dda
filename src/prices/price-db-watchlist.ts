/**
 * The popup's watchlist, read for a page of rows: the newest watches through the `byCreatedAt`
 * index, each with its item record and watched series, in one transaction. A shopper may watch
 * thousands of items; reading only the rows shown keeps the popup's first render independent of
 * how many (before, every watch and every watched history was read to draw all of them).
 */
import type { Watch } from './alert-rules';
import type { PriceSeries } from './history';
import type { ItemRecord } from './item-record';
import { fromRow, keyOf, STORES, type Db } from './price-db-schema';

export interface WatchlistRow {
  watch: Watch;
  item?: ItemRecord;
  series?: PriceSeries;
}

export interface WatchlistRows {
  /** Newest watch first; watches made in the same millisecond by item id, highest first. */
  rows: WatchlistRow[];
  /** More watches follow. (Not a count: counting reads every watch, which is what this avoids.) */
  more: boolean;
}

export async function newestWatches(db: Db, limit: number): Promise<WatchlistRows> {
  const tx = db.transaction([STORES.watches, STORES.items, STORES.series]);
  const newest: Watch[] = [];
  let more = false;
  let cursor = await tx.objectStore(STORES.watches).index('byCreatedAt').openCursor(null, 'prev');
  while (cursor) {
    if (newest.length >= limit) {
      more = true;
      break;
    }
    newest.push(cursor.value);
    cursor = await cursor.continue();
  }
  const items = tx.objectStore(STORES.items);
  const series = tx.objectStore(STORES.series);
  const rows = await Promise.all(
    newest.map(async (watch): Promise<WatchlistRow> => {
      const [item, row] = await Promise.all([items.get(watch.itemId), series.get(keyOf(watch))]);
      return { watch, ...(item && { item }), ...(row && { series: fromRow(row) }) };
    }),
  );
  await tx.done;
  return { rows, more };
}
