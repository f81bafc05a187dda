/**
 * Merging this browser's watchlist with the synced one, item by item: the newer entry wins (a watch
 * set later, or a removal made later). On a tie the synced entry stays as it is and nothing is
 * applied, so that a copy this browser wrote, read back, changes nothing and is not written again.
 * Pure.
 */
import type { SyncedWatch } from './watch-entry';

export interface WatchlistMerge {
  /** The watchlist to sync: every item's winning entry. */
  merged: SyncedWatch[];
  /** Watches to store here (new, or newer than the one stored). */
  put: SyncedWatch[];
  /** Items to stop watching here. */
  remove: string[];
}

/**
 * `local`: the watches stored here and the removals made here since the last write; `remote`: the
 * synced entries (null when there is no copy to read).
 */
export function mergeWatchlists(
  local: SyncedWatch[],
  remote: SyncedWatch[] | null,
): WatchlistMerge {
  const stored = new Map(local.filter((e) => e.watch !== null).map((e) => [e.itemId, e]));
  const byItem = new Map<string, SyncedWatch>();
  for (const entry of remote ?? []) {
    const seen = byItem.get(entry.itemId);
    if (!seen || entry.at > seen.at) byItem.set(entry.itemId, entry);
  }
  const synced = new Map(byItem);
  for (const entry of local) {
    const other = byItem.get(entry.itemId);
    if (!other || other.at < entry.at) byItem.set(entry.itemId, entry);
  }
  const put: SyncedWatch[] = [];
  const remove: string[] = [];
  for (const [itemId, winner] of byItem) {
    if (!synced.has(itemId) || synced.get(itemId) !== winner) continue;
    const here = stored.get(itemId);
    if (winner.watch === null) {
      if (here && here.at < winner.at) remove.push(itemId);
    } else if (!here || here.at < winner.at) {
      put.push(winner);
    }
  }
  return { merged: [...byItem.values()], put, remove };
}
