/**
 * The worker is the only writer of settings. Changes are applied one after another, so concurrent
 * requests from the popup, the options page and any number of tabs never overwrite each other.
 */
import { log } from '../shared/log';
import { storageKeys } from '../shared/storage-keys';
import { defaults, type SettingsPatch } from './defaults';
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

export function createSettingsWriter(area: KeyValueArea): SettingsWriter {
  // The queue only orders writes made by this worker instance; nothing in it must outlive a restart,
  // because every step reads the stored state afresh.
  let queue: Promise<unknown> = Promise.resolve();

  function serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readRepaired(): Promise<StoredSettings> {
    const raw = (await area.get(storageKeys.settings))[storageKeys.settings];
    const result = loadSettings(raw);
    if (result.repairs.length > 0) {
      log.warn(
        result.fromFuture
          ? 'Settings were saved by a newer version; kept every field this version understands.'
          : 'Stored settings were damaged; repaired these fields to their defaults:',
        result.repairs.map((r) => `${r.field} (${r.problem})`).join(', '),
      );
    }
    if (result.changed) await area.set({ [storageKeys.settings]: result.stored });
    return result.stored;
  }

  return {
    read: () => serialized(readRepaired),
    update: (patch) =>
      serialized(async () => {
        const next = applyPatch(await readRepaired(), patch);
        await area.set({ [storageKeys.settings]: next });
        return next;
      }),
    reset: () =>
      serialized(async () => {
        const current = await readRepaired();
        const next = applyPatch(current, defaults);
        await area.set({ [storageKeys.settings]: next });
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
