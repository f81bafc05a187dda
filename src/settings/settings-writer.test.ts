import { describe, expect, it, vi } from 'vitest';
import { defaults } from './defaults';
import { SETTINGS_VERSION } from './migrations';
import { parseNotices } from './notices';
import { createSettingsWriter, type KeyValueArea } from './settings-writer';
import { STORAGE_FULL_MESSAGE } from '../shared/storage-full';

/** A storage area whose reads and writes take turns with other tasks, as the real one does. */
function slowArea(
  initial: Record<string, unknown> = {},
): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const tick = () => new Promise((r) => setTimeout(r, Math.random() * 3));
  return {
    data,
    async get(key) {
      await tick();
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      await tick();
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('settings writer', () => {
  it('loses no update when many arrive at once', async () => {
    const area = slowArea();
    const writer = createSettingsWriter(area);
    const themes = ['light', 'dark', 'auto'] as const;
    const patches = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? { theme: themes[i % 3 === 0 ? (i / 3) % 3 : 0] }
        : i % 3 === 1
          ? { pageButton: i % 2 === 0 }
          : { buttonPlacement: i % 4 === 2 ? ('corner' as const) : ('gallery' as const) },
    );
    const results = await Promise.all(patches.map((p) => writer.update(p)));
    const revisions = results.map((r) => r.revision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));

    // The final value of each field is the one from the patch applied last for that field.
    const byRevision = results.map((r, i) => ({ revision: r.revision, patch: patches[i]! }));
    byRevision.sort((a, b) => a.revision - b.revision);
    const expected = { ...defaults };
    for (const { patch } of byRevision) Object.assign(expected, patch);
    expect(area.data.settings).toMatchObject({ revision: 60, values: expected });
  });

  it('repairs damaged stored settings on read and logs which fields', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const area = slowArea({
      settings: { version: 1, revision: 4, values: { theme: 'purple', pageButton: false } },
    });
    const stored = await createSettingsWriter(area).read();
    expect(stored.values).toEqual({ ...defaults, pageButton: false });
    expect(area.data.settings).toEqual(stored);
    expect(warn).toHaveBeenCalledWith(
      '[AliKeep]',
      expect.stringContaining('repaired'),
      expect.stringContaining('theme (invalid)'),
    );
    warn.mockRestore();
  });

  it('keeps serving after a failed write', async () => {
    const area = slowArea({
      settings: { version: SETTINGS_VERSION, revision: 0, values: { ...defaults } },
    });
    let fail = true;
    const writer = createSettingsWriter({
      get: (k) => area.get(k),
      set: async (items) => {
        if (fail) {
          fail = false;
          throw new Error('IO error: the settings file went away');
        }
        return area.set(items);
      },
    });
    await expect(writer.update({ theme: 'dark' })).rejects.toThrow('IO error');
    const next = await writer.update({ theme: 'light' });
    expect(next.values.theme).toBe('light');
  });

  it('leaves a notice naming the repaired fields, keeping every valid one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const area = slowArea({
      settings: {
        version: SETTINGS_VERSION,
        revision: 9,
        values: { ...defaults, theme: 'purple', jpegQuality: 7, pageButton: false },
      },
    });
    const stored = await createSettingsWriter(area, { now: () => 1234 }).read();
    expect(stored.values).toEqual({ ...defaults, pageButton: false });
    expect(parseNotices(area.data.notices)).toEqual([
      {
        kind: 'settings-repaired',
        at: 1234,
        fields: ['theme', 'jpegQuality'],
        pruned: 0,
        saved: false,
      },
    ]);
    // Repaired once: reading again finds nothing to report and leaves the notice as it was.
    await createSettingsWriter(area, { now: () => 5678 }).read();
    expect(parseNotices(area.data.notices)).toHaveLength(1);
    expect(parseNotices(area.data.notices)[0]!.at).toBe(1234);
    vi.restoreAllMocks();
  });

  it('keeps what it understands of settings from a newer version, and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const area = slowArea({
      settings: {
        version: SETTINGS_VERSION + 3,
        revision: 2,
        values: { ...defaults, theme: 'dark', hologramMode: true },
      },
    });
    const stored = await createSettingsWriter(area).read();
    expect(stored).toMatchObject({
      version: SETTINGS_VERSION,
      values: { ...defaults, theme: 'dark' },
    });
    expect(parseNotices(area.data.notices)).toMatchObject([
      { kind: 'settings-from-future', fields: ['hologramMode'] },
    ]);
    vi.restoreAllMocks();
  });

  it('a full storage makes room once, retries once, and leaves a notice', async () => {
    const area = slowArea();
    let failures = 1;
    const makeRoom = vi.fn(async () => 4);
    const writer = createSettingsWriter(
      {
        get: (k) => area.get(k),
        set: async (items) => {
          if ('settings' in items && failures-- > 0) {
            throw new DOMException('Quota exceeded', 'QuotaExceededError');
          }
          return area.set(items);
        },
      },
      { makeRoom, now: () => 99 },
    );
    await writer.read();
    const next = await writer.update({ theme: 'dark' });
    expect(next.values.theme).toBe('dark');
    expect(makeRoom).toHaveBeenCalledTimes(1);
    expect(area.data.settings).toEqual(next);
    expect(parseNotices(area.data.notices)).toEqual([
      { kind: 'storage-full', at: 99, fields: [], pruned: 4, saved: true },
    ]);
  });

  it('a storage still full after making room refuses the change with a clear message', async () => {
    const area = slowArea();
    const makeRoom = vi.fn(async () => 0);
    const writer = createSettingsWriter(
      {
        get: (k) => area.get(k),
        set: async (items) => {
          if ('settings' in items && area.data.settings) {
            throw new Error('Resource::kQuotaBytes quota exceeded');
          }
          return area.set(items);
        },
      },
      { makeRoom },
    );
    const before = await writer.read();
    await expect(writer.update({ theme: 'dark' })).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(makeRoom).toHaveBeenCalledTimes(1);
    expect(area.data.settings).toEqual(before);
    expect(parseNotices(area.data.notices)).toMatchObject([{ kind: 'storage-full', saved: false }]);
    // Reads keep working while storage is full.
    expect((await writer.read()).values).toEqual(defaults);
  });

  it('resets every field to its default', async () => {
    const area = slowArea();
    const writer = createSettingsWriter(area);
    await writer.update({ theme: 'dark', pageButton: false });
    const reset = await writer.reset();
    expect(reset.values).toEqual(defaults);
  });

  it('replaces settings in turn with updates, keeping them when told to', async () => {
    const area = slowArea();
    const writer = createSettingsWriter(area);
    const updating = writer.update({ theme: 'light' });
    const replaced = writer.replace((current) => ({
      ...current,
      revision: current.revision + 10,
      values: { ...current.values, pageButton: false },
    }));
    await updating;
    // The replacement saw the update before it: both changes stand.
    expect(await replaced).toMatchObject({
      revision: 11,
      values: { theme: 'light', pageButton: false },
    });
    expect(await writer.replace(() => null)).toMatchObject({ revision: 11 });
    expect(area.data.settings).toMatchObject({ revision: 11 });
  });
});
