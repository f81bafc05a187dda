/**
 * Background rechecks as a user meets them: with the feature switched on, a watched item whose
 * recheck is due is read again when the alarm fires (by a plain fetch where its HTML has the price,
 * in a short-lived inactive tab where the page renders it), a drop to the target puts a count on
 * the toolbar badge, and a page that answers with a captcha backs off to "needs a visit" without
 * ever inventing a price.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';
import { consent, openPrices } from './harness/price-features';
import { stopServiceWorker } from './harness/cdp';
import type { ProductKey } from './store/catalog';

async function watch(page: Page, url: string, target: string) {
  await page.goto(url);
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  const panel = await openPrices(page);
  await panel.getByTestId('alikeep-watch-target').fill(target);
  await panel.getByTestId('alikeep-watch').click();
  await expect(panel.getByTestId('alikeep-watching')).toBeVisible();
}

/** Time passes: the item's recheck is due (with `failures` earlier failures), and the alarm fires. */
async function makeDueAndFire(extension: Extension, itemId: string, failures = 0) {
  const worker = await extension.worker();
  await worker.evaluate(
    async ([id, failed]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('alikeep-prices');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const store = db.transaction('watches', 'readwrite').objectStore('watches');
      await new Promise<void>((resolve, reject) => {
        const get = store.get(id);
        get.onsuccess = () => {
          const w = get.result;
          w.recheck = { itemId: id, nextAt: 0, failures: failed, needsVisit: false };
          const put = store.put(w);
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      });
      db.close();
      // Unpacked extensions may set an alarm this close; the worker's own never come sooner than 30 s.
      await chrome.alarms.create('alikeep-recheck', { when: Date.now() + 100 });
    },
    [itemId, failures] as const,
  );
}

/** Every record of one store of the price database, read from the worker. */
async function readStore<T>(extension: Extension, store: 'watches' | 'series'): Promise<T[]> {
  const worker = await extension.worker();
  return worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('alikeep-prices');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<any[]>((resolve) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return all;
  }, store);
}

interface WatchRecord {
  itemId: string;
  state: { lastPrice: number };
  recheck?: { failures: number; needsVisit: boolean; nextAt: number };
}

async function watchRecord(extension: Extension, itemId: string): Promise<WatchRecord> {
  const found = (await readStore<WatchRecord>(extension, 'watches')).find(
    (w) => w.itemId === itemId,
  );
  if (!found) throw new Error(`${itemId} is not watched`);
  return found;
}

const badge = async (extension: Extension) =>
  (await extension.worker()).evaluate(() => chrome.action.getBadgeText({}));

for (const [key, route] of [
  ['module', 'a plain fetch'],
  ['csr', 'an inactive tab'],
] as [ProductKey, string][]) {
  test(`a due recheck reads the new price by ${route}, and the drop shows on the badge`, async ({
    extension,
  }) => {
    await consent(extension, ['price-history', 'price-alerts', 'background-recheck']);
    const p = extension.store.catalog[key];
    const current = Math.min(...p.variants.map((v) => v.price));
    const page = await extension.context.newPage();
    await watch(page, p.url, String(Math.floor(current) - 1));
    await page.close();
    expect(await badge(extension)).toBe('');

    const dropped = Math.floor(current) - 2.5;
    extension.store.setPrice(key, { current: dropped });
    const before = extension.store.requests.length;
    const tabsBefore = extension.context.pages().length;
    await makeDueAndFire(extension, p.id);

    await expect
      .poll(async () => (await watchRecord(extension, p.id)).state.lastPrice, {
        timeout: 30_000,
      })
      .toBe(dropped);
    await expect.poll(() => badge(extension)).toBe('1');
    const record = await watchRecord(extension, p.id);
    expect(record.recheck).toMatchObject({ failures: 0, needsVisit: false });
    // The page itself was requested (no other host), and no recheck tab is left open.
    const asked = extension.store.requests.slice(before).filter((r) => r.path.includes(p.id));
    expect(asked.length).toBeGreaterThan(0);
    await expect.poll(() => extension.context.pages().length).toBe(tabsBefore);

    // Opening the popup shows the alert and clears the badge.
    const popup = await extension.openPage('src/popup/index.html');
    await expect(popup.getByTestId('popup-watch-item').filter({ hasText: p.title })).toBeVisible();
    await expect.poll(() => badge(extension)).toBe('');
    await popup.close();
  });
}

test('a captcha backs off to "needs a visit", and no price is invented', async ({ extension }) => {
  await consent(extension, ['price-history', 'price-alerts', 'background-recheck']);
  const p = extension.store.catalog.component;
  const page = await extension.context.newPage();
  await watch(page, p.url, '1');
  const lastPrice = (await watchRecord(extension, p.id)).state.lastPrice;
  extension.store.setFault(new URL(p.url).pathname, {
    status: 200,
    body: '<!doctype html><title>Security check</title><div id="captcha">Slide to verify</div>',
  });
  // Four earlier failures: this one is the fifth, after which the item needs a visit.
  await makeDueAndFire(extension, p.id, 4);
  await expect
    .poll(async () => (await watchRecord(extension, p.id)).recheck?.failures, { timeout: 30_000 })
    .toBe(5);
  const record = await watchRecord(extension, p.id);
  expect(record.recheck?.needsVisit).toBe(true);
  expect(record.state.lastPrice).toBe(lastPrice);
  const popup = await extension.openPage('src/popup/index.html');
  await expect(popup.getByTestId('popup-watch-needs-visit')).toBeVisible();
  await popup.close();
  await page.close();
});

test('a worker stopped in the middle of a recheck leaves no tab behind and no doubled row', async ({
  extension,
}) => {
  await consent(extension, ['price-history', 'price-alerts', 'background-recheck']);
  const p = extension.store.catalog.us;
  const page = await extension.context.newPage();
  await watch(page, p.url, '1');
  await page.close();
  const price = Math.min(...p.variants.map((v) => v.price)) - 1.25;
  extension.store.setPrice('us', { current: price });
  // The fetched HTML carries no price this time, so the recheck goes to a tab, which loads slowly
  // (the first fault answers the fetch, the second, once that one is used up, the tab).
  const path = new URL(p.url).pathname;
  extension.store.setFault(path, {
    status: 200,
    body: '<!doctype html><title>x</title>',
    times: 1,
  });
  extension.store.setFault(path.replace(/\.html$/, ''), { delayMs: 2500, times: 1 });
  const isRecheckTab = (u: string) => u.endsWith('#alikeep-recheck');
  const opened = extension.context.waitForEvent('page', { timeout: 20_000 });
  await makeDueAndFire(extension, p.id);
  const tab = await opened;
  // The worker goes away while the tab is still loading.
  await stopServiceWorker(extension.context, extension.extensionId);

  // The tab's page wakes a new worker, which closes the orphaned tab.
  await expect.poll(() => tab.isClosed(), { timeout: 30_000 }).toBe(true);
  // The item is still due: the next cycle rechecks it and finishes normally.
  await makeDueAndFire(extension, p.id);
  await expect
    .poll(async () => (await watchRecord(extension, p.id)).recheck?.nextAt ?? 0, {
      timeout: 30_000,
    })
    .toBeGreaterThan(Date.now());
  type Series = { itemId: string; variantId: string; points: { price: number }[] };
  const series = (await readStore<Series>(extension, 'series')).find(
    (x) => x.itemId === p.id && x.variantId === '',
  );
  const points = (series?.points ?? []).filter((x) => x.price === price).length;
  expect(points).toBe(1);
  expect(extension.context.pages().some((t) => isRecheckTab(t.url()))).toBe(false);
});
