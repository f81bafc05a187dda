/**
 * Every key the extension writes to chrome.storage, in one registry. The policy drift tests read this
 * file: a key missing here, or here but undeclared in policy/, fails `npm test`.
 */
export const storageKeys = {
  /** storage.local: the user's preferences (src/settings). */
  settings: 'settings',
  /** storage.session: downloads in progress (src/background/downloads). */
  downloadQueue: 'downloadQueue',
  /** storage.session: finished downloads, kept apart so the running queue stays small. */
  finishedDownloads: 'finishedDownloads',
  /** storage.local: the user's privacy choices (src/consent). */
  consent: 'consent',
  /** storage.local: notices about stored data until the user dismisses them (src/settings/notices.ts). */
  notices: 'notices',
  /** storage.sync, with sync on: the compact copy of the preferences (src/sync). */
  syncedSettings: 'syncedSettings',
  /** storage.sync, with sync on: the watchlist copy's header; its entries are in the parts below. */
  syncedWatchlist: 'syncedWatchlist',
  /** storage.sync: the watchlist split in parts, each under the browser's 8 KB per-key limit. */
  syncedWatchlist1: 'syncedWatchlist1',
  syncedWatchlist2: 'syncedWatchlist2',
  syncedWatchlist3: 'syncedWatchlist3',
  syncedWatchlist4: 'syncedWatchlist4',
  syncedWatchlist5: 'syncedWatchlist5',
  syncedWatchlist6: 'syncedWatchlist6',
  syncedWatchlist7: 'syncedWatchlist7',
  syncedWatchlist8: 'syncedWatchlist8',
  syncedWatchlist9: 'syncedWatchlist9',
  syncedWatchlist10: 'syncedWatchlist10',
  syncedWatchlist11: 'syncedWatchlist11',
  syncedWatchlist12: 'syncedWatchlist12',
} as const;

export type StorageKey = (typeof storageKeys)[keyof typeof storageKeys];
