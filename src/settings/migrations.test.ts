import { describe, expect, it } from 'vitest';
import { migrations, runMigrations, SETTINGS_VERSION, type Migration } from './migrations';

describe('settings migrations', () => {
  it('are ordered, unique, and end at the current version', () => {
    const targets = migrations.map((m) => m.to);
    expect(targets).toEqual([...targets].sort((a, b) => a - b));
    expect(new Set(targets).size).toBe(targets.length);
    expect(Math.max(1, ...targets)).toBe(SETTINGS_VERSION);
  });

  it('run only the steps newer than the stored version, in order', () => {
    const steps: Migration[] = [
      { to: 3, migrate: (v) => ({ ...v, three: true, order: [...(v.order as number[]), 3] }) },
      { to: 2, migrate: (v) => ({ ...v, two: true, order: [...(v.order as number[]), 2] }) },
    ];
    expect(runMigrations({ order: [] }, 1, steps)).toEqual({
      values: { order: [2, 3], two: true, three: true },
      version: 3,
      applied: [2, 3],
    });
    expect(runMigrations({ order: [] }, 2, steps).applied).toEqual([3]);
    expect(runMigrations({ order: [] }, 3, steps).applied).toEqual([]);
  });

  it('2 adds the download options with their defaults and keeps every older field', () => {
    const before = { pageButton: false, buttonPlacement: 'corner', theme: 'dark' };
    const after = runMigrations(
      before,
      1,
      migrations.filter((m) => m.to <= 2),
    );
    expect(after.version).toBe(2);
    expect(after.values).toEqual({
      pageButton: false,
      buttonPlacement: 'corner',
      theme: 'dark',
      downloadFormat: 'original',
      jpegQuality: 0.92,
      downloadZip: false,
      includeVideos: true,
      includeDescription: true,
      folderTemplate: 'AliExpress/{title} ({id})/{kind}-{index}.{ext}',
    });
  });

  it('3 adds the notification offer, switched on, and keeps every older field', () => {
    const before = { pageButton: true, theme: 'light', folderTemplate: '{id}/{index}.{ext}' };
    const after = runMigrations(before, 2);
    expect(after).toEqual({
      values: { ...before, offerNotifications: true },
      version: 3,
      applied: [3],
    });
    // A value already there (written by a newer copy through sync) is kept.
    expect(runMigrations({ offerNotifications: false }, 2).values.offerNotifications).toBe(false);
  });
});
