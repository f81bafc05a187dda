import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  conversionFor,
  downloadDefaults,
  downloadFieldSchemas,
  downloadSettingsSchema,
} from './convert-options';
import type { FileFormat } from './sniff';

const webp: FileFormat = { ext: 'webp', mime: 'image/webp', sniffed: true, animated: false };

describe('download settings', () => {
  it('defaults pass their own schemas', () => {
    expect(v.parse(downloadSettingsSchema, downloadDefaults)).toEqual(downloadDefaults);
  });

  it.each([
    ['format', 'gif'],
    ['jpegQuality', 0.49],
    ['jpegQuality', 1.01],
    ['jpegQuality', Number.NaN],
    ['jpegQuality', '0.9'],
    ['zip', 'yes'],
    ['includeVideos', 1],
    ['folderTemplate', '{title'],
    ['folderTemplate', '../{index}.{ext}'],
    ['folderTemplate', 'x'.repeat(301)],
  ] as const)('rejects %s = %j', (field, value) => {
    expect(v.safeParse(downloadFieldSchemas[field], value).success).toBe(false);
  });

  it('accepts the edges of the quality range and a template with warnings only', () => {
    expect(v.safeParse(downloadFieldSchemas.jpegQuality, 0.5).success).toBe(true);
    expect(v.safeParse(downloadFieldSchemas.jpegQuality, 1).success).toBe(true);
    expect(v.safeParse(downloadFieldSchemas.folderTemplate, '{title}').success).toBe(true);
  });

  it('rejects unknown fields in the whole object', () => {
    expect(v.safeParse(downloadSettingsSchema, { ...downloadDefaults, extra: 1 }).success).toBe(
      false,
    );
  });
});

describe('conversionFor', () => {
  it('keeps the original format when asked', () => {
    expect(conversionFor(webp, { format: 'original', jpegQuality: 0.9 })).toEqual({
      convert: false,
      ext: 'webp',
      mime: 'image/webp',
    });
  });

  it('converts still WebP and AVIF to JPEG with the quality, or to PNG', () => {
    expect(conversionFor(webp, { format: 'jpeg', jpegQuality: 0.8 })).toEqual({
      convert: true,
      ext: 'jpg',
      mime: 'image/jpeg',
      quality: 0.8,
    });
    const avif: FileFormat = { ext: 'avif', mime: 'image/avif', sniffed: true, animated: false };
    expect(conversionFor(avif, { format: 'png', jpegQuality: 0.8 })).toEqual({
      convert: true,
      ext: 'png',
      mime: 'image/png',
    });
  });

  it('leaves JPEG, PNG, GIF, videos and animations alone', () => {
    const keep: FileFormat[] = [
      { ext: 'jpg', mime: 'image/jpeg', sniffed: true },
      { ext: 'png', mime: 'image/png', sniffed: true },
      { ext: 'gif', mime: 'image/gif', sniffed: true },
      { ext: 'mp4', mime: 'video/mp4', sniffed: true },
      { ...webp, animated: true },
    ];
    for (const format of keep)
      expect(conversionFor(format, { format: 'png', jpegQuality: 0.9 }).convert).toBe(false);
  });
});
