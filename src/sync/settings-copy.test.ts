import { describe, expect, it } from 'vitest';
import { defaults } from '../settings/defaults';
import { SETTINGS_VERSION } from '../settings/migrations';
import type { StoredSettings } from '../settings/stored';
import { decodeSettings, encodeSettings, mergeSettings, settingLetters } from './settings-copy';

const stored = (revision: number, values: Partial<typeof defaults> = {}): StoredSettings => ({
  version: SETTINGS_VERSION,
  revision,
  values: { ...defaults, ...values },
});

describe('the synced preferences', () => {
  it('use one distinct letter per setting', () => {
    const letters = Object.values(settingLetters);
    expect(new Set(letters).size).toBe(letters.length);
    expect(Object.keys(settingLetters).sort()).toEqual(Object.keys(defaults).sort());
  });

  it('are compact and read back as they were', () => {
    const local = stored(7, { theme: 'dark', downloadZip: true, jpegQuality: 0.8 });
    const encoded = encodeSettings(local);
    expect(encoded).toMatchObject({ s: SETTINGS_VERSION, r: 7, v: { t: 'dark', z: true, q: 0.8 } });
    expect(JSON.stringify(encoded).length).toBeLessThan(250);
    expect(decodeSettings(JSON.parse(JSON.stringify(encoded)))).toEqual({
      version: SETTINGS_VERSION,
      revision: 7,
      values: local.values,
    });
  });

  it('leave out what another version wrote that this one cannot use', () => {
    const copy = decodeSettings({ s: 9, r: 3, v: { t: 'purple', b: false, zz: 1 } });
    expect(copy).toEqual({ version: 9, revision: 3, values: { pageButton: false } });
    expect(decodeSettings({ r: 3, v: {} })).toBeNull();
    expect(decodeSettings('settings')).toBeNull();
    expect(decodeSettings({ s: 2, r: -1, v: {} })).toBeNull();
  });
});

describe('merging the preferences by revision', () => {
  it('takes a newer copy, keeping its revision so that it is not written back', () => {
    const local = stored(4, { theme: 'light' });
    const remote = decodeSettings(encodeSettings(stored(9, { theme: 'dark' })));
    const merge = mergeSettings(local, remote);
    expect(merge.write).toBe(false);
    expect(merge.apply).toEqual(stored(9, { theme: 'dark' }));
    // Read back after applying: nothing more to do.
    expect(mergeSettings(merge.apply!, remote)).toEqual({ apply: null, write: false });
  });

  it('writes the local settings over an older copy or where there is none', () => {
    const local = stored(5, { pageButton: false });
    expect(mergeSettings(local, decodeSettings(encodeSettings(stored(2))))).toEqual({
      apply: null,
      write: true,
    });
    expect(mergeSettings(local, null)).toEqual({ apply: null, write: true });
  });

  it('keeps local fields a newer copy does not carry', () => {
    const local = stored(1, { folderTemplate: 'Shop/{id}.{ext}' });
    const merge = mergeSettings(local, { version: 1, revision: 3, values: { theme: 'dark' } });
    expect(merge.apply?.values).toMatchObject({ folderTemplate: 'Shop/{id}.{ext}', theme: 'dark' });
  });

  it('lets two browsers at the same revision agree on one side', () => {
    const a = stored(6, { theme: 'dark' });
    const b = stored(6, { theme: 'light' });
    const inA = mergeSettings(a, decodeSettings(encodeSettings(b)));
    const inB = mergeSettings(b, decodeSettings(encodeSettings(a)));
    // One side adopts, the other writes its own: both end with the same values.
    expect([inA.write, inB.write].sort()).toEqual([false, true]);
    const winner = inA.apply ?? inB.apply!;
    const kept = inA.apply ? b : a;
    expect(winner.values).toEqual(kept.values);
    expect(mergeSettings(a, decodeSettings(encodeSettings(a)))).toEqual({
      apply: null,
      write: false,
    });
  });
});
