/**
 * An item page gets only AliKeep's light first script: the pill with its buttons is drawn without
 * the panel app, which the worker injects on the shopper's first use of the panel. No extension
 * file is web-accessible, so a site cannot probe for the extension through one. The panel works
 * from the keyboard: the picker keeps focus while open, Esc closes what is open and gives focus
 * back to the button that opened it, and the menu is usable over the price card.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';
import { setSettings } from './harness/download-steps';

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

/** Where keyboard focus is: the focused element inside AliKeep's shadow root, if focus is there. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('alikeep-root');
    const active = document.activeElement === host ? host?.shadowRoot?.activeElement : null;
    return {
      inPanel: Boolean(active),
      testid: active?.getAttribute('data-testid') ?? null,
      name: active?.getAttribute('aria-label') ?? active?.getAttribute('data-testid') ?? null,
      inPicker: Boolean(active?.closest('[data-testid="alikeep-picker"]')),
      inPrices: Boolean(active?.closest('[data-testid="alikeep-price-panel"]')),
    };
  });

/** The module item's page, with the default settings. */
async function openItem(extension: Extension): Promise<Page> {
  await setSettings(extension, null);
  const page = await extension.context.newPage();
  await page.goto(extension.store.catalog.module.url);
  return page;
}

test('the picker keeps keyboard focus until it closes, then gives it back', async ({
  extension,
}) => {
  const page = await openItem(extension);
  await page.getByTestId('alikeep-download').focus();
  await page.keyboard.press('Enter');
  const picker = page.getByTestId('alikeep-picker');
  await expect(picker).toBeVisible();
  await expect(
    picker.locator('[data-testid="alikeep-group-description"][aria-busy="true"]'),
  ).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ inPicker: true });

  // Each group's select all / none says which group it acts on.
  for (const [kind, title] of [
    ['gallery', 'Gallery'],
    ['variant', 'Variants'],
    ['description', 'Description'],
    ['video', 'Videos'],
  ] as const) {
    const all = picker.getByRole('button', { name: `Select all in ${title}`, exact: true });
    const none = picker.getByRole('button', { name: `Select none in ${title}`, exact: true });
    await expect(all).toHaveText('Select all');
    await expect(none).toHaveText('Select none');
    await expect(picker.getByTestId(`alikeep-group-${kind}`).getByRole('button')).toHaveCount(2);
    await expect(picker.getByTestId(`alikeep-group-${kind}`)).toContainText(title);
  }
  await picker.getByRole('button', { name: 'Select none in Videos', exact: true }).click();
  await expect(picker.locator('[data-kind="video"]')).not.toBeChecked();
  for (const box of await picker.locator('[data-kind="gallery"]').all()) {
    await expect(box).toBeChecked();
  }

  // Tab goes round the picker's controls and back to the first, never out to the panel or page.
  await picker.getByRole('button', { name: 'Close', exact: true }).focus();
  const order: (string | null)[] = [];
  for (let i = 0; i < 26; i++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    expect(at, `after ${i + 1} Tab presses`).toMatchObject({ inPicker: true });
    order.push(at.name);
  }
  const last = order.indexOf('alikeep-download-start');
  expect(last).toBeGreaterThan(10);
  expect(order[last + 1]).toBe('Close');
  // Shift+Tab from the first control goes to the last.
  await picker.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-download-start' });

  // Esc closes it, with focus back on the download button; Enter there opens it again.
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-download' });
  await page.keyboard.press('Enter');
  await expect(picker).toBeVisible();
  expect(await focused(page)).toMatchObject({ inPicker: true });

  // Starting the download from the keyboard leaves focus on the download button, by the progress.
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-download-start' });
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-download' });
  await expect(page.getByTestId('alikeep-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 15_000,
  });
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-download' });
  await page.close();
});

test('Esc closes the price card and the menu; the menu opened over the price card is usable', async ({
  extension,
}) => {
  const page = await openItem(extension);
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  const prices = page.getByTestId('alikeep-price-panel');
  const toggle = page.getByTestId('alikeep-price-toggle');
  const menu = page.getByTestId('alikeep-menu');
  const move = page.getByTestId('alikeep-move');

  // From the keyboard: open the price card, move into it, and Esc out of it.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(prices.getByRole('button')).toBeVisible();
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-price-toggle' });
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ inPrices: true });
  await page.keyboard.press('Escape');
  await expect(prices).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-price-toggle' });

  /** Whether a click in the middle of the menu item would reach it. */
  const moveOnTop = () =>
    page.evaluate(() => {
      const root = document.querySelector('alikeep-root')!.shadowRoot!;
      const item = root.querySelector('[data-testid="alikeep-move"]')!;
      const r = item.getBoundingClientRect();
      return item.contains(root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });

  // The menu opened after the price card is drawn over it.
  await toggle.click();
  await expect(prices).toBeVisible();
  await menu.click();
  await expect(move).toBeVisible();
  expect(await moveOnTop()).toBe(true);

  // Esc closes the surface on top first: the menu, then the price card.
  await page.keyboard.press('Escape');
  await expect(move).toHaveCount(0);
  await expect(prices).toBeVisible();
  expect(await focused(page)).toMatchObject({ testid: 'alikeep-menu' });

  // With the menu open, the price card opened again is the one on top.
  await menu.click();
  await toggle.click();
  await expect(prices).toHaveCount(0);
  await toggle.click();
  await expect(prices).toBeVisible();
  await expect(move).toBeVisible();
  expect(await moveOnTop()).toBe(false);

  // Opened again, the menu is back on top, and its item works with the price card open.
  await menu.click();
  await expect(move).toHaveCount(0);
  await menu.click();
  expect(await moveOnTop()).toBe(true);
  await expect(move).toHaveText('Move to the page corner');
  await move.click({ timeout: 5_000 });
  await expect(move).toHaveCount(0);
  await menu.click();
  await expect(move).toHaveText('Move next to the photos');
  await page.close();
  await setSettings(extension, null);
});
