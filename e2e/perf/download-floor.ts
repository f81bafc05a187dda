/**
 * The floor under "download all": the same URLs handed straight to chrome.downloads.download from
 * the extension's worker, all at once, with no picker, no queue, no naming and no probe, timed
 * until every file is complete on disk. Whatever the extension does, one browser download per file
 * costs at least this; the gap between it and a plain fetch is chrome.downloads' own.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../harness/files';
import type { Saved } from './download-speed';
import type { Profile } from './profiles';
import { waitFor } from './stats';

/** A folder of its own, beside the one the extension saves into. */
const FOLDER = 'AliKeep-floor';

export async function downloadLoopOnce(profile: Profile, urls: string[]): Promise<Saved> {
  const folder = join(profile.downloadsDir, FOLDER);
  rmSync(folder, { recursive: true, force: true });
  const worker =
    profile.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await profile.context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const started = performance.now();
  await worker.evaluate(
    ({ list, folder }) =>
      Promise.all(
        list.map((url, i) =>
          chrome.downloads.download({
            url,
            filename: `${folder}/${String(i + 1).padStart(2, '0')}.jpg`,
            conflictAction: 'uniquify',
            saveAs: false,
          }),
        ),
      ),
    { list: urls, folder: FOLDER },
  );
  const files = await waitFor(
    `${urls.length} finished files in ${folder}`,
    () => {
      const all = listFiles(profile.downloadsDir);
      const done = all.filter((f) => f.startsWith(`${FOLDER}/`));
      return done.length >= urls.length && !all.some((f) => f.endsWith('.crdownload'))
        ? done
        : undefined;
    },
    60_000,
    10,
  );
  const ms = performance.now() - started;
  const bytes = files.reduce((t, f) => t + statSync(join(profile.downloadsDir, f)).size, 0);
  rmSync(folder, { recursive: true, force: true });
  return { ms, bytes, files: files.length };
}
