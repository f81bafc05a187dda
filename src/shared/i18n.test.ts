/** Every key used exists in the English catalogue, and every key there is used somewhere. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const catalogue = JSON.parse(
  readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const texts = [...sources(join(root, 'src')), join(root, 'manifest.config.ts')].map((p) =>
  readFileSync(p, 'utf8'),
);
const used = new Set<string>();
for (const text of texts) {
  for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
  // Keys chosen from a table: Record<…, MessageKey> maps hold them as plain string values.
  for (const m of text.matchAll(/:\s*'([a-z][A-Za-z0-9]+)'/g))
    if (m[1]! in catalogue) used.add(m[1]!);
}

describe('i18n catalogue', () => {
  it('defines every key the code uses', () => {
    expect([...used].filter((key) => !(key in catalogue))).toEqual([]);
  });

  it('has no key the code never uses', () => {
    expect(Object.keys(catalogue).filter((key) => !used.has(key))).toEqual([]);
  });

  it('declares every placeholder its message uses', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      const inText = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(inText.sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });
});
