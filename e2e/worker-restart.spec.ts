/**
 * The service worker is stopped (as Chrome does when it idles) in the middle of a download batch:
 * the batch still completes, every file exactly once.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { stopServiceWorker } from './harness/cdp';
import { expectedFiles, openPicker } from './harness/download-steps';
import { listFiles, waitForFiles } from './harness/files';

test('a worker stopped mid-batch finishes the download without duplicates', async ({
  extension,
}) => {
  const p = extension.store.catalog.module;
  rmSync(join(extension.downloadsDir, 'AliExpress'), { recursive: true, force: true });
  // Slow files keep the batch running long enough to stop the worker in the middle.
  for (const m of [...p.gallery.slice(2), ...p.variants.map((v) => v.image!)]) {
    extension.store.setFault(m.url, { delayMs: 700, exact: true });
  }
  const expected = expectedFiles(p).length;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const picker = await openPicker(page);
  await expect(picker.getByTestId('alikeep-download-start')).toHaveText(
    `Download ${expected} files`,
  );
  await picker.getByTestId('alikeep-download-start').click();
  await expect
    .poll(() => listFiles(extension.downloadsDir).filter((f) => !f.endsWith('.crdownload')).length)
    .toBeGreaterThanOrEqual(1);
  const doneBeforeStop = listFiles(extension.downloadsDir).length;
  await stopServiceWorker(extension.context, extension.extensionId);
  expect(doneBeforeStop).toBeLessThan(expected);

  // Any event wakes the worker; it picks the batch up from storage.session.
  const wake = await extension.openPage('src/options/index.html');
  await wake.evaluate(() => chrome.runtime.sendMessage({ type: 'getSettings', payload: null }));
  const files = await waitForFiles(extension.downloadsDir, [], expected);
  expect(
    files.every((f) => !/\(\d+\)\.\w+$/.test(f)),
    files.join('\n'),
  ).toBe(true);
  expect(new Set(files.map((f) => f.split('/').pop()!.split('.')[0])).size).toBe(expected);
  await expect(page.getByTestId('alikeep-progress')).toHaveText(
    new RegExp(`^Saved ${expected} files`),
  );
  await wake.close();
  await page.close();
});
