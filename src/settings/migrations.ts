/**
 * Stored settings carry a schema version. Each migration turns the shape of version N-1 into N and is
 * never edited once released; add a new one (with its before/after test) instead.
 */
export const SETTINGS_VERSION = 3;

export interface Migration {
  /** The version this migration produces. */
  to: number;
  migrate(values: Record<string, unknown>): Record<string, unknown>;
}

/** Ordered by `to`. Version 1 is the first released shape. */
export const migrations: Migration[] = [
  {
    // 2: media download options arrive; existing users start from the same choices as new ones.
    to: 2,
    migrate: (values) => ({
      downloadFormat: 'original',
      jpegQuality: 0.92,
      downloadZip: false,
      includeVideos: true,
      includeDescription: true,
      folderTemplate: 'AliExpress/{title} ({id})/{kind}-{index}.{ext}',
      ...values,
    }),
  },
  {
    // 3: the offer of browser notifications for price alerts; everyone starts with it on.
    to: 3,
    migrate: (values) => ({ offerNotifications: true, ...values }),
  },
];

export interface MigrationResult {
  values: Record<string, unknown>;
  version: number;
  applied: number[];
}

/** Runs every migration newer than `fromVersion`, in order. */
export function runMigrations(
  values: Record<string, unknown>,
  fromVersion: number,
  list: readonly Migration[] = migrations,
): MigrationResult {
  let current = values;
  let version = fromVersion;
  const applied: number[] = [];
  for (const step of [...list].sort((a, b) => a.to - b.to)) {
    if (step.to <= version) continue;
    current = step.migrate(current);
    version = step.to;
    applied.push(step.to);
  }
  return { values: current, version, applied };
}
