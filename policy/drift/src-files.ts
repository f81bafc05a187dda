/** The extension's own source, as the drift checkers read it: src/, without tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../generated-files';
import type { SourceFile } from './source-text';

const SOURCE = /\.(ts|tsx|js|mjs)$/;
const NOT_SHIPPED = /\.(test|spec)\.[jt]sx?$|\.d\.ts$/;
/** Saved pages and other test data live here; they are read by tests, never shipped. */
const TEST_DATA_FOLDERS = new Set(['fixtures', '__fixtures__', '__tests__']);

export function readSourceFiles(root = repoRoot, dir = 'src'): SourceFile[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (!entry.isDirectory()) return [path];
      return TEST_DATA_FOLDERS.has(entry.name) ? [] : walk(path);
    });
  return walk(join(root, dir))
    .filter((path) => SOURCE.test(path) && !NOT_SHIPPED.test(path))
    .sort()
    .map((path) => ({
      path: relative(root, path).split(sep).join('/'),
      text: readFileSync(path, 'utf8'),
    }));
}

/** The registry of chrome.storage keys (src/shared/storage-keys.ts). */
export const storageKeyRegistry = 'src/shared/storage-keys.ts';
/** The one importer of webextension-polyfill (src/shared/browser.ts). */
export const browserModule = 'src/shared/browser.ts';
