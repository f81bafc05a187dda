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
});
