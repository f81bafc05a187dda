/** The storage.sync keys of the synced copy, in the order their contents are laid out. Pure. */
import { storageKeys } from '../shared/storage-keys';

/** The keys holding the watchlist's entries, after its header (`syncedWatchlist`). */
export const watchlistPartKeys = [
  storageKeys.syncedWatchlist1,
  storageKeys.syncedWatchlist2,
  storageKeys.syncedWatchlist3,
  storageKeys.syncedWatchlist4,
  storageKeys.syncedWatchlist5,
  storageKeys.syncedWatchlist6,
  storageKeys.syncedWatchlist7,
  storageKeys.syncedWatchlist8,
  storageKeys.syncedWatchlist9,
  storageKeys.syncedWatchlist10,
  storageKeys.syncedWatchlist11,
  storageKeys.syncedWatchlist12,
] as const;

export type WatchlistPartKey = (typeof watchlistPartKeys)[number];

/** Every key sync writes; switching sync off removes all of them. */
export const syncKeys = [
  storageKeys.syncedSettings,
  storageKeys.syncedWatchlist,
  ...watchlistPartKeys,
] as const;

export type SyncKey = (typeof syncKeys)[number];
