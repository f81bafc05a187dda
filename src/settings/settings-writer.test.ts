import { describe, expect, it, vi } from 'vitest';
import { defaults } from './defaults';
import { createSettingsWriter, type KeyValueArea } from './settings-writer';

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
    const area = slowArea();
    let fail = true;
    const writer = createSettingsWriter({
      get: (k) => area.get(k),
      set: async (items) => {
        if (fail) {
          fail = false;
          throw new Error('QUOTA_BYTES quota exceeded');
        }
        return area.set(items);
      },
    });
    await expect(writer.update({ theme: 'dark' })).rejects.toThrow('quota');
    const next = await writer.update({ theme: 'light' });
    expect(next.values.theme).toBe('light');
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
