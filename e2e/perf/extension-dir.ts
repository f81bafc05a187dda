/** The built extension as files: its manifest, its display name, the files it ships. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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

/** The scripts the manifest injects into item pages (the loader and the MAIN-world hand-off). */
export function contentScriptFiles(dir: string): string[] {
  return [...new Set((readManifest(dir).content_scripts ?? []).flatMap((c) => c.js ?? []))];
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
