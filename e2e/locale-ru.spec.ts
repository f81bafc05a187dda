/**
 * AliKeep in a Russian browser: the extension's name, the in-page panel, the picker, the popup and
 * the consent page speak Russian, and prices and sizes are written the Russian way in the item's
 * own currency. Expected words come from the built extension's Russian catalogue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './harness/popup';
import { consent, openPrices } from './harness/price-features';

test.use({ browserLocale: 'ru' });

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const ru = JSON.parse(
  readFileSync(join(EXTENSION_DIR, '_locales', 'ru', 'messages.json'), 'utf8'),
) as Catalogue;

/** A Russian message with its substitutions filled in, as chrome.i18n would. */
function say(key: string, ...subs: string[]): string {
  const entry = ru[key];
  if (!entry) throw new Error(`No Russian message ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

test('the extension is named in Russian', async ({ extension }) => {
  const worker = await extension.worker();
  const names = await worker.evaluate(async () => ({
    manifest: chrome.runtime.getManifest().name,
    installed: (await chrome.management.getSelf()).name,
  }));
  expect(names).toEqual({ manifest: say('extName'), installed: say('extName') });
  expect(say('extName')).toMatch(/[а-я]/);
});

test('the panel and the picker speak Russian and write prices and sizes the Russian way', async ({
  extension,
}) => {
  await consent(extension, ['price-history']);
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(extension.store.itemUrl('module'));

  await expect(page.getByRole('region', { name: say('panelLabel') })).toBeVisible();
  await expect(page.getByTestId('alikeep-item-id')).toHaveText(say('panelItem', p.id));
  const photos = p.gallery.length + p.variants.filter((v) => v.image).length;
  await expect(page.getByTestId('alikeep-product')).toHaveText(
    say('panelMediaCount', String(photos), p.video ? '1' : '0'),
  );
  await expect(page.getByTestId('alikeep-variant')).toHaveText(p.variants[0]!.name);
  // "12,99 $": Russian decimal comma, the item's own currency, in the price panel.
  const price = new Intl.NumberFormat('ru', { style: 'currency', currency: p.currency }).format(
    p.variants[0]!.price,
  );
  expect(price).toMatch(/,\d\d\s\$$/);
  const prices = await openPrices(page);
  await expect(prices.getByTestId('alikeep-price-current')).toHaveText(price);

  const download = page.getByRole('button', { name: say('downloadButtonLabel') });
  await expect(download).toContainText(say('downloadButton'));
  await download.click();
  const picker = page.getByRole('dialog', { name: say('pickerTitle') });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('button', { name: say('pickerClose') })).toBeVisible();
  // "Выбрано файлов: 9 · 180 кБ": the size in Russian units with a decimal comma if any.
  await expect(picker).toContainText(/Выбрано файлов: \d+ · [\d,]+\s(байт|кБ|МБ)/);
  await page.close();
});

test('the popup speaks Russian', async ({ extension }) => {
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(extension.store.itemUrl('module'));
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  const popup = await openPopupFor(extension, page);
  await expect(popup.getByTestId('popup-status')).toHaveText(say('popupItemPage', p.id));
  await expect(popup.getByRole('button', { name: say('popupDownloadAll') })).toBeVisible();
  await expect(popup.getByTestId('popup-open-options')).toHaveText(say('popupOpenOptions'));
  await popup.close();
  await page.close();
});

test('the consent page names each feature and its data in Russian', async ({ extension }) => {
  const page = await extension.openPage('src/consent/index.html');
  await expect(page.locator('h1')).toContainText(say('consentTitle'));
  const history = page.locator('[data-feature="price-history"]');
  await expect(history.locator('h3')).toHaveText(say('featurePriceHistoryName'));
  await expect(history).toContainText(say('featurePriceHistorySummary'));
  await expect(history).toContainText(say('dataPriceHistoryHowLong'));
  await expect(history).toContainText(say('storageIndexeddbWhere'));
  await expect(page.locator('[data-feature="download"]')).toContainText(
    say('featureDownloadSummary'),
  );
  await expect(page.getByText('Price history', { exact: true })).toHaveCount(0);
  await page.close();
});
