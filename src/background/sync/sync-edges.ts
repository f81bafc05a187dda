/** The sync service's edges in the worker: consent, storage.sync and the price database. */
import { featureEnabled } from '../../consent/consent-state';
import { applyRemoteWatches, readLocalWatches } from './local-watchlist';
import type { SyncEdges } from './sync-service';
import { readSyncCopy, removeSyncCopy, writeSyncCopy, writeSyncedSettings } from './sync-storage';

export const browserSyncEdges: SyncEdges = {
  enabled: () => featureEnabled('sync'),
  readCopy: readSyncCopy,
  writeCopy: writeSyncCopy,
  writeSettings: writeSyncedSettings,
  removeCopy: removeSyncCopy,
  readWatches: readLocalWatches,
  applyWatches: applyRemoteWatches,
  now: () => Date.now(),
};
