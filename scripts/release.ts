/**
 * npm run release: the store packages, from a build of the current sources (dist/ is rebuilt when
 * any source is newer than it, or always with --rebuild).
 *   release/alikeep-chrome-<version>.zip   Chrome Web Store upload: dist/ with the manifest at the root
 *   release/alikeep-firefox-<version>.zip  addons.mozilla.org upload: the same files, Firefox manifest
 */
import { relative } from 'node:path';
import { statSync } from 'node:fs';
import { writePackages } from './packaging/write-packages';

try {
  const released = await writePackages({
    root: process.cwd(),
    rebuild: process.argv.includes('--rebuild'),
  });
  if (!released.rebuilt) console.log('dist/ is newer than every source: packing it as it is.');
  for (const path of [released.chrome, released.firefox]) {
    console.log(`${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(1)} KB`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
