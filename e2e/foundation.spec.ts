/**
 * The foundation as a user meets it: the extension loads, its panel appears on item pages of every
 * page generation and nowhere else, settings move between contexts live, survive the worker stopping
 * and concurrent changes, and a reload under an open item tab leaves no errors behind.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { evaluateInContentScript, reloadExtension, stopServiceWorker } from './harness/cdp';
import { EXTENSION_DIR, expect, test, type Extension } from './fixtures';
import { PRODUCT_KEYS } from './store/catalog';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

/** Every page generation the store serves. */
const ITEM_PAGES = PRODUCT_KEYS;

async function tabIdOf(extension: Extension, page: Page): Promise<number> {
  // Asked from an extension page, not the worker: a stopped worker cannot be evaluated in.
  const url = page.url();
  const helper = await extension.openPage('src/options/index.html');
  const id = await helper.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  await helper.close();
  if (id === null) throw new Error(`No tab for ${url}`);
  return id;
}

/** Back to the defaults, through the same message the options page's reset button sends. */
async function resetSettings(extension: Extension) {
  const page = await extension.openPage('src/options/index.html');
  const reply = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'resetSettings', payload: null }),
  );
  expect(reply).toMatchObject({ ok: true });
  await page.close();
}

async function storedSettings(extension: Extension) {
  const worker = await extension.worker();
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as any);
}

test('the service worker starts and reports the built manifest', async ({ extension }) => {
  const worker = await extension.worker();
  expect(worker.url()).toBe(`chrome-extension://${extension.extensionId}/service-worker-loader.js`);
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  // The name comes through _locales: the browser shows the English message.
  expect(manifest.name).toBe(messages['extName']!.message);
  // The icons the build rendered from public/icon.svg are there, at the sizes the manifest names.
  const icons = await worker.evaluate(async () => {
    const m = chrome.runtime.getManifest();
    const out: Record<string, string> = {};
    for (const [size, path] of Object.entries(m.icons ?? {})) {
      const blob = await (await fetch(chrome.runtime.getURL(path))).blob();
      const bitmap = await createImageBitmap(blob);
      out[size] = `${bitmap.width}x${bitmap.height}`;
    }
    return out;
  });
  expect(icons).toEqual({ 16: '16x16', 32: '32x32', 48: '48x48', 128: '128x128' });
  // First run wrote the default settings.
  await expect.poll(async () => (await storedSettings(extension))?.values?.pageButton).toBe(true);
});

for (const key of ITEM_PAGES) {
  test(`the panel mounts in an open shadow root on the ${key} item page`, async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(extension.store.itemUrl(key));
    const expectedId = extension.store.catalog[key].id;
    await expect(page.getByTestId('alikeep-item-id')).toContainText(expectedId);
    const shape = await page.evaluate(() => {
      const hosts = document.querySelectorAll('alikeep-root');
      const root = hosts[0]?.shadowRoot;
      return {
        count: hosts.length,
        open: root !== null && root !== undefined,
        inlineStyle: root?.querySelector('style')?.textContent?.includes(':host') ?? false,
      };
    });
    expect(shape).toEqual({ count: 1, open: true, inlineStyle: true });
    await page.close();
  });
}

test('no panel on pages that are not item pages', async ({ extension }) => {
  const page = await extension.context.newPage();
  // An item page first, so a missing panel below cannot be blamed on a slow content script.
  await page.goto(extension.store.itemUrl('module'));
  await expect(page.locator('alikeep-root')).toHaveCount(1);
  for (const url of extension.store.nonItemUrls) {
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(400);
    expect(await page.locator('alikeep-root').count(), url).toBe(0);
  }
  await page.close();
});

test('a setting changed in the options page shows in the popup live, and survives a worker stop', async ({
  extension,
}) => {
  await resetSettings(extension);
  const item = await extension.context.newPage();
  await item.goto(extension.store.itemUrl('module'));
  await expect(item.getByTestId('alikeep-item-id')).toBeVisible();
  const popup = await extension.openPage(
    `src/popup/index.html?tab=${await tabIdOf(extension, item)}`,
  );
  await expect(popup.getByTestId('popup-status')).toContainText(extension.store.catalog.module.id);
  await expect(popup.getByTestId('setting-theme')).toHaveValue('auto');

  const options = await extension.openPage('src/options/index.html');
  await options.getByTestId('setting-theme').selectOption('dark');
  await expect(options.getByTestId('settings-status')).toContainText('Saved');
  await expect(popup.getByTestId('setting-theme')).toHaveValue('dark');
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Turning the panel off in the options page removes it from the open item tab at once.
  await options.getByTestId('setting-pageButton').uncheck();
  await expect(item.locator('alikeep-root')).toHaveCount(0);
  await expect(popup.getByTestId('popup-panel-hidden')).toBeVisible();

  await stopServiceWorker(extension.context, extension.extensionId);
  const reopened = await extension.openPage(
    `src/popup/index.html?tab=${await tabIdOf(extension, item)}`,
  );
  await expect(reopened.getByTestId('setting-theme')).toHaveValue('dark');
  await expect(reopened.getByTestId('setting-pageButton')).not.toBeChecked();
  // The worker answers again after the stop.
  const reply = await reopened.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'getSettings', payload: null }),
  );
  expect(reply).toMatchObject({
    ok: true,
    value: { values: { theme: 'dark', pageButton: false } },
  });

  await reopened.getByTestId('setting-pageButton').check();
  await expect(item.locator('alikeep-root')).toHaveCount(1);
  for (const page of [item, popup, options, reopened]) await page.close();
});

test('100 concurrent changes from the popup, the options page and two tabs lose nothing', async ({
  extension,
}) => {
  const item = await extension.context.newPage();
  await item.goto(extension.store.itemUrl('component'));
  await expect(item.getByTestId('alikeep-item-id')).toBeVisible();
  const popup = await extension.openPage(
    `src/popup/index.html?tab=${await tabIdOf(extension, item)}`,
  );
  const options = await extension.openPage('src/options/index.html');
  const second = await extension.context.newPage();
  await second.goto(extension.store.itemUrl('ru'));
  await expect(second.getByTestId('alikeep-item-id')).toBeVisible();
  const before = (await storedSettings(extension)).revision as number;

  type Patch = Record<string, unknown>;
  const themes = ['light', 'dark', 'auto'];
  const placements = ['gallery', 'corner'];
  // Each context changes several fields, overlapping with the others.
  const plan = (offset: number, count: number): Patch[] =>
    Array.from({ length: count }, (_, i) => {
      const n = offset + i;
      if (n % 3 === 0) return { theme: themes[n % 3 === 0 ? (n / 3) % 3 : 0] };
      if (n % 3 === 1) return { buttonPlacement: placements[n % 2] };
      return { pageButton: n % 4 !== 2, theme: themes[n % 3] };
    });
  const fromPopup = plan(0, 25);
  const fromOptions = plan(25, 25);
  const fromTab = plan(50, 25);
  const fromSecondTab = plan(75, 25);
  const inContentScript = (page: Page, patches: Patch[]) =>
    evaluateInContentScript<any[]>(
      page,
      extension.extensionId,
      `Promise.all(${JSON.stringify(patches)}.map((p) => chrome.runtime.sendMessage({ type: 'updateSettings', payload: p })))`,
    );

  const sendAll = (patches: Patch[]) =>
    Promise.all(
      patches.map((p) => chrome.runtime.sendMessage({ type: 'updateSettings', payload: p })),
    );
  const [a, b, c, d] = await Promise.all([
    popup.evaluate(sendAll, fromPopup),
    options.evaluate(sendAll, fromOptions),
    inContentScript(item, fromTab),
    inContentScript(second, fromSecondTab),
  ]);
  const replies = [...a, ...b, ...c, ...d] as { ok: boolean; value: { revision: number } }[];
  const patches = [...fromPopup, ...fromOptions, ...fromTab, ...fromSecondTab];
  expect(replies.every((r) => r.ok)).toBe(true);
  const revisions = replies.map((r) => r.value.revision).sort((x, y) => x - y);
  expect(revisions).toEqual(Array.from({ length: 100 }, (_, i) => before + i + 1));

  const expected: Patch = {};
  patches
    .map((patch, i) => ({ patch, revision: replies[i]!.value.revision }))
    .sort((x, y) => x.revision - y.revision)
    .forEach(({ patch }) => Object.assign(expected, patch));
  const final = await storedSettings(extension);
  expect(final.revision).toBe(before + 100);
  expect(final.values).toMatchObject(expected);
  await expect(popup.getByTestId('setting-theme')).toHaveValue(expected.theme as string);
  for (const page of [item, second, popup, options]) await page.close();
});

test('reloading the extension under an open item tab swaps the panel without errors', async ({
  extension,
}) => {
  await resetSettings(extension);
  const item = await extension.context.newPage();
  await item.goto(extension.store.itemUrl('csr'));
  await expect(item.getByTestId('alikeep-item-id')).toBeVisible();

  const before = await item.locator('alikeep-root').elementHandle();
  await reloadExtension(extension.context, EXTENSION_DIR, extension.extensionId);
  // The worker injects the new content script, which removes the old element and mounts its own.
  await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);

  // The new content script took over: still exactly one panel, and it works.
  await expect(item.locator('alikeep-root')).toHaveCount(1);
  await expect(item.getByTestId('alikeep-item-id')).toBeVisible();
  await item.getByTestId('alikeep-menu').click();
  await item.getByTestId('alikeep-move').click();
  await expect
    .poll(async () => (await storedSettings(extension)).values.buttonPlacement)
    .toBe('corner');
  await item.reload();
  await expect(item.getByTestId('alikeep-item-id')).toBeVisible();
  await item.close();
});
