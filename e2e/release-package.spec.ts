/**
 * The Chrome Web Store package as a user would get it: release/alikeep-chrome-<version>.zip,
 * unzipped into a folder of its own and loaded in Chromium (not dist/). Its download button shows
 * on an item page and a download lands on disk.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { watchForErrors } from './harness/error-log';
import { openPicker } from './harness/download-steps';
import { listFiles, sha256, waitForFiles } from './harness/files';
import { launchWithExtension } from './harness/launch';
import { startStore } from './store/server';
import { writePackages } from '../scripts/packaging/write-packages';

test('the unzipped Chrome package shows the download button and saves a file', async () => {
  test.setTimeout(120_000);
  const { chrome: zipPath, version } = await writePackages({ root: process.cwd() });
  const dir = mkdtempSync(join(tmpdir(), 'alikeep-release-'));
  const extensionDir = join(dir, 'extension');
  const entries = unzipSync(readFileSync(zipPath));
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  expect(names).toContain('manifest.json');
  expect(names.filter((name) => /\.map$|(^|\/)\.vite\/|\.(test|spec)\./.test(name))).toEqual([]);
  for (const name of names) {
    mkdirSync(dirname(join(extensionDir, name)), { recursive: true });
    writeFileSync(join(extensionDir, name), entries[name]!);
  }

  const store = await startStore({ port: 0 });
  const downloadsDir = join(dir, 'downloads');
  const { context, extensionId, serviceWorker } = await launchWithExtension({
    extensionDir,
    userDataDir: join(dir, 'profile'),
    downloadsDir,
    hostResolverRules: store.hostResolverRules,
    headless: true,
  });
  try {
    const errors = watchForErrors(context, extensionId);
    expect(await serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe(version);
    // The install-time consent page, closed once rendered (as the shared fixture does).
    const consentUrl = `chrome-extension://${extensionId}/src/consent/index.html`;
    await expect.poll(() => context.pages().some((p) => p.url().startsWith(consentUrl))).toBe(true);
    const consent = context.pages().find((p) => p.url().startsWith(consentUrl))!;
    await consent.getByTestId('alikeep-consent-save').waitFor();
    await consent.close();

    const product = store.catalog.module;
    const page = await context.newPage();
    await page.goto(product.url);
    const picker = await openPicker(page);
    const picks = picker.getByTestId('alikeep-pick');
    await expect(picks.first()).toBeVisible();
    // Only the first gallery image.
    for (const pick of (await picks.all()).slice(1)) await pick.uncheck();
    const before = listFiles(downloadsDir);
    await picker.getByTestId('alikeep-download-start').click();
    const [saved] = await waitForFiles(downloadsDir, before, 1);
    expect(saved).toBe(`AliExpress/${product.title} (${product.id})/gallery-1.jpg`);
    expect(sha256(join(downloadsDir, saved!))).toBe(product.gallery[0]!.sha256);
    errors.expectNone();
  } finally {
    await context.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
