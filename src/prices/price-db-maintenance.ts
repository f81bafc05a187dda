/**
 * Keeping the price database within its retention period (policy/features/price-history.ts: records
 * older than that are deleted every day) and telling the options page what it holds.
 */
import { pointAt } from './history';
import { fromRow, STORES, toRow, type Db } from './price-db-schema';

export interface PruneResult {
  deletedSeries: number;
  trimmedSeries: number;
  deletedItems: number;
}

export interface Inventory {
  /** Rows in all stores. */
  records: number;
  series: number;
  points: number;
  items: number;
  watches: number;
  /** Approximate: the UTF-8 size of the rows as JSON (IndexedDB's own overhead aside). */
  bytes: number;
  /** Epoch ms of the oldest change point, if any. */
  oldest?: number;
}

export async function pruneOlderThan(db: Db, maxAgeMs: number, now: number): Promise<PruneResult> {
  // A zero or broken age would delete everything: that is clearAll's job, never an accident.
  if (!Number.isFinite(maxAgeMs) || maxAgeMs <= 0) {
    throw new RangeError(`pruneOlderThan: maxAgeMs must be positive, got ${maxAgeMs}`);
  }
  const cutoff = now - maxAgeMs;
  const result: PruneResult = { deletedSeries: 0, trimmedSeries: 0, deletedItems: 0 };
  const tx = db.transaction([STORES.series, STORES.items, STORES.watches], 'readwrite');
  const range = IDBKeyRange.upperBound(cutoff, true);
  let cursor = await tx.objectStore(STORES.series).index('bySince').openCursor(range);
  for (; cursor; cursor = await cursor.continue()) {
    const series = fromRow(cursor.value);
    if (series.lastSeen < cutoff) {
      await cursor.delete();
      result.deletedSeries += 1;
      continue;
    }
    // The price in effect at the cutoff is kept, dated at the cutoff: what held before is gone.
    const atCutoff = { ...pointAt(series.points, cutoff)!, at: cutoff };
    const points = [atCutoff, ...series.points.filter((p) => p.at > cutoff)];
    await cursor.update(toRow({ ...series, points }));
    result.trimmedSeries += 1;
  }
  const watches = tx.objectStore(STORES.watches);
  let items = await tx.objectStore(STORES.items).index('byLastSeen').openCursor(range);
  for (; items; items = await items.continue()) {
    // The watchlist shows the item's title and picture for as long as it is watched.
    if ((await watches.getKey(items.value.itemId)) !== undefined) continue;
    await items.delete();
    result.deletedItems += 1;
  }
  await tx.done;
  return result;
}

/**
 * Makes room when storage is full: deletes the history of the least recently seen items, `share`
 * of them (at least one), oldest first, with their item records. Watched items are kept: the user
 * asked to follow those. Resolves with the number of series deleted.
 */
export async function pruneOldest(db: Db, share: number): Promise<number> {
  if (!(share > 0 && share <= 1))
    throw new RangeError(`pruneOldest: share must be in (0, 1], got ${share}`);
  const tx = db.transaction([STORES.series, STORES.items, STORES.watches], 'readwrite');
  const items = tx.objectStore(STORES.items);
  const watched = new Set(await tx.objectStore(STORES.watches).getAllKeys());
  const total = await items.count();
  let left = Math.max(1, Math.floor(total * share));
  let deleted = 0;
  const bySeries = tx.objectStore(STORES.series).index('byItem');
  let cursor = await items.index('byLastSeen').openCursor();
  for (; cursor && left > 0; cursor = await cursor.continue()) {
    const { itemId } = cursor.value;
    if (watched.has(itemId)) continue;
    for (let s = await bySeries.openCursor(itemId); s; s = await s.continue()) {
      await s.delete();
      deleted += 1;
    }
    await cursor.delete();
    left -= 1;
  }
  await tx.done;
  return deleted;
}

export async function inventory(db: Db): Promise<Inventory> {
  const tx = db.transaction([STORES.series, STORES.items, STORES.watches]);
  const [series, items, watches] = await Promise.all([
    tx.objectStore(STORES.series).getAll(),
    tx.objectStore(STORES.items).getAll(),
    tx.objectStore(STORES.watches).getAll(),
  ]);
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const row of [...series, ...items, ...watches]) {
    bytes += encoder.encode(JSON.stringify(row)).length;
  }
  let points = 0;
  let oldest: number | undefined;
  for (const s of series) {
    points += s.points.length;
    if (oldest === undefined || s.since < oldest) oldest = s.since;
  }
  return {
    records: series.length + items.length + watches.length,
    series: series.length,
    points,
    items: items.length,
    watches: watches.length,
    bytes,
    ...(oldest !== undefined && { oldest }),
  };
}
