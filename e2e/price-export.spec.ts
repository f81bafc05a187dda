/**
 * Price history carried from one browser to another as a user would: record two prices of an item in
 * one profile, export the history through the privacy center, import the file in a fresh profile,
 * and find the same history there, in the price panel and in an identical CSV export. Broken files
 * get a plain message and leave the history as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { acceptFeatures, consent, openPrices } from './harness/price-features';
import { listFiles, waitForFiles } from './harness/files';
import { launchSecondProfile } from './harness/second-profile';

const PRICE_A = 12.99;
const PRICE_B = 9.49;

const money = (page: Page, n: number) =>
  page.evaluate(
    (a) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(a),
    n,
  );

/**
 * What the panel says about the history. The all-time average is left out: it runs to the latest
 * sighting, and opening the page in the second profile is a later sighting than the first one's.
 */
async function historyShown(page: Page) {
  const panel = await openPrices(page);
  const chart = panel.getByTestId('alikeep-price-chart');
  // Price A, the change to B, and B still holding when the item was last seen.
  await expect(chart).toHaveAttribute('data-points', '3');
  const all = panel.getByTestId('alikeep-price-period-all').locator('td');
  return {
    current: await panel.getByTestId('alikeep-price-current').textContent(),
    trackedSince: await panel.locator('.current .muted').textContent(),
    lowest: await all.nth(0).textContent(),
    highest: await all.nth(1).textContent(),
    chartPoints: await chart.getAttribute('data-points'),
  };
}

/** Clicks an export button and returns the saved file's name and text. */
async function exportThroughUi(options: Page, downloadsDir: string, button: string) {
  const before = listFiles(downloadsDir);
  await options.getByTestId(button).click();
  const [name] = await waitForFiles(downloadsDir, before, 1);
  return {
    name: name!,
    path: join(downloadsDir, name!),
    text: readFileSync(join(downloadsDir, name!), 'utf8'),
  };
}

async function importThroughUi(options: Page, path: string) {
  const chooser = options.waitForEvent('filechooser');
  await options.getByTestId('price-import').click();
  await (await chooser).setFiles(path);
}

test('price history exported in one profile imports into a fresh one, the same', async ({
  extension,
}) => {
  const { store } = extension;
  const item = store.catalog.module;

  // Profile one: opt in, see the item at price A, then at price B.
  await consent(extension, ['price-history']);
  const page = await extension.context.newPage();
  await page.goto(item.url);
  let panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-price-current')).toHaveText(await money(page, PRICE_A));
  store.setPrice('module', { current: PRICE_B, original: 21.65 });
  await page.reload();
  panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-price-current')).toHaveText(await money(page, PRICE_B));
  // Seen again at B: the history keeps two change points and moves its last sighting.
  await page.reload();
  const first = await historyShown(page);
  expect(first).toMatchObject({
    current: await money(page, PRICE_B),
    lowest: await money(page, PRICE_B),
    highest: await money(page, PRICE_A),
  });
  await page.close();

  const options = await extension.openPage('src/options/index.html');
  const json = await exportThroughUi(options, extension.downloadsDir, 'price-export-json');
  expect(json.name).toMatch(/^alikeep-price-history-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json.text) as {
    format: string;
    items: { itemId: string; series: { points: { price: number }[] }[] }[];
  };
  expect(exported.format).toBe('alikeep-price-history');
  expect(exported.items.map((i) => i.itemId)).toEqual([item.id]);
  expect(exported.items[0]!.series[0]!.points.map((p) => p.price)).toEqual([PRICE_A, PRICE_B]);
  const csv = await exportThroughUi(options, extension.downloadsDir, 'price-export-csv');
  expect(csv.name).toMatch(/^alikeep-price-history-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(options.getByTestId('price-files-status')).toHaveText(
    'Exported. The file is in your downloads.',
  );
  await options.close();

  // Profile two: fresh, so its extension opens the consent page on install.
  const second = await launchSecondProfile(EXTENSION_DIR, store);
  try {
    const consentPage = await second.consentPage();
    const importer = await second.openPage('src/options/index.html');
    // Before the opt-in there is nothing to import into; the switch shows at once.
    await expect(importer.getByTestId('price-import')).toBeDisabled();
    await expect(importer.getByTestId('price-history-files')).toContainText(
      'Switch price history on to import a file.',
    );
    await consentPage.bringToFront();
    await acceptFeatures(consentPage, ['price-history']);
    await importer.bringToFront();
    await expect(importer.getByTestId('price-import')).toBeEnabled();
    await expect(importer.getByTestId('price-history-files')).not.toContainText(
      'Switch price history on',
    );

    const status = importer.getByTestId('price-files-status');
    await importThroughUi(importer, json.path);
    // Four series (the item's own price and three variants), each with both change points.
    await expect(status).toHaveText(
      `Imported ${json.name}. Price series added or extended: 4; price changes added: 8; items updated: 1.`,
    );
    await expect(importer.getByTestId('privacy-inventory-price-history')).toHaveAttribute(
      'data-records',
      '5',
    );
    // The CSV of the same history adds nothing more.
    await importThroughUi(importer, csv.path);
    await expect(status).toHaveText(`Imported ${csv.name}: everything in it was already here.`);

    // Broken files: a clear message each, and nothing of the history lost.
    const cut = join(second.downloadsDir, '..', 'cut-short.json');
    writeFileSync(cut, json.text.slice(0, Math.floor(json.text.length / 2)));
    await importThroughUi(importer, cut);
    await expect(status).toHaveText(
      'cut-short.json is not valid JSON (it may be cut short). Nothing was imported.',
    );
    const damaged = join(second.downloadsDir, '..', 'damaged.csv');
    const lines = csv.text.split('\r\n');
    // Line 3: the second change point of the first series, at price B.
    const broken = lines[2]!.replace(`,${PRICE_B},`, ',abc,');
    expect(broken).not.toBe(lines[2]);
    lines[2] = broken;
    writeFileSync(damaged, lines.join('\r\n'));
    await importThroughUi(importer, damaged);
    await expect(status).toHaveText(
      'damaged.csv is damaged: line 3, column price is not valid. Nothing was imported.',
    );
    const foreign = join(second.downloadsDir, '..', 'notes.txt');
    writeFileSync(foreign, 'Things to buy: a cable.\n');
    await importThroughUi(importer, foreign);
    await expect(status).toHaveText(
      'notes.txt is not an AliKeep price history file. Nothing was imported.',
    );

    // The second profile's CSV export is byte for byte the first one's.
    const again = await exportThroughUi(importer, second.downloadsDir, 'price-export-csv');
    expect(again.name).toBe(csv.name);
    expect(again.text).toBe(csv.text);
    await importer.close();

    // And its price panel shows the same history, both change points.
    const secondPage = await second.context.newPage();
    await secondPage.goto(item.url);
    expect(await historyShown(secondPage)).toEqual(first);
    await secondPage.close();
    second.errors.expectNone();
  } finally {
    await second.close();
  }
});
