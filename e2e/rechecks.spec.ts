/**
 * Background rechecks as a user meets them: with the feature switched on, a watched item whose
 * recheck is due is read again when the alarm fires (by a plain fetch where its HTML has the price,
 * in a short-lived inactive tab where the page renders it, if the user also switched background
 * tabs on; otherwise the popup says its price is read on the next visit), a drop to the target puts
 * a count on the toolbar badge, and a page that answers with a captcha backs off to "needs a visit"
 * without ever inventing a price.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';
import { badge, consent, makeDueAndFire, watch } from './harness/price-features';
import { stopServiceWorker } from './harness/cdp';
import type { ProductKey } from './store/catalog';
import { MTOP_PATH } from './store/pages/csr-page';

const RECHECKS = ['price-history', 'price-alerts', 'background-recheck'];
const TABS = 'background-recheck-tabs';
const isRecheckTab = (u: string) => u.endsWith('#alikeep-recheck');

/** Switches background tabs for rechecks on or off on the consent page. */
async function setTabs(extension: Extension, on: boolean) {
  const page = await extension.openPage('src/consent/index.html');
  await page.getByTestId(`alikeep-consent-${TABS}`).setChecked(on);
  await page.getByTestId('alikeep-consent-save').click();
  await expect(page.getByTestId('alikeep-consent-saved')).toBeVisible();
  await page.close();
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
  recheck?: { failures: number; needsVisit: boolean; nextAt: number; lastOutcome?: string };
}

async function watchRecord(extension: Extension, itemId: string): Promise<WatchRecord> {
  const found = (await readStore<WatchRecord>(extension, 'watches')).find(
    (w) => w.itemId === itemId,
  );
  if (!found) throw new Error(`${itemId} is not watched`);
  return found;
}

for (const [key, route, features] of [
  ['module', 'a plain fetch', RECHECKS],
  ['csr', 'an inactive tab', [...RECHECKS, TABS]],
] as [ProductKey, string, string[]][]) {
  test(`a due recheck reads the new price by ${route}, and the drop shows on the badge`, async ({
    extension,
  }) => {
    await consent(extension, features);
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
  await consent(extension, RECHECKS);
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

test('without background tabs, a client-rendered item opens no tab and waits for the next visit', async ({
  extension,
}) => {
  await consent(extension, RECHECKS);
  await setTabs(extension, false);
  const p = extension.store.catalog.csr;
  // Watched by the test above (the same browser serves this file); watched here if run alone.
  if (!(await readStore<WatchRecord>(extension, 'watches')).some((w) => w.itemId === p.id)) {
    const page = await extension.context.newPage();
    await watch(page, p.url, '1');
    await page.close();
  }
  const before = await watchRecord(extension, p.id);
  const newPrice = before.state.lastPrice - 3.5;
  extension.store.setPrice('csr', { current: newPrice });
  const opened: string[] = [];
  const onPage = (page: Page) => opened.push(page.url());
  extension.context.on('page', onPage);
  const asked = extension.store.requests.length;
  await makeDueAndFire(extension, p.id, 2);

  await expect
    .poll(async () => (await watchRecord(extension, p.id)).recheck?.lastOutcome, {
      timeout: 30_000,
    })
    .toBe('tabs-off');
  extension.context.off('page', onPage);
  const record = await watchRecord(extension, p.id);
  // Not a failure: the earlier failures are cleared, and no "needs a visit"; no invented price.
  expect(record.recheck).toMatchObject({ failures: 0, needsVisit: false });
  expect(record.recheck!.nextAt).toBeGreaterThan(Date.now() + 60 * 60_000);
  expect(record.state.lastPrice).toBe(before.state.lastPrice);
  // The page was fetched, but no tab was opened and nothing asked the price API for the item.
  const requests = extension.store.requests.slice(asked);
  expect(requests.some((r) => r.path.includes(p.id))).toBe(true);
  expect(requests.filter((r) => r.path.startsWith(MTOP_PATH))).toEqual([]);
  expect(opened.filter(isRecheckTab)).toEqual([]);
  expect(extension.context.pages().some((t) => isRecheckTab(t.url()))).toBe(false);

  // The popup says what happens instead, and how to have it checked in the background.
  const popup = await extension.openPage('src/popup/index.html');
  const entry = popup.getByTestId('popup-watch-item').filter({ hasText: p.title });
  await expect(entry.getByTestId('popup-watch-read-on-visit')).toBeVisible();
  await expect(entry.getByTestId('popup-watch-read-on-visit')).toContainText(
    'Turn on background tabs',
  );
  await expect(entry.getByTestId('popup-watch-needs-visit')).toHaveCount(0);
  await popup.close();

  // The next visit reads the price, as the note said, and the note goes.
  const visit = await extension.context.newPage();
  await visit.goto(p.url);
  await expect(visit.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  await expect
    .poll(async () => (await watchRecord(extension, p.id)).state.lastPrice, { timeout: 15_000 })
    .toBe(newPrice);
  await expect
    .poll(async () => (await watchRecord(extension, p.id)).recheck?.lastOutcome)
    .toBe('ok');
  await visit.close();
  const after = await extension.openPage('src/popup/index.html');
  await expect(after.getByTestId('popup-watch-item').filter({ hasText: p.title })).toBeVisible();
  await expect(after.getByTestId('popup-watch-read-on-visit')).toHaveCount(0);
  await after.close();
});

test('a worker stopped while its recheck tab is open leaves no tab behind and no doubled row', async ({
  extension,
}) => {
  await consent(extension, [...RECHECKS, TABS]);
  const p = extension.store.catalog.csr;
  if (!(await readStore<WatchRecord>(extension, 'watches')).some((w) => w.itemId === p.id)) {
    const page = await extension.context.newPage();
    await watch(page, p.url, '1');
    await page.close();
  }
  const price = (await watchRecord(extension, p.id)).state.lastPrice - 1.25;
  extension.store.setPrice('csr', { current: price });
  // The recheck tab loads the page at once, but the price it renders comes late: the tab is open,
  // at its address, and still waiting for its price when the worker goes away.
  extension.store.setFault(MTOP_PATH, { delayMs: 4_000, times: 1 });
  const tab = new Promise<Page>((resolve) => {
    const onPage = (page: Page) => {
      const check = () => {
        if (!isRecheckTab(page.url())) return;
        extension.context.off('page', onPage);
        page.off('framenavigated', check);
        resolve(page);
      };
      page.on('framenavigated', check);
      check();
    };
    extension.context.on('page', onPage);
  });
  await makeDueAndFire(extension, p.id);
  const open = await tab;
  await expect(open.getByTestId('alikeep-product')).toBeAttached();
  await stopServiceWorker(extension.context, extension.extensionId);
  expect(open.isClosed()).toBe(false);

  // The tab's page wakes a new worker (its price arrives), which closes the orphaned tab.
  await expect.poll(() => open.isClosed(), { timeout: 30_000 }).toBe(true);
  expect(extension.context.pages().some((t) => isRecheckTab(t.url()))).toBe(false);
  // The item's recheck runs again and finishes normally.
  await makeDueAndFire(extension, p.id);
  await expect
    .poll(async () => (await watchRecord(extension, p.id)).recheck?.nextAt ?? 0, {
      timeout: 30_000,
    })
    .toBeGreaterThan(Date.now());
  const record = await watchRecord(extension, p.id);
  expect(record.recheck).toMatchObject({ failures: 0, lastOutcome: 'ok' });
  expect(record.state.lastPrice).toBe(price);
  type Series = { itemId: string; variantId: string; points: { price: number }[] };
  const series = (await readStore<Series>(extension, 'series')).find(
    (x) => x.itemId === p.id && x.variantId === '',
  );
  // One change point for the new price, however many times it was read.
  expect((series?.points ?? []).filter((x) => x.price === price)).toHaveLength(1);
  await expect.poll(() => extension.context.pages().some((t) => isRecheckTab(t.url()))).toBe(false);
});
