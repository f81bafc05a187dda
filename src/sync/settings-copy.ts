/**
 * The synced copy of the preferences (storage.sync key `syncedSettings`): every field under a
 * one-letter key, with the settings version and revision, and how a copy and the local settings are
 * merged. The newer revision wins; with equal revisions and different values, both browsers pick the
 * same side (the larger encoding), so they agree without writing back and forth. Pure.
 */
import * as v from 'valibot';
import { fieldSchemas, type SettingKey, type Settings } from '../settings/defaults';
import { SETTINGS_VERSION } from '../settings/migrations';
import type { StoredSettings } from '../settings/stored';

/** Never reuse or change a letter: browsers running older versions read copies by these. */
export const settingLetters = {
  pageButton: 'b',
  buttonPlacement: 'p',
  theme: 't',
  downloadFormat: 'f',
  jpegQuality: 'q',
  downloadZip: 'z',
  includeVideos: 'm',
  includeDescription: 'd',
  folderTemplate: 'n',
  offerNotifications: 'o',
} as const satisfies Record<SettingKey, string>;

/** What the copy holds: `s` settings version, `r` revision, `v` values by letter. */
export interface EncodedSettings {
  s: number;
  r: number;
  v: Record<string, unknown>;
}

/** A decoded copy: the fields this version understands and that pass their schema. */
export interface SettingsCopy {
  version: number;
  revision: number;
  values: Partial<Settings>;
}

const keys = Object.keys(settingLetters) as SettingKey[];

export function encodeSettings(stored: StoredSettings): EncodedSettings {
  const values: Record<string, unknown> = {};
  for (const key of keys) values[settingLetters[key]] = stored.values[key];
  return { s: stored.version, r: stored.revision, v: values };
}

const counter = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const encodedSchema = v.object({ s: counter, r: counter, v: v.record(v.string(), v.unknown()) });

/** Null when there is no copy or it is not one. A field failing its schema is left out. */
export function decodeSettings(raw: unknown): SettingsCopy | null {
  const parsed = v.safeParse(encodedSchema, raw);
  if (!parsed.success) return null;
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const key of keys) {
    const letter = settingLetters[key];
    if (!(letter in parsed.output.v)) continue;
    const field = v.safeParse(fieldSchemas[key], parsed.output.v[letter]);
    if (field.success) values[key] = field.output;
  }
  return {
    version: parsed.output.s,
    revision: parsed.output.r,
    values: values as Partial<Settings>,
  };
}

export interface SettingsMerge {
  /** The settings to store here, or null to keep them. */
  apply: StoredSettings | null;
  /** Whether the copy must be rewritten from the local settings. */
  write: boolean;
}

/** The copy's values over the local ones, in a stable order, for comparing the two sides. */
const comparable = (values: Partial<Settings>) =>
  JSON.stringify(keys.map((k) => (k in values ? values[k] : null)));

export function mergeSettings(local: StoredSettings, remote: SettingsCopy | null): SettingsMerge {
  if (remote === null) return { apply: null, write: true };
  const adopt = (): SettingsMerge => ({
    apply: {
      version: SETTINGS_VERSION,
      revision: remote.revision,
      values: { ...local.values, ...remote.values },
    },
    write: false,
  });
  if (remote.revision > local.revision) return adopt();
  if (remote.revision < local.revision) return { apply: null, write: true };
  const mine = comparable(local.values);
  const theirs = comparable({ ...local.values, ...remote.values });
  if (mine === theirs) return { apply: null, write: false };
  return theirs > mine ? adopt() : { apply: null, write: true };
}
