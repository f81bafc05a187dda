/** The built extension as files: its manifest, its display name, the files it ships. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hostCovered, patternHost } from '../../policy/match-patterns';

export interface BuiltManifest {
  name: string;
  default_locale?: string;
  content_scripts?: { js?: string[]; matches: string[]; world?: string }[];
}

export function readManifest(dir: string): BuiltManifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path))
    throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

/** The name Chromium shows (and names the content-script world after): __MSG_x__ resolved. */
export function extensionName(dir: string): string {
  const manifest = readManifest(dir);
  const key = /^__MSG_(\w+)__$/.exec(manifest.name)?.[1];
  if (!key) return manifest.name;
  const messages = JSON.parse(
    readFileSync(join(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  const found = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
  return found?.[1].message ?? manifest.name;
}

/** Whether a match pattern (`*://*.aliexpress.com/item/*`) covers a URL, as Chrome matches. */
export function patternCovers(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return true;
  const scheme = /^(\*|[a-z-]+):\/\//.exec(pattern)?.[1];
  const host = patternHost(pattern);
  if (!scheme || host === null) return false;
  const path = pattern.slice(pattern.indexOf('/', scheme.length + 3));
  const page = new URL(url);
  const schemeOk =
    scheme === '*'
      ? page.protocol === 'http:' || page.protocol === 'https:'
      : page.protocol === `${scheme}:`;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostCovered(page.hostname, host) && glob.test(page.pathname + page.search);
}

/** The scripts the manifest injects into the page at `url`, in the manifest's order. */
export function contentScriptsFor(dir: string, url: string): string[] {
  const entries = readManifest(dir).content_scripts ?? [];
  const covering = entries.filter((c) => c.matches.some((m) => patternCovers(m, url)));
  return [...new Set(covering.flatMap((c) => c.js ?? []))];
}

/** Every file of the extension, as paths relative to `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
