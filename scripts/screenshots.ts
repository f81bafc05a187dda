/**
 * npm run screenshots: the store screenshots, 1280×800, for every locale in public/_locales.
 * Runs the built extension (dist/, or ALIKEEP_EXTENSION_DIR) in headless Chromium started with
 * `--lang=<locale>` on the offline demo store, and writes
 * store-assets/screenshots/<locale>/<n>-<name>.png:
 *   1 item page with the AliKeep pill   2 download picker   3 price panel with four months of
 *   history (imported)   4 popup over the item page   5 privacy center.
 * `--locale <name>` limits the run to one locale. Fails on any extension error, so a broken UI is
 * never saved as a store image.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { watchForErrors } from '../e2e/harness/error-log';
import { launchWithExtension } from '../e2e/harness/launch';
import { startStore, type Store } from '../e2e/store/server';
import { demoHistory } from './store-screenshots/demo-history';

const SIZE = { width: 1280, height: 800 };
const EXTENSION_DIR = resolve(process.env.ALIKEEP_EXTENSION_DIR ?? 'dist');
const OUT = resolve('store-assets/screenshots');

const args = process.argv.slice(2);
const only = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : undefined;
const locales = readdirSync(resolve('public/_locales'))
  .filter((l) => existsSync(resolve('public/_locales', l, 'messages.json')))
  .filter((l) => !only || l === only)
  .sort();

/** Lets fonts, images and transitions settle before a picture is taken. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((img) => (img.complete ? undefined : img.decode().catch(() => {}))),
    );
  });
  await page.waitForTimeout(400);
}

async function shoot(page: Page, path: string) {
  await settle(page);
  await page.screenshot({ path, clip: { x: 0, y: 0, ...SIZE } });
}

async function optIn(context: BrowserContext, extensionId: string) {
  const url = `chrome-extension://${extensionId}/src/consent/index.html`;
  let consent = context.pages().find((p) => p.url().startsWith(url));
  if (!consent) {
    consent = await context.newPage();
    await consent.goto(url);
  }
  // Price history and alerts on, so the price panel and the popup's watchlist have something to show.
  for (const id of ['price-history', 'price-alerts']) {
    await consent.getByTestId(`alikeep-consent-${id}`).check();
  }
  await consent.getByTestId('alikeep-consent-save').click();
  await consent.getByTestId('alikeep-consent-saved').waitFor();
  await consent.close();
}

async function importHistory(context: BrowserContext, extensionId: string, store: Store) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const text = JSON.stringify(demoHistory(store.catalog.module, Date.now()));
  const reply = await page.evaluate(
    (t) => chrome.runtime.sendMessage({ type: 'importPriceHistory', payload: { text: t } }),
    text,
  );
  const answer = reply as { ok?: boolean; value?: { ok?: boolean } };
  if (!answer.ok || !answer.value?.ok) {
    throw new Error(`The demo history was refused: ${JSON.stringify(reply)}`);
  }
  await page.close();
}

/** The popup as the browser draws it, over the item page it belongs to, at the toolbar's corner. */
async function popupOverPage(context: BrowserContext, extensionId: string, item: Page) {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  const tabId = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null,
    item.url(),
  );
  const popup = await context.newPage();
  // A short window first, so the page's scroll height is its content's, as the browser sizes popups.
  await popup.setViewportSize({ width: 340, height: 100 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.getByTestId('popup-settings').waitFor();
  await popup.getByTestId('popup-watch-item').first().waitFor();
  await settle(popup);
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 340, height: Math.min(height, 760) });
  await settle(popup);
  const popupPng = await popup.screenshot();
  await popup.close();
  const pagePng = await item.screenshot({ clip: { x: 0, y: 0, ...SIZE } });

  const sheet = await context.newPage();
  await sheet.setViewportSize(SIZE);
  await sheet.setContent(`<!doctype html><html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden">
    <img style="position:absolute;inset:0;filter:brightness(0.92)" src="data:image/png;base64,${pagePng.toString('base64')}">
    <img style="position:absolute;top:12px;right:24px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)" src="data:image/png;base64,${popupPng.toString('base64')}">
  </body></html>`);
  return sheet;
}

async function shootLocale(store: Store, locale: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), `alikeep-shots-${locale}-`));
  const out = join(OUT, locale);
  mkdirSync(out, { recursive: true });
  const { context, extensionId } = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    userDataDir: join(dir, 'profile'),
    downloadsDir: join(dir, 'downloads'),
    hostResolverRules: store.hostResolverRules,
    headless: true,
    locale: locale.replace('_', '-'),
  });
  const errors = watchForErrors(context, extensionId);
  const written: string[] = [];
  const file = (n: number, name: string) => {
    const path = join(out, `${n}-${name}.png`);
    written.push(path);
    return path;
  };
  try {
    const uiLanguage = await context
      .serviceWorkers()
      .find((w) => w.url().includes(extensionId))!
      .evaluate(() => chrome.i18n.getUILanguage());
    console.log(`${locale}: browser language ${uiLanguage}`);
    await optIn(context, extensionId);
    await importHistory(context, extensionId, store);

    const item = context.pages()[0] ?? (await context.newPage());
    await item.bringToFront();
    await item.goto(store.catalog.module.url);
    await item.getByTestId('alikeep-product').and(item.locator('[data-state="ready"]')).waitFor();
    await shoot(item, file(1, 'item-page'));

    await item.getByTestId('alikeep-download').click();
    await item.getByTestId('alikeep-picker').waitFor();
    await item.getByTestId('alikeep-picker-summary').filter({ hasText: /·/ }).waitFor();
    await shoot(item, file(2, 'download-picker'));
    await item.keyboard.press('Escape');
    await item.getByTestId('alikeep-picker').waitFor({ state: 'hidden' });

    await item.getByTestId('alikeep-price-toggle').click();
    const panel = item.getByTestId('alikeep-price-panel');
    await panel.waitFor();
    await panel.getByTestId('alikeep-price-chart').waitFor();
    await panel.getByTestId('alikeep-watch-target').fill('11.50');
    await panel.getByTestId('alikeep-watch').click();
    await panel.getByTestId('alikeep-watching').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shoot(item, file(3, 'price-history'));
    await item.getByTestId('alikeep-price-toggle').click();
    await panel.waitFor({ state: 'hidden' });

    const sheet = await popupOverPage(context, extensionId, item);
    await shoot(sheet, file(4, 'popup'));
    await sheet.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const center = options.getByTestId('privacy-center');
    await center.waitFor();
    await options.getByTestId('privacy-inventory-price-history').waitFor();
    await center.evaluate((el) =>
      window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 24),
    );
    await shoot(options, file(5, 'privacy-center'));
    await options.close();

    errors.expectNone();
    return written;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  process.exit(1);
}
if (locales.length === 0) {
  console.error(
    only ? `No locale "${only}" in public/_locales.` : 'No locales in public/_locales.',
  );
  process.exit(1);
}

const store = await startStore({ port: 0 });
try {
  for (const locale of locales) {
    store.reset();
    for (const path of await shootLocale(store, locale)) {
      console.log(
        `  ${relative(process.cwd(), path)}  ${(readFileSync(path).length / 1024).toFixed(0)} KB`,
      );
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await store.close();
}
