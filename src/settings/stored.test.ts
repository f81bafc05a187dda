import { describe, expect, it } from 'vitest';
import { defaults } from './defaults';
import { SETTINGS_VERSION } from './migrations';
import { applyPatch, loadSettings } from './stored';

describe('loadSettings', () => {
  it('creates defaults on first run', () => {
    const result = loadSettings(undefined);
    expect(result.stored).toEqual({ version: SETTINGS_VERSION, revision: 0, values: defaults });
    expect(result.changed).toBe(true);
    expect(result.repairs).toEqual([]);
  });

  it('keeps a valid stored object as it is', () => {
    const stored = {
      version: SETTINGS_VERSION,
      revision: 7,
      values: { ...defaults, pageButton: false, buttonPlacement: 'corner', theme: 'dark' },
    };
    const result = loadSettings(stored);
    expect(result.stored).toEqual(stored);
    expect(result.changed).toBe(false);
  });

  it('repairs each invalid field to its default and keeps every valid one', () => {
    const result = loadSettings({
      version: SETTINGS_VERSION,
      revision: 3,
      values: {
        ...defaults,
        pageButton: 'yes',
        buttonPlacement: 'corner',
        theme: 42,
        folderTemplate: '{nope}/{title}',
        extra: true,
      },
    });
    expect(result.stored.values).toEqual({
      ...defaults,
      pageButton: true,
      buttonPlacement: 'corner',
      theme: 'auto',
    });
    expect(result.stored.revision).toBe(3);
    expect(result.repairs).toEqual([
      { field: 'pageButton', problem: 'invalid' },
      { field: 'theme', problem: 'invalid' },
      { field: 'folderTemplate', problem: 'invalid' },
      { field: 'extra', problem: 'unknown-field' },
    ]);
    expect(result.changed).toBe(true);
  });

  it.each([null, 'text', 12, [], { values: 'x' }, { version: -1, revision: 'a' }])(
    'turns the corrupt value %j into defaults without throwing',
    (raw) => {
      const result = loadSettings(raw);
      expect(result.stored.values).toEqual(defaults);
      expect(result.changed).toBe(true);
    },
  );

  it('brings a version 1 object to the current shape without calling anything repaired', () => {
    const result = loadSettings({
      version: 1,
      revision: 4,
      values: { pageButton: false, buttonPlacement: 'gallery', theme: 'light' },
    });
    expect(result.stored).toEqual({
      version: SETTINGS_VERSION,
      revision: 4,
      values: { ...defaults, pageButton: false, theme: 'light' },
    });
    expect(result.repairs).toEqual([]);
    expect(result.changed).toBe(true);
  });

  it('keeps what it understands from a newer version and says so', () => {
    const result = loadSettings({
      version: SETTINGS_VERSION + 5,
      revision: 9,
      values: { theme: 'dark', futureOption: 1 },
    });
    expect(result.fromFuture).toBe(true);
    expect(result.stored.values.theme).toBe('dark');
    expect(result.stored.version).toBe(SETTINGS_VERSION);
    expect(result.repairs).toContainEqual({ field: 'futureOption', problem: 'unknown-field' });
  });
});

describe('applyPatch', () => {
  it('changes only the patched fields and counts the revision', () => {
    const start = loadSettings(undefined).stored;
    const next = applyPatch(start, { theme: 'light' });
    expect(next.values).toEqual({ ...defaults, theme: 'light' });
    expect(next.revision).toBe(start.revision + 1);
    expect(start.values.theme).toBe('auto');
  });
});
