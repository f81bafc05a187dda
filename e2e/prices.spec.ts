/**
 * Price tracking as a user meets it: nothing is recorded before the opt-in; after it, visits record
 * price changes (not visits), the panel shows lows and an honest "not enough history yet", checks a
 * claimed discount against imported history, and a watch shows in the popup and alerts on a drop.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';
import { consent, openPrices } from './harness/price-features';

async function databases(extension: Extension) {
  const worker = await extension.worker();
  return worker.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('alikeep-prices')) return { names, points: 0 };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('alikeep-prices');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const r = db.transaction('series').objectStore('series').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    const points = (all as { points: unknown[] }[]).reduce((n, s) => n + s.points.length, 0);
    return { names, points, series: all.length };
  });
}

const money = (page: Page, n: number, currency = 'USD') =>
  page.evaluate(
    ([a, c]) => new Intl.NumberFormat(undefined, { style: 'currency', currency: c }).format(a),
    [n, currency] as const,
  );

test('before the opt-in nothing about visited items is stored', async ({ extension }) => {
  const page = await extension.context.newPage();
  for (const key of ['module', 'component', 'ru'] as const) {
    await page.goto(extension.store.itemUrl(key));
    await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  }
  const panel = await openPrices(page);
  await expect(panel).toContainText('Price history is off');
  expect((await databases(extension)).points).toBe(0);
  const worker = await extension.worker();
  const local = await worker.evaluate(() => chrome.storage.local.get());
  expect(JSON.stringify(local)).not.toContain(extension.store.catalog.ru.id);
  await page.close();
});

test('after the opt-in, price changes are recorded once, with lows and honest gaps', async ({
  extension,
}) => {
  await consent(extension, ['price-history']);
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  let panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-price-current')).toHaveText(await money(page, 12.99));
  await expect(panel.getByTestId('alikeep-price-period-30d')).toContainText(
    'Not enough history yet',
  );
  const first = await databases(extension);
  // Product-level price plus three variants: four series of one point each.
  expect(first).toMatchObject({ series: 4, points: 4 });

  // Visiting again at the same price adds nothing; a new price adds one change point per series.
  await page.reload();
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  await page.waitForTimeout(300);
  expect((await databases(extension)).points).toBe(4);
  extension.store.setPrice('module', { current: 9.49, original: 21.65 });
  await page.reload();
  panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-price-current')).toHaveText(await money(page, 9.49));
  await expect.poll(async () => (await databases(extension)).points).toBe(8);
  await expect(panel.getByTestId('alikeep-price-period-all')).toContainText(
    await money(page, 9.49),
  );
  const chart = panel.getByTestId('alikeep-price-chart');
  await expect(chart).toHaveAttribute('data-points', '2');
  // The chart names its range: the first price at the top, the new low below it.
  await expect(chart.getByTestId('alikeep-chart-low')).toHaveText(await money(page, 9.49));
  await expect(chart.locator('circle')).toHaveCount(2);
  await page.close();
});

test('the claimed discount is checked against the 30 days before the current price', async ({
  extension,
}) => {
  await consent(extension, ['price-history']);
  // An item no other test visits, so the imported history is all there is.
  const p = extension.store.catalog.us;
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  const file = {
    format: 'alikeep-price-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    items: [
      {
        itemId: p.id,
        title: p.title,
        // The product-level price and the first variant (the one the page shows chosen).
        series: ['', p.variants[0]!.skuId].map((variantId) => ({
          variantId,
          currency: 'USD',
          lastSeen: now - 20 * day,
          points: [
            { at: now - 70 * day, price: 30.0, original: 49.99 },
            { at: now - 20 * day, price: 34.5, original: 49.99 },
          ],
        })),
      },
    ],
  };
  const options = await extension.openPage('src/options/index.html');
  const reply = await options.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'importPriceHistory', payload: { text } }),
    JSON.stringify(file),
  );
  expect(reply).toMatchObject({ ok: true, value: { ok: true, added: { series: 2, points: 4 } } });
  await options.close();
  extension.store.reset();
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-discount-check')).toHaveText(
    `The claimed −31% is +15% against the 30-day low of ${await money(page, 30)}.`,
  );
  await expect(panel.getByTestId('alikeep-price-period-30d')).not.toContainText(
    'Not enough history yet',
  );
  await page.close();
});

test('with price history on but the watchlist off, no watch can be set', async ({ extension }) => {
  await consent(extension, ['price-history']);
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-watch-off')).toContainText(
    'Watching an item needs “Watchlist and price alerts”',
  );
  await expect(panel.getByTestId('alikeep-watch')).toHaveCount(0);
  // The worker refuses too, whoever asks.
  const options = await extension.openPage('src/options/index.html');
  const reply = (await options.evaluate(
    (itemId) =>
      chrome.runtime.sendMessage({
        type: 'watchItem',
        payload: {
          itemId,
          variantId: '',
          currency: 'USD',
          rule: { kind: 'target', price: 1 },
          alertOnRise: false,
        },
      }),
    p.id,
  )) as { ok: boolean; error?: { message: string } };
  expect(reply.ok).toBe(false);
  expect(reply.error?.message).toMatch(/switched off/);
  const worker = await extension.worker();
  const watches = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('alikeep-prices');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const count = await new Promise<number>((resolve) => {
      const r = db.transaction('watches').objectStore('watches').count();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return count;
  });
  expect(watches).toBe(0);
  await page.close();
  await options.close();
});

test('switching price history off reaches a price panel that is open', async ({ extension }) => {
  await consent(extension, ['price-history']);
  const page = await extension.context.newPage();
  await page.goto(extension.store.catalog.module.url);
  const panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-price-current')).toBeVisible();
  const choices = await extension.openPage('src/consent/index.html');
  await choices.getByTestId('alikeep-consent-price-history').uncheck();
  await choices.getByTestId('alikeep-consent-save').click();
  await expect(choices.getByTestId('alikeep-consent-saved')).toBeVisible();
  await choices.close();
  await expect(panel).toContainText('Price history is off');
  await page.close();
});

test('a watch shows in the popup and a drop to the target sets off an alert', async ({
  extension,
}) => {
  await consent(extension, ['price-history', 'price-alerts']);
  const p = extension.store.catalog.component;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  let panel = await openPrices(page);
  // A target the price already meets would never alert: the form says so.
  await panel.getByTestId('alikeep-watch-target').fill('99999');
  await panel.getByTestId('alikeep-watch').click();
  await expect(panel.getByRole('alert')).toContainText('choose a lower target');
  await panel.getByTestId('alikeep-watch-target').fill('1,000.00');
  await panel.getByTestId('alikeep-watch').click();
  await expect(panel.getByTestId('alikeep-watching')).toContainText(await money(page, 1000, 'MXN'));
  const popup = await extension.openPage('src/popup/index.html');
  const row = popup.getByTestId('popup-watch-item');
  await expect(row).toContainText(p.title);
  await expect(row.getByTestId('popup-watch-rule')).toHaveText(
    `Alert at ${await money(page, 1000, 'MXN')} or less`,
  );
  await expect(row.getByTestId('popup-watch-alerted')).toHaveCount(0);
  // The popup is 340 px wide: however long the title, the row's Remove button stays inside it.
  const remove = (await row.getByRole('button').last().boundingBox())!;
  expect(remove.x + remove.width).toBeLessThanOrEqual(340);
  await popup.close();

  extension.store.setPrice('component', { current: 949.5 });
  await page.reload();
  await expect(page.getByTestId('alikeep-price-alert')).toHaveText(
    `Price alert: now ${await money(page, 949.5, 'MXN')}.`,
  );
  // The popup marks the item whose alert is new, once: opening it marks the alert seen.
  for (const marked of [1, 0]) {
    const again = await extension.openPage('src/popup/index.html');
    await expect(again.getByTestId('popup-watch-item')).toContainText(p.title);
    await expect(again.getByTestId('popup-watch-alerted')).toHaveCount(marked);
    await again.waitForTimeout(300);
    await again.close();
  }
  // The price wobbles back up and down around the target: no second alert.
  extension.store.setPrice('component', { current: 1004 });
  await page.reload();
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  extension.store.setPrice('component', { current: 998 });
  await page.reload();
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  await page.waitForTimeout(500);
  await expect(page.getByTestId('alikeep-price-alert')).toHaveCount(0);
  panel = await openPrices(page);
  await expect(panel.getByTestId('alikeep-price-current')).toHaveText(
    await money(page, 998, 'MXN'),
  );
  await page.close();
});

test('a long watchlist opens with the newest watches and shows more on request', async ({
  extension,
}) => {
  await consent(extension, ['price-history', 'price-alerts']);
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  // Ids that grow with the order of watching, so even two watches in one millisecond keep it.
  const ids = Array.from({ length: 25 }, (_, i) => `10059000000000${String(i + 10)}`);
  const file = {
    format: 'alikeep-price-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    items: ids.map((itemId, i) => ({
      itemId,
      title: `Long list item ${i + 1}`,
      series: [
        {
          variantId: '',
          currency: 'USD',
          lastSeen: now - day,
          points: [
            { at: now - 40 * day, price: 20 + i },
            { at: now - 10 * day, price: 18 + i },
          ],
        },
      ],
    })),
  };
  const options = await extension.openPage('src/options/index.html');
  const failed = await options.evaluate(
    async ({ text, ids }) => {
      const imported = (await chrome.runtime.sendMessage({
        type: 'importPriceHistory',
        payload: { text },
      })) as { ok: boolean };
      if (!imported.ok) return 'import';
      for (const itemId of ids) {
        const reply = (await chrome.runtime.sendMessage({
          type: 'watchItem',
          payload: {
            itemId,
            variantId: '',
            currency: 'USD',
            rule: { kind: 'drop', percent: 10 },
            alertOnRise: false,
          },
        })) as { ok: boolean };
        if (!reply.ok) return itemId;
      }
      return null;
    },
    { text: JSON.stringify(file), ids },
  );
  expect(failed).toBeNull();
  await options.close();

  const popup = await extension.openPage('src/popup/index.html');
  const rows = popup.getByTestId('popup-watch-item');
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText('Long list item 25');
  await expect(rows.nth(19)).toContainText('Long list item 6');
  await expect(rows.first()).toContainText(await money(popup, 42));
  await popup.getByTestId('popup-watch-more').click();
  await expect(rows.filter({ hasText: 'Long list item' })).toHaveCount(25);
  await expect(rows.filter({ hasText: 'Long list item' }).last()).toContainText('Long list item 1');
  await expect(popup.getByTestId('popup-watch-more')).toHaveCount(0);
  await popup.close();
});
