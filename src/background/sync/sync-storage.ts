/**
 * The synced copy in storage.sync: read, written in one operation (one of the browser's limited
 * writes a minute), and removed. Every key is named here so the policy check can read them.
 */
import { browser } from '../../shared/browser';
import { storageKeys } from '../../shared/storage-keys';
import type { SyncItems } from '../../sync/sync-copy';
import { syncKeys } from '../../sync/sync-keys';

export async function readSyncCopy(): Promise<Record<string, unknown>> {
  return browser.storage.sync.get([...syncKeys]);
}

export async function writeSyncCopy(items: SyncItems): Promise<void> {
  await browser.storage.sync.set({
    [storageKeys.syncedSettings]: items[storageKeys.syncedSettings],
    [storageKeys.syncedWatchlist]: items[storageKeys.syncedWatchlist],
    [storageKeys.syncedWatchlist1]: items[storageKeys.syncedWatchlist1],
    [storageKeys.syncedWatchlist2]: items[storageKeys.syncedWatchlist2],
    [storageKeys.syncedWatchlist3]: items[storageKeys.syncedWatchlist3],
    [storageKeys.syncedWatchlist4]: items[storageKeys.syncedWatchlist4],
    [storageKeys.syncedWatchlist5]: items[storageKeys.syncedWatchlist5],
    [storageKeys.syncedWatchlist6]: items[storageKeys.syncedWatchlist6],
    [storageKeys.syncedWatchlist7]: items[storageKeys.syncedWatchlist7],
    [storageKeys.syncedWatchlist8]: items[storageKeys.syncedWatchlist8],
    [storageKeys.syncedWatchlist9]: items[storageKeys.syncedWatchlist9],
    [storageKeys.syncedWatchlist10]: items[storageKeys.syncedWatchlist10],
    [storageKeys.syncedWatchlist11]: items[storageKeys.syncedWatchlist11],
    [storageKeys.syncedWatchlist12]: items[storageKeys.syncedWatchlist12],
  });
}

/** While the watchlist copy cannot be read (a newer format, parts still arriving). */
export async function writeSyncedSettings(value: unknown): Promise<void> {
  await browser.storage.sync.set({ [storageKeys.syncedSettings]: value });
}

export async function removeSyncCopy(): Promise<void> {
  await browser.storage.sync.remove([...syncKeys]);
}
