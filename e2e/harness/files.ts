/** The downloads folder as a test sees it: finished files only, with their bytes' hashes. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from '@playwright/test';

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      // Chromium renames a .crdownload when it finishes: a file can vanish between the two calls.
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Waits until `count` new finished files are in `dir` (no .crdownload left) and returns them. */
export async function waitForFiles(
  dir: string,
  before: string[],
  count: number,
): Promise<string[]> {
  const known = new Set(before);
  let found: string[] = [];
  await expect
    .poll(
      () => {
        const all = listFiles(dir);
        found = all.filter((f) => !known.has(f));
        return all.some((f) => f.endsWith('.crdownload')) ? -1 : found.length;
      },
      { timeout: 30_000 },
    )
    .toBe(count);
  return found;
}
