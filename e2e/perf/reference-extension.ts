/**
 * The reference point for figure 1: AliKeep's built extension with its item-page script replaced
 * by the least any in-page button costs: one element with a shadow root holding a ready line and a
 * button, nothing read, nothing asked. Its added main-thread time is what loading any content
 * script (its isolated world, the MAIN-world hand-off script, the extension's bindings) costs
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

/** A copy of the built extension in a temporary folder, with the minimal item-page script. */
export function referenceExtension(builtDir: string): string {
  const scripts = (readManifest(builtDir).content_scripts ?? []).filter((c) => c.world !== 'MAIN');
  const itemPage = scripts.flatMap((c) => c.js ?? []);
  if (itemPage.length !== 1)
    throw new Error(`expected one isolated-world item-page script, found ${itemPage.length}`);
  const dir = mkdtempSync(join(tmpdir(), 'alikeep-reference-'));
  cpSync(builtDir, dir, { recursive: true });
  writeFileSync(join(dir, itemPage[0]!), MINIMAL_SCRIPT);
  return dir;
}
