/**
 * The popup's watchlist, read for a page of rows: the newest watches through the `byCreatedAt`
 * index, each with its item record and watched series, in one transaction. A shopper may watch
 * thousands of items; reading only the rows shown keeps the popup's first render independent of
 * how many (before, every watch and every watched history was read to draw all of them).
 */
import type { Watch } from './alert-rules';
import type { PriceSeries } from './history';
import type { ItemRecord } from './item-record';
import type { IDBPIndex } from 'idb';
import { fromRow, keyOf, STORES, type Db, type PriceDbSchema } from './price-db-schema';

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

type CreatedAtIndex = IDBPIndex<
  PriceDbSchema,
  ('watches' | 'items' | 'series')[],
  'watches',
  'byCreatedAt',
  'readonly'
>;

/**
 * The newest `limit` watches, newest first, in a handful of requests whatever the limit: the
 * cursor jumps to the limit-th newest, one `getAll` reads every watch made after it, and a cursor
 * over that instant reads the rest (several watches can share a millisecond). One request per
 * row, as a plain cursor walk does, made the first page wait on 20 round trips.
 */
async function newestOf(
  index: CreatedAtIndex,
  limit: number,
): Promise<{ newest: Watch[]; more: boolean }> {
  let cursor = await index.openCursor(null, 'prev');
  if (!cursor) return { newest: [], more: false };
  if (limit <= 0) return { newest: [], more: true };
  if (limit > 1) cursor = await cursor.advance(limit - 1);
  // Fewer watches than the limit: all of them.
  if (!cursor) return { newest: (await index.getAll()).reverse(), more: false };
  const edge = cursor.key;
  const [newer, more] = await Promise.all([
    index.getAll(IDBKeyRange.lowerBound(edge, true)),
    cursor.continue().then((next) => next !== null),
  ]);
  const newest = newer.reverse();
  let atEdge = await index.openCursor(IDBKeyRange.only(edge), 'prev');
  while (atEdge && newest.length < limit) {
    newest.push(atEdge.value);
    atEdge = await atEdge.continue();
  }
  return { newest, more };
}

export async function newestWatches(db: Db, limit: number): Promise<WatchlistRows> {
  const tx = db.transaction([STORES.watches, STORES.items, STORES.series]);
  const { newest, more } = await newestOf(
    tx.objectStore(STORES.watches).index('byCreatedAt'),
    limit,
  );
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
