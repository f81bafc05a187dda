/**
 * The whole synced copy as storage.sync items: the preferences, the watchlist's header and parts.
 * Pure: the worker (src/background/sync) reads the stored items, merges, and writes what this
 * returns when it differs from what is stored.
 */
import { canonicalJson } from './canonical-json';
import { storageKeys } from '../shared/storage-keys';
import type { EncodedSettings } from './settings-copy';
import { itemBytes } from './quota';
import { packWatchlist, type WatchlistHeader, type WatchlistParts } from './watchlist-copy';
import type { SyncedWatch } from './watch-entry';

export type SyncItems = {
  [storageKeys.syncedSettings]: EncodedSettings | unknown;
  [storageKeys.syncedWatchlist]: WatchlistHeader;
} & WatchlistParts;

export interface BuiltCopy {
  items: SyncItems;
  watches: { total: number; synced: number };
  bytes: number;
}

/**
 * `settings`: the preferences to sync (this browser's, encoded, or the stored copy kept as it is);
 * `watchlist`: the merged entries.
 */
export function buildCopy(settings: unknown, watchlist: SyncedWatch[], now: number): BuiltCopy {
  const settingsBytes = itemBytes(storageKeys.syncedSettings, settings);
  const packed = packWatchlist(watchlist, now, settingsBytes);
  const items: SyncItems = {
    [storageKeys.syncedSettings]: settings,
    [storageKeys.syncedWatchlist]: packed.header,
    ...packed.parts,
  };
  const bytes = Object.entries(items).reduce((n, [key, value]) => n + itemBytes(key, value), 0);
  return { items, watches: packed.watches, bytes };
}

/** The keys whose stored value differs from the copy's: nothing to write when empty. */
export function changedKeys(items: Record<string, unknown>, stored: Record<string, unknown>) {
  return Object.keys(items).filter(
    (key) => canonicalJson(items[key]) !== canonicalJson(stored[key]),
  );
}
