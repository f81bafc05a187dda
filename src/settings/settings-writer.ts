/**
 * The worker is the only writer of settings. Changes are applied one after another, so concurrent
 * requests from the popup, the options page and any number of tabs never overwrite each other.
 *
 * Damaged settings, or settings from a newer version, are repaired field by field and leave a
 * notice for the options page. A write that meets a full storage makes room (the oldest price
 * history) and is tried once more; if it still fails, the change is refused with a message the
 * options page shows, and a notice says so.
 */
import { log } from '../shared/log';
import { storageKeys } from '../shared/storage-keys';
import { StorageFullError, withRoom } from '../shared/storage-full';
import { defaults, type SettingsPatch } from './defaults';
import { addNotice } from './notices';
import { applyPatch, loadSettings, type StoredSettings } from './stored';

/** The part of chrome.storage.local this needs; a fake in unit tests. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsWriter {
  read(): Promise<StoredSettings>;
  update(patch: SettingsPatch): Promise<StoredSettings>;
  reset(): Promise<StoredSettings>;
  /**
   * Replaces the stored settings with what `decide` makes of them, or keeps them when it returns
   * null. Sync uses it to take preferences from another browser in line with local changes.
   */
  replace(decide: (current: StoredSettings) => StoredSettings | null): Promise<StoredSettings>;
}

export interface WriterOptions {
  /** Frees storage when a write meets the quota; resolves with what it deleted. */
  makeRoom?: () => Promise<number>;
  now?: () => number;
}

export function createSettingsWriter(
  area: KeyValueArea,
  { makeRoom = async () => 0, now = Date.now }: WriterOptions = {},
): SettingsWriter {
  // The queue only orders writes made by this worker instance; nothing in it must outlive a restart,
  // because every step reads the stored state afresh.
  let queue: Promise<unknown> = Promise.resolve();

  function serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  }

  async function save(stored: StoredSettings): Promise<void> {
    try {
      const { madeRoom } = await withRoom(
        () => area.set({ [storageKeys.settings]: stored }),
        makeRoom,
      );
      if (madeRoom !== undefined) {
        await addNotice(area, { kind: 'storage-full', at: now(), pruned: madeRoom, saved: true });
      }
    } catch (error) {
      if (error instanceof StorageFullError) {
        await addNotice(area, { kind: 'storage-full', at: now(), saved: false });
      }
      throw error;
    }
  }

  async function readRepaired(): Promise<StoredSettings> {
    const raw = (await area.get(storageKeys.settings))[storageKeys.settings];
    const result = loadSettings(raw);
    if (result.repairs.length > 0 || result.fromFuture) {
      const fields = result.repairs.map((r) => r.field);
      log.warn(
        result.fromFuture
          ? 'Settings were saved by a newer version; kept every field this version understands.'
          : 'Stored settings were damaged; repaired these fields to their defaults:',
        result.repairs.map((r) => `${r.field} (${r.problem})`).join(', '),
      );
      const kind = result.fromFuture ? 'settings-from-future' : 'settings-repaired';
      await addNotice(area, { kind, at: now(), fields });
    }
    if (result.changed) {
      // Reading never fails for want of room: the repaired settings apply in memory regardless.
      await save(result.stored).catch((error: unknown) =>
        log.warn('Repaired settings could not be saved:', String(error)),
      );
    }
    return result.stored;
  }

  return {
    read: () => serialized(readRepaired),
    update: (patch) =>
      serialized(async () => {
        const next = applyPatch(await readRepaired(), patch);
        await save(next);
        return next;
      }),
    reset: () =>
      serialized(async () => {
        const current = await readRepaired();
        const next = applyPatch(current, defaults);
        await save(next);
        return next;
      }),
    replace: (decide) =>
      serialized(async () => {
        const current = await readRepaired();
        const next = decide(current);
        if (next === null) return current;
        const checked = loadSettings(next).stored;
        await area.set({ [storageKeys.settings]: checked });
        return checked;
      }),
  };
}
