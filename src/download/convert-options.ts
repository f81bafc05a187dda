/**
 * Download settings: fields, defaults and valibot schemas in the shape of
 * src/settings/defaults.ts, ready to be merged there; and `conversionFor`, which decides per
 * file whether the chosen output format means re-encoding.
 */
import * as v from 'valibot';
import {
  DEFAULT_TEMPLATE,
  hasErrors,
  TEMPLATE_MAX_LENGTH,
  validateTemplate,
} from './filename-template';
import type { FileFormat } from './sniff';

export const imageFormats = ['original', 'jpeg', 'png'] as const;
export type ImageFormat = (typeof imageFormats)[number];

export const downloadDefaults = {
  /** Keep each file as served, or re-encode WebP/AVIF as JPEG or PNG. */
  format: 'original' as ImageFormat,
  /** JPEG quality for re-encoding, as canvas.convertToBlob takes it. */
  jpegQuality: 0.92,
  /** One ZIP archive per product instead of separate files. */
  zip: false,
  includeVideos: true,
  includeDescription: true,
  /** Naming template for folders and files (filename-template.ts). */
  folderTemplate: DEFAULT_TEMPLATE,
};

export type DownloadSettings = typeof downloadDefaults;
export type DownloadSettingKey = keyof DownloadSettings;

/** What each field accepts; a stored value failing its schema is replaced by the default. */
export const downloadFieldSchemas = {
  format: v.picklist(imageFormats),
  jpegQuality: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1)),
  zip: v.boolean(),
  includeVideos: v.boolean(),
  includeDescription: v.boolean(),
  folderTemplate: v.pipe(
    v.string(),
    v.maxLength(TEMPLATE_MAX_LENGTH),
    v.check((template) => !hasErrors(validateTemplate(template)), 'Invalid naming template'),
  ),
} satisfies { [K in DownloadSettingKey]: v.GenericSchema<unknown, DownloadSettings[K]> };

/** All download settings at once, e.g. for a message payload. */
export const downloadSettingsSchema = v.strictObject(downloadFieldSchemas);

export type Conversion =
  | { convert: false; ext: string; mime: string }
  | { convert: true; ext: 'jpg' | 'png'; mime: 'image/jpeg' | 'image/png'; quality?: number };

/** Only still WebP and AVIF are converted (issue 4); JPEG, PNG, GIF, animations and videos are
 * kept as they are, since re-encoding them loses quality or motion and gains nothing. */
const CONVERTIBLE = new Set(['webp', 'avif']);

export function conversionFor(
  format: FileFormat,
  settings: Pick<DownloadSettings, 'format' | 'jpegQuality'>,
): Conversion {
  if (settings.format === 'original' || !CONVERTIBLE.has(format.ext) || format.animated)
    return { convert: false, ext: format.ext, mime: format.mime };
  return settings.format === 'jpeg'
    ? { convert: true, ext: 'jpg', mime: 'image/jpeg', quality: settings.jpegQuality }
    : { convert: true, ext: 'png', mime: 'image/png' };
}
