/**
 * Reading stored settings: whatever is in storage (nothing, an old shape, a corrupted object, a
 * version from the future) becomes valid Settings, keeping every field that is still valid.
 */
import * as v from 'valibot';
import { defaults, fieldSchemas, type SettingKey, type Settings } from './defaults';
import { runMigrations, SETTINGS_VERSION } from './migrations';

/** The shape kept under the `settings` key of storage.local. */
export interface StoredSettings {
  version: number;
  /** Counts applied changes; lets every context order what it sees. */
  revision: number;
  values: Settings;
}

export interface Repair {
  field: string;
  problem: 'invalid' | 'unknown-field' | 'missing';
}

export interface LoadResult {
  stored: StoredSettings;
  repairs: Repair[];
  /** Set when the stored object had to be rewritten (migrated, repaired or created). */
  changed: boolean;
  /** The stored version was newer than this build understands. */
  fromFuture: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadSettings(raw: unknown): LoadResult {
  if (raw === undefined) {
    return {
      stored: { version: SETTINGS_VERSION, revision: 0, values: { ...defaults } },
      repairs: [],
      changed: true,
      fromFuture: false,
    };
  }
  const repairs: Repair[] = [];
  const record = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) repairs.push({ field: '(settings)', problem: 'invalid' });

  const version =
    typeof record.version === 'number' && Number.isInteger(record.version) && record.version >= 0
      ? record.version
      : 0;
  const revision =
    typeof record.revision === 'number' &&
    Number.isSafeInteger(record.revision) &&
    record.revision >= 0
      ? record.revision
      : 0;
  const fromFuture = version > SETTINGS_VERSION;
  const migrated = runMigrations(isRecord(record.values) ? record.values : {}, version);

  const values = { ...defaults } as Record<SettingKey, unknown>;
  for (const key of Object.keys(defaults) as SettingKey[]) {
    if (!(key in migrated.values)) {
      repairs.push({ field: key, problem: 'missing' });
      continue;
    }
    const parsed = v.safeParse(fieldSchemas[key], migrated.values[key]);
    if (parsed.success) values[key] = parsed.output;
    else repairs.push({ field: key, problem: 'invalid' });
  }
  for (const key of Object.keys(migrated.values)) {
    if (!(key in defaults)) repairs.push({ field: key, problem: 'unknown-field' });
  }

  // A missing field in an older shape is expected (new fields get defaults); only real damage counts.
  const damage = repairs.filter((r) => r.problem !== 'missing' || version === SETTINGS_VERSION);
  return {
    stored: { version: SETTINGS_VERSION, revision, values: values as Settings },
    repairs: damage,
    changed:
      damage.length > 0 ||
      repairs.length > 0 ||
      migrated.applied.length > 0 ||
      version !== SETTINGS_VERSION,
    fromFuture,
  };
}

/** Applies a validated patch; returns the next stored object. */
export function applyPatch(stored: StoredSettings, patch: Partial<Settings>): StoredSettings {
  const values = { ...stored.values };
  for (const key of Object.keys(patch) as SettingKey[]) {
    const value = patch[key];
    if (value !== undefined) (values as Record<SettingKey, unknown>)[key] = value;
  }
  return { version: SETTINGS_VERSION, revision: stored.revision + 1, values };
}
