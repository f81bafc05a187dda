/**
 * The file-system side of `npm run release`: makes sure dist/ holds a build of the current sources
 * and writes the two store packages into release/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { geckoManifestFields } from '../../policy/manifest-fields';
import { toFirefoxManifest, type ExtensionManifest } from './firefox-manifest';
import { buildIsFresh, packageFiles, packageName } from './package-files';

export const GECKO_ID = 'alikeep@alikeep.org';
/** Firefox 140 is the first to read `data_collection_permissions` (and an ESR). */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads `data_collection_permissions` from version 142. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** What the build reads: a change to any of these makes dist/ stale. */
const BUILD_INPUTS = [
  'src',
  'public',
  'policy',
  'manifest.config.ts',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

export interface Released {
  version: string;
  chrome: string;
  firefox: string;
  firefoxManifest: ExtensionManifest;
  rebuilt: boolean;
}

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => walk(join(path, name)));
}

function newestSource(root: string): number {
  return Math.max(
    0,
    ...BUILD_INPUTS.flatMap((p) => walk(join(root, p))).map((f) => statSync(f).mtimeMs),
  );
}

function build(root: string): void {
  const run = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('The build failed; no packages were written.');
}

function zip(dir: string, files: string[], replace: Record<string, Uint8Array>, mtime: Date) {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file] = [replace[file] ?? readFileSync(join(dir, file)), { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

export async function writePackages(options: {
  root: string;
  rebuild?: boolean;
}): Promise<Released> {
  const root = resolve(options.root);
  const dist = join(root, 'dist');
  const manifestPath = join(dist, 'manifest.json');
  const builtAt = existsSync(manifestPath) ? statSync(manifestPath).mtimeMs : null;
  const rebuilt = options.rebuild === true || !buildIsFresh(builtAt, newestSource(root));
  if (rebuilt) build(root);

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ExtensionManifest;
  const version = String(manifest.version);
  const files = packageFiles(walk(dist).map((f) => relative(dist, f).split('\\').join('/')));
  // Every entry carries the build's time, so one build always packs to the same bytes.
  const mtime = new Date(statSync(manifestPath).mtimeMs);

  const firefoxManifest = toFirefoxManifest(manifest, {
    id: GECKO_ID,
    strictMinVersion: FIREFOX_MIN_VERSION,
    androidMinVersion: FIREFOX_ANDROID_MIN_VERSION,
    dataCollection: geckoManifestFields.data_collection_permissions,
  });
  const firefoxManifestBytes = new TextEncoder().encode(
    `${JSON.stringify(firefoxManifest, null, 2)}\n`,
  );

  const out = join(root, 'release');
  mkdirSync(out, { recursive: true });
  const chrome = join(out, packageName('chrome', version));
  const firefox = join(out, packageName('firefox', version));
  writeFileSync(chrome, zip(dist, files, {}, mtime));
  writeFileSync(firefox, zip(dist, files, { 'manifest.json': firefoxManifestBytes }, mtime));
  return { version, chrome, firefox, firefoxManifest, rebuilt };
}
