/**
 * The worker's side of sync, with the user's consent: keeps the copy in storage.sync in step with
 * the preferences and watchlist here, and takes in what other browsers changed. Every pass reads
 * both sides afresh and merges (src/sync), so a copy this worker wrote, read back, changes nothing
 * and is not written again; and a worker that stopped before a pending write catches up on its
 * next start. Writes are gathered (DEBOUNCE_MS) and paced under the browser's limits.
 */
import { isFeatureOn, loadConsent } from '../../consent/consent-record';
import type { SettingsWriter } from '../../settings/settings-writer';
import { log } from '../../shared/log';
import { storageKeys } from '../../shared/storage-keys';
import { decodeSettings, encodeSettings, mergeSettings } from '../../sync/settings-copy';
import { buildCopy, changedKeys, type SyncItems } from '../../sync/sync-copy';
import { syncKeys } from '../../sync/sync-keys';
import type { SyncedWatch } from '../../sync/watch-entry';
import { unpackWatchlist } from '../../sync/watchlist-copy';
import { mergeWatchlists } from '../../sync/watchlist-merge';
import { DEBOUNCE_MS, recentWrites, writeDelay } from '../../sync/write-pace';
import type { WatchChange } from '../prices/watch-events';

/** A copy whose parts do not match its header is waited for this long, then rewritten. */
const INCOMPLETE_GRACE_MS = 2 * 60_000;
const RETRY_MS = 60_000;
/** Parts of one copy can arrive in separate change events: gather them before reading. */
const REMOTE_SETTLE_MS = 500;

export interface SyncStatus {
  on: boolean;
  /** Watches here and how many of them are in the synced copy; null before the first pass. */
  watches: { total: number; synced: number } | null;
  /** Why the watchlist is not synced now, if it is not. */
  watchlist: 'synced' | 'incomplete' | 'newer-format' | null;
  lastSyncedAt: number | null;
  /** The browser's message when the last write failed. */
  error: string | null;
}

/** What the service works on: the browser's in the worker (sync-edges.ts), fakes in tests. */
export interface SyncEdges {
  enabled(): Promise<boolean>;
  readCopy(): Promise<Record<string, unknown>>;
  writeCopy(items: SyncItems): Promise<void>;
  writeSettings(value: unknown): Promise<void>;
  removeCopy(): Promise<void>;
  readWatches(): Promise<SyncedWatch[]>;
  applyWatches(put: SyncedWatch[], remove: string[]): Promise<number>;
  now(): number;
}

export interface SyncService {
  /** A pass soon (gathering changes), or after `delay` ms. */
  schedule(delay?: number): void;
  /** storage.onChanged, for every area. */
  onStorageChanged(
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ): void;
  onWatchChange(change: WatchChange): void;
  /** Runs a pass now and says how sync stands. */
  status(): Promise<SyncStatus>;
}

export function createSyncService(settings: SettingsWriter, edges: SyncEdges): SyncService {
  const { now } = edges;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Removals made here that the copy does not carry yet. */
  const removals = new Map<string, number>();
  let writes: number[] = [];
  let incompleteSince: number | null = null;
  let last: Omit<SyncStatus, 'on'> = {
    watches: null,
    watchlist: null,
    lastSyncedAt: null,
    error: null,
  };

  function serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  }

  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void serialized(pass).catch(() => undefined);
    }, delay);
  }

  /** Whether a write may go now; if not, a pass is scheduled for when it may. */
  function mayWrite(at: number): boolean {
    writes = recentWrites(writes, at);
    const wait = writeDelay(writes, at);
    if (wait > 0) schedule(wait);
    return wait === 0;
  }

  async function pass(): Promise<void> {
    if (!(await edges.enabled())) return;
    try {
      await syncOnce();
      last.error = null;
    } catch (error) {
      last.error = error instanceof Error ? error.message : String(error);
      log.warn('Sync did not go through; trying again in a minute:', last.error);
      schedule(RETRY_MS);
    }
  }

  async function syncOnce(): Promise<void> {
    const at = now();
    const stored = await edges.readCopy();
    const remoteSettings = decodeSettings(stored[storageKeys.syncedSettings]);
    let settingsValue: unknown = stored[storageKeys.syncedSettings];
    await settings.replace((current) => {
      const merge = mergeSettings(current, remoteSettings);
      if (merge.write) settingsValue = encodeSettings(current);
      return merge.apply;
    });

    const remote = unpackWatchlist(stored);
    if (remote.kind === 'incomplete') incompleteSince ??= at;
    else incompleteSince = null;
    const waiting = incompleteSince !== null && at - incompleteSince < INCOMPLETE_GRACE_MS;
    if (remote.kind === 'newer-format' || waiting) {
      // Leave the watchlist copy to the browser that can read it, or to the parts still coming.
      last.watchlist = remote.kind === 'newer-format' ? 'newer-format' : 'incomplete';
      if (waiting) schedule(INCOMPLETE_GRACE_MS);
      const settingsChanged = changedKeys(
        { [storageKeys.syncedSettings]: settingsValue },
        stored,
      ).length;
      if (settingsChanged > 0 && mayWrite(at)) {
        await edges.writeSettings(settingsValue);
        writes.push(at);
      }
      last.lastSyncedAt = at;
      return;
    }

    const pending = new Map(removals);
    const local: SyncedWatch[] = [
      ...(await edges.readWatches()).filter((w) => !pending.has(w.itemId)),
      ...[...pending].map(([itemId, removedAt]) => ({ itemId, at: removedAt, watch: null })),
    ];
    const merge = mergeWatchlists(local, remote.kind === 'entries' ? remote.entries : null);
    await edges.applyWatches(merge.put, merge.remove);
    const copy = buildCopy(settingsValue, merge.merged, at);
    last.watches = copy.watches;
    last.watchlist = 'synced';
    if (changedKeys(copy.items, stored).length > 0) {
      if (!mayWrite(at)) return;
      await edges.writeCopy(copy.items);
      writes.push(at);
    }
    for (const [itemId, removedAt] of pending) {
      if (removals.get(itemId) === removedAt) removals.delete(itemId);
    }
    last.lastSyncedAt = at;
  }

  /** Sync switched off: AliKeep's copy goes, as the policy promises. */
  async function stop(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    removals.clear();
    incompleteSince = null;
    last = { watches: null, watchlist: null, lastSyncedAt: null, error: null };
    await edges.removeCopy();
  }

  return {
    schedule,
    onStorageChanged(changes, area) {
      if (area === 'sync' && syncKeys.some((key) => key in changes)) schedule(REMOTE_SETTLE_MS);
      if (area !== 'local') return;
      const consent = changes[storageKeys.consent];
      if (consent) {
        const before = loadConsent(consent.oldValue);
        const after = loadConsent(consent.newValue);
        if (isFeatureOn(after, 'sync') && !isFeatureOn(before, 'sync')) schedule(0);
        // Paused by a policy change is not off: the copy stays until the user answers.
        if (before.features.sync && !after.features.sync) {
          void serialized(stop).catch((error: unknown) =>
            log.warn('Could not delete the synced copy:', String(error)),
          );
        }
      }
      if (changes[storageKeys.settings]) schedule();
    },
    onWatchChange({ itemId, removedAt }) {
      if (removedAt !== null) removals.set(itemId, removedAt);
      else removals.delete(itemId);
      schedule();
    },
    async status() {
      const on = await edges.enabled();
      if (on) await serialized(pass);
      return { on, ...last };
    },
  };
}
