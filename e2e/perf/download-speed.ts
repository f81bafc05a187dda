/**
 * Figure 8a: saving a product's media as a user does. On the module item page: the panel's
 * download button, then "Download" in the picker with its default choice (the module product's
 * 11 files: gallery, variants, description, video), timed from that click until every file is complete in the
 * downloads folder. Repeated a few times with an emptied folder; the median is reported.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../harness/files';
import { figure, type Measured } from './figures';
import type { Profile } from './profiles';
import { median, round, waitFor } from './stats';

const MB = 1024 * 1024;

export interface Saved {
  ms: number;
  bytes: number;
  files: number;
}

/**
 * The user's path once, in an emptied downloads folder: the item page, the panel's download
 * button, then "Download" with the picker's default choice, timed from that click (as the page
 * receives it) until `expected` files are complete on disk (polled every 10 ms).
 */
export async function saveOnce(profile: Profile, url: string, expected: number): Promise<Saved> {
  const folder = join(profile.downloadsDir, 'AliExpress');
  rmSync(folder, { recursive: true, force: true });
  const page = await profile.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await page.getByTestId('alikeep-download').click({ timeout: 15_000 });
    const start = page.getByTestId('alikeep-download-start');
    await start.waitFor({ state: 'visible', timeout: 10_000 });
    // The description's images join the default choice once it is read.
    await page
      .locator('[data-testid="alikeep-group-description"][aria-busy="true"]')
      .waitFor({ state: 'detached', timeout: 10_000 });
    // Timed from the click as the page receives it: Playwright's own work before delivering it
    // (actionability checks, scrolling, input dispatch) is not the extension's.
    await page.evaluate(() =>
      document.addEventListener(
        'click',
        () => ((window as { __alikeepClickAt?: number }).__alikeepClickAt = Date.now()),
        { capture: true, once: true },
      ),
    );
    await start.click();
    const files = await waitFor(
      `${expected} finished files in ${folder}`,
      () => {
        const all = listFiles(profile.downloadsDir);
        const done = all.filter((f) => f.startsWith('AliExpress/'));
        return done.length >= expected && !all.some((f) => f.endsWith('.crdownload'))
          ? done
          : undefined;
      },
      60_000,
      10,
    );
    const doneAt = Date.now();
    const clickAt = await page.evaluate(
      () => (window as { __alikeepClickAt?: number }).__alikeepClickAt,
    );
    if (typeof clickAt !== 'number') throw new Error('the page did not see the click on Download');
    const ms = doneAt - clickAt;
    const bytes = files.reduce((t, f) => t + statSync(join(profile.downloadsDir, f)).size, 0);
    return { ms, bytes, files: files.length };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function downloadFigures(
  profile: Profile,
  url: string,
  expectedFiles: number,
  runs: number,
): Promise<Measured[]> {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await saveOnce(profile, url, expectedFiles));
  const ms = median(results.map((r) => r.ms));
  const bytes = results[0]!.bytes;
  if (results.some((r) => r.bytes !== bytes || r.files !== expectedFiles))
    throw new Error(`the runs saved different files: ${JSON.stringify(results)}`);
  return [
    figure(
      `Download ${expectedFiles} files (module product), time, median of ${runs}`,
      round(ms, 0),
      'ms',
      undefined,
      `${expectedFiles} files, ${round(bytes / MB, 2)} MB per run: with files this small the time ` +
        'is per-file work (fetch, sniff, name, chrome.downloads, disk), not bandwidth',
    ),
    figure(`Download ${expectedFiles} files, bytes`, round(bytes / MB, 2), 'MB'),
    figure(
      `Download ${expectedFiles} files, throughput`,
      round(bytes / MB / (ms / 1000), 2),
      'MB/s',
    ),
  ];
}
