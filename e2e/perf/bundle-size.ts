/**
 * Figure 5: what AliKeep ships. The initial content-script JavaScript is every script the manifest
 * injects into item pages plus every extension script the tab fetched while the page loaded
 * (module chunks, if a build had any; recorded in lazy-price-panel.ts), each gzipped at level 9 as a store
 * or CDN would serve it, summed. The whole extension is dist/ zipped at level 9 (fflate), as the
 * store upload would be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { contentScriptFiles, listFiles } from './extension-dir';
import { atMost, figure, type Measured } from './figures';
import { round } from './stats';

const KB = 1024;

export function bundleSizeFigures(dir: string, requestedInitially: string[]): Measured[] {
  const scripts = [
    ...new Set([
      ...contentScriptFiles(dir),
      ...requestedInitially.map((p) => p.replace(/^\//, '')).filter((p) => p.endsWith('.js')),
    ]),
  ];
  const sizes = scripts.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const gzip = sizes.reduce((t, s) => t + s.gzip, 0);
  const raw = sizes.reduce((t, s) => t + s.raw, 0);

  const files: Zippable = {};
  for (const file of listFiles(dir)) files[file] = readFileSync(join(dir, file));
  const zipped = zipSync(files, { level: 9 }).length;

  return [
    figure(
      'Initial content-script JS, gzip',
      round(gzip / KB, 1),
      'KB',
      atMost(20),
      `${scripts.length} files, ${round(raw / KB, 1)} KB raw: ` +
        sizes.map((s) => `${s.file.split('/').pop()} ${round(s.gzip / KB, 1)}`).join(', '),
    ),
    figure('Whole extension, zipped (level 9)', round(zipped / KB, 1), 'KB', atMost(400)),
  ];
}
