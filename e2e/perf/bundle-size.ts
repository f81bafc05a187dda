/**
 * Figure 5: what AliKeep ships. Each site's item pages get their own first script, so the initial
 * content-script JavaScript is counted per site (policy/features/item-page.ts splits the item
 * pages by site): every script the manifest injects into a page of that site, plus every extension
 * script the tab fetched while an item page loaded (module chunks, if a build had any; recorded in
 * lazy-price-panel.ts on one page, and counted for every site), each gzipped at level 9 as a store
 * or CDN would serve it, summed. The target is judged on the largest site; the note names each
 * site's total. The whole extension is dist/ zipped at level 9 (fflate), as the store upload would be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { itemPageSiteMatches } from '../../policy/features/item-page';
import { contentScriptsFor, listFiles } from './extension-dir';
import { atMost, figure, type Measured } from './figures';
import { round } from './stats';

const KB = 1024;

const SITE_NAMES: Record<keyof typeof itemPageSiteMatches, string> = {
  aliexpress: 'aliexpress.com/.us',
  aliexpressRu: 'aliexpress.ru',
  alibaba: 'alibaba.com',
};

interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

interface SiteLoad {
  site: string;
  scripts: ScriptSize[];
  gzip: number;
  raw: number;
}

/** A page a match pattern covers: `*://*.aliexpress.com/item/*` gives https://www.aliexpress.com/item/x. */
function pageOf(pattern: string): string {
  const m = /^([^:]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const scheme = m[1] === '*' ? 'https' : m[1];
  const host = m[2]!.replace(/^\*\./, 'www.');
  return `${scheme}://${host}${m[3]!.replace(/\*/g, 'x')}`;
}

export function bundleSizeFigures(dir: string, requestedInitially: string[]): Measured[] {
  const fetched = requestedInitially
    .map((p) => p.replace(/^\//, ''))
    .filter((p) => p.endsWith('.js'));
  const sizeOf = (file: string): ScriptSize => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const loadOf = (site: string, files: string[]): SiteLoad => {
    const scripts = [...new Set([...files, ...fetched])].map(sizeOf);
    return {
      site,
      scripts,
      gzip: scripts.reduce((t, s) => t + s.gzip, 0),
      raw: scripts.reduce((t, s) => t + s.raw, 0),
    };
  };
  // A site's figure is its heaviest page (its pages get the same scripts while the manifest has one
  // entry per site).
  const sites = Object.entries(itemPageSiteMatches).map(([key, patterns]) => {
    const pages = patterns.map((p) =>
      loadOf(
        SITE_NAMES[key as keyof typeof itemPageSiteMatches],
        contentScriptsFor(dir, pageOf(p)),
      ),
    );
    return pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  });
  const largest = sites.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const kb = (bytes: number) => round(bytes / KB, 1);

  const files: Zippable = {};
  for (const file of listFiles(dir)) files[file] = readFileSync(join(dir, file));
  const zipped = zipSync(files, { level: 9 }).length;

  return [
    figure(
      'Initial content-script JS, gzip',
      kb(largest.gzip),
      'KB',
      atMost(20),
      `the largest site's, ${largest.site}; per site: ` +
        sites
          .map(
            (s) =>
              `${s.site} ${kb(s.gzip)} KB (${kb(s.raw)} KB raw: ` +
              s.scripts.map((f) => `${f.file.split('/').pop()} ${kb(f.gzip)}`).join(' + ') +
              ')',
          )
          .join('; '),
    ),
    figure('Whole extension, zipped (level 9)', round(zipped / KB, 1), 'KB', atMost(400)),
  ];
}
