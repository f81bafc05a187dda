/** The single source of the settings type: every field, its default, and what values it accepts. */
import * as v from 'valibot';
import { DEFAULT_TEMPLATE, hasErrors, validateTemplate } from '../download/filename-template';

import { downloadFormats, placements, themes } from './choices';

export { downloadFormats, placements, themes };

/** Where downloads go and how they are named (tokens: see src/download/filename-template.ts). */
export const DEFAULT_FOLDER_TEMPLATE = DEFAULT_TEMPLATE;

export const defaults = {
  /** Show AliKeep's panel on item pages. */
  pageButton: true,
  /** Dock the panel beside the product gallery, or in the page's bottom-right corner. */
  buttonPlacement: 'gallery' as (typeof placements)[number],
  /** Colour scheme of AliKeep's own UI. */
  theme: 'auto' as (typeof themes)[number],
  /** Keep each file's own format, or convert WebP/AVIF images to JPEG or PNG. */
  downloadFormat: 'original' as (typeof downloadFormats)[number],
  /** JPEG quality for converted images, 0.5–1. */
  jpegQuality: 0.92,
  /** One ZIP archive per product instead of separate files. */
  downloadZip: false,
  includeVideos: true,
  includeDescription: true,
  /** Folder and file naming template. */
  folderTemplate: DEFAULT_FOLDER_TEMPLATE,
  /** Offer browser notifications for price alerts while they are not allowed ("No thanks" ends it). */
  offerNotifications: true,
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;

/** What each field accepts; a stored value failing its schema is replaced by the default. */
export const fieldSchemas = {
  pageButton: v.boolean(),
  buttonPlacement: v.picklist(placements),
  theme: v.picklist(themes),
  downloadFormat: v.picklist(downloadFormats),
  jpegQuality: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1)),
  downloadZip: v.boolean(),
  includeVideos: v.boolean(),
  includeDescription: v.boolean(),
  folderTemplate: v.pipe(
    v.string(),
    v.maxLength(300),
    v.check((t) => !hasErrors(validateTemplate(t)), 'The naming template has errors.'),
  ),
  offerNotifications: v.boolean(),
} satisfies { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> };

/** A change request: any subset of fields, each valid, nothing else. */
export const settingsPatchSchema = v.strictObject(
  Object.fromEntries(
    Object.entries(fieldSchemas).map(([key, schema]) => [key, v.optional(schema)]),
  ) as { [K in SettingKey]: v.OptionalSchema<(typeof fieldSchemas)[K], undefined> },
);

export type SettingsPatch = Partial<Settings>;
