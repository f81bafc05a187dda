/**
 * An item page gets only AliKeep's light first script: the pill with its buttons is drawn without
 * the panel app, which the worker injects on the shopper's first use of the panel. No extension
 * file is web-accessible, so a site cannot probe for the extension through one.
 */
import { expect, test } from './fixtures';

const appLoaded = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.querySelector('alikeep-root')?.hasAttribute('data-panel-app'));

test('the pill works before the panel app is loaded, and each button brings the app in', async ({
  extension,
}) => {
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  for (const [button, opens] of [
    ['alikeep-download', 'alikeep-picker'],
    ['alikeep-price-toggle', 'alikeep-price-panel'],
    ['alikeep-menu', 'alikeep-hide'],
  ] as const) {
    await page.goto(p.url);
    await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId(button)).toBeVisible();
    expect(await appLoaded(page)).toBe(false);
    await page.getByTestId(button).click();
    // One click is enough: what the shopper asked for opens with the app.
    await expect(page.getByTestId(opens)).toBeVisible();
    expect(await appLoaded(page)).toBe(true);
  }
  await page.close();
});

test('the popup asks a tab whose panel app is not loaded yet, and gets its answer', async ({
  extension,
}) => {
  const p = extension.store.catalog.csr;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  expect(await appLoaded(page)).toBe(false);
  const status = await (
    await extension.openPage('src/options/index.html')
  ).evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'getPageStatus', payload: null });
  }, page.url());
  expect(status).toMatchObject({ ok: true, value: { item: { id: p.id }, panelShown: true } });
  // Nothing of the extension is exposed to sites: the app is injected, not web-accessible.
  const manifest = await (await extension.worker()).evaluate(() => chrome.runtime.getManifest());
  expect(manifest.web_accessible_resources).toBeUndefined();
  await page.close();
});
