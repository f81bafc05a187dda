/** The single source of the settings type: every field, its default, and what values it accepts. */
import * as v from 'valibot';

export const themes = ['auto', 'light', 'dark'] as const;
export const placements = ['gallery', 'corner'] as const;

export const defaults = {
  /** Show AliKeep's panel on item pages. */
  pageButton: true,
  /** Dock the panel beside the product gallery, or in the page's bottom-right corner. */
  buttonPlacement: 'gallery' as (typeof placements)[number],
  /** Colour scheme of AliKeep's own UI. */
  theme: 'auto' as (typeof themes)[number],
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;

/** What each field accepts; a stored value failing its schema is replaced by the default. */
export const fieldSchemas = {
  pageButton: v.boolean(),
  buttonPlacement: v.picklist(placements),
  theme: v.picklist(themes),
} satisfies { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> };

/** A change request: any subset of fields, each valid, nothing else. */
export const settingsPatchSchema = v.strictObject(
  Object.fromEntries(
    Object.entries(fieldSchemas).map(([key, schema]) => [key, v.optional(schema)]),
  ) as { [K in SettingKey]: v.OptionalSchema<(typeof fieldSchemas)[K], undefined> },
);

export type SettingsPatch = Partial<Settings>;
