/**
 * Source rules the whole extension keeps: no HTML strings turned into markup, no code from strings,
 * and the default extension CSP (nothing in the manifest loosens it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.config';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML', /\.outerHTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['setTimeout with a string', /setTimeout\(\s*['"`]/],
];

describe('static safety', () => {
  const files = sourceFiles('src');

  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(FORBIDDEN)('no %s in src/', (_name, pattern) => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line) && pattern.test(line))
        .map(({ at }) => at),
    );
    expect(hits).toEqual([]);
  });

  it('keeps the default extension CSP and loads no remote code', async () => {
    const make = manifest as unknown as (env: unknown) => unknown;
    const built = (await (typeof manifest === 'function'
      ? make({ mode: 'production', command: 'build' })
      : manifest)) as Record<string, unknown>;
    expect(built).not.toHaveProperty('content_security_policy');
    expect(JSON.stringify(built)).not.toMatch(/https?:\/\/[^"]*\.js/);
  });
});
