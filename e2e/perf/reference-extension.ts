/**
 * The reference point for figure 1: AliKeep's built extension with its item-page scripts (one per
 * site) replaced by the least any in-page button costs: one element with a shadow root holding a
 * ready line and a button, nothing read, nothing asked. Its added main-thread time is what loading
 * any content script (its isolated world, the MAIN-world scripts, the extension's bindings) costs
 * before a line of AliKeep's own work runs, and says how far the ≤ 15 ms target is reachable.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from './extension-dir';

const MINIMAL_SCRIPT = `(() => {
  const host = document.createElement('alikeep-root');
  const root = host.attachShadow({ mode: 'open' });
  const line = document.createElement('span');
  line.dataset.testid = 'alikeep-product';
  line.dataset.state = 'ready';
  const button = document.createElement('button');
  button.dataset.testid = 'alikeep-download';
  button.textContent = 'Download';
  root.append(line, button);
  document.documentElement.append(host);
})();
`;

/**
 * A copy of the built extension in a temporary folder, with the minimal script in place of each
 * site's item-page script (the manifest's isolated-world entries, one script each).
 */
export function referenceExtension(builtDir: string): string {
  const scripts = (readManifest(builtDir).content_scripts ?? []).filter((c) => c.world !== 'MAIN');
  if (scripts.length === 0 || scripts.some((c) => c.js?.length !== 1))
    throw new Error(
      `expected one isolated-world item-page script per manifest entry, found ${scripts
        .map((c) => c.js?.length ?? 0)
        .join(', ')}`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'alikeep-reference-'));
  cpSync(builtDir, dir, { recursive: true });
  for (const file of new Set(scripts.flatMap((c) => c.js ?? [])))
    writeFileSync(join(dir, file), MINIMAL_SCRIPT);
  return dir;
}
