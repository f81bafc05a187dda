/**
 * Sync as a user meets it, in a Chromium without a signed-in account (storage.sync then works on
 * this device only, which is all a test needs): switched on in the privacy center, it keeps a
 * compact copy of the preferences and the watchlist in storage.sync; a newer copy written as
 * another browser would shows in the options page and the popup, without being written back;
 * a watchlist too large for the quota is named in the privacy center; switched off, the copy goes.
 */
import type { Page } from '@playwright/test';
import { SETTINGS_VERSION } from '../src/settings/migrations';
import { defaults } from '../src/settings/defaults';
import { decodeSettings, encodeSettings } from '../src/sync/settings-copy';
import { buildCopy } from '../src/sync/sync-copy';
import { unpackWatchlist } from '../src/sync/watchlist-copy';
import type { SyncedWatch } from '../src/sync/watch-entry';
import { expect, test, type Extension } from './fixtures';
import { consent } from './harness/price-features';

async function syncArea(extension: Extension): Promise<Record<string, unknown>> {
  const worker = await extension.worker();
  return worker.evaluate(() => chrome.storage.sync.get());
}

async function watchItem(extension: Extension, page: Page, target: string) {
  await page.goto(extension.store.catalog.module.url);
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('alikeep-price-toggle').click();
  const panel = page.getByTestId('alikeep-price-panel');
  await panel.getByTestId('alikeep-watch-target').fill(target);
  await panel.getByTestId('alikeep-watch').click();
  await expect(panel.getByTestId('alikeep-watching')).toBeVisible();
}

const OTHER_ITEM = '1005009876543210';

test('sync keeps a compact copy, takes in another browser’s changes, and deletes the copy when switched off', async ({
  extension,
}) => {
  await consent(extension, ['price-history', 'price-alerts']);
  const options = await extension.openPage('src/options/index.html');
  const toggle = options.getByTestId('privacy-switch-sync');
  await expect(toggle).not.toBeChecked();
  expect(await syncArea(extension)).toEqual({});

  await toggle.check();
  await expect(toggle).toBeChecked();
  await options.getByTestId('setting-theme').selectOption('dark');
  const item = await extension.context.newPage();
  await watchItem(extension, item, '10');
  const id = extension.store.catalog.module.id;

  // The compact copy: one-letter preference keys; a header and a first part holding the watch.
  await expect
    .poll(async () => unpackWatchlist(await syncArea(extension)))
    .toMatchObject({ kind: 'entries', entries: [{ itemId: id }] });
  const copy = await syncArea(extension);
  expect(copy.syncedSettings).toMatchObject({ s: SETTINGS_VERSION, v: { t: 'dark', b: true } });
  expect(copy.syncedWatchlist).toEqual({ f: 1, h: [expect.any(String)] });
  const [entry] = copy.syncedWatchlist1 as Record<string, unknown>[];
  expect(entry).toMatchObject({ i: id, c: 'USD', g: 10, w: expect.any(Number) });
  expect(entry).not.toHaveProperty('u');
  expect(copy.syncedWatchlist2).toEqual([]);
  expect(JSON.stringify(copy).length).toBeLessThan(900);
  await expect(options.getByTestId('privacy-sync-status')).toContainText(
    'Your preferences and watchlist are synced through your browser (1 watched).',
  );

  // Another browser changes a preference (a newer revision) and watches another item.
  const remote = decodeSettings(copy.syncedSettings)!;
  const theirs = encodeSettings({
    version: SETTINGS_VERSION,
    revision: remote.revision + 5,
    values: { ...defaults, ...remote.values, theme: 'light', pageButton: false },
  });
  const read = unpackWatchlist(copy);
  if (read.kind !== 'entries') throw new Error(read.kind);
  const added: SyncedWatch = {
    itemId: OTHER_ITEM,
    at: Date.now(),
    watch: {
      variantId: '',
      currency: 'RUB',
      rule: { kind: 'drop', percent: 20 },
      alertOnRise: false,
      priceWhenWatched: 1500,
      url: `https://aliexpress.ru/item/${OTHER_ITEM}.html`,
    },
  };
  const written = buildCopy(theirs, [...read.entries, added], Date.now()).items;
  const worker = await extension.worker();
  await worker.evaluate((items) => chrome.storage.sync.set(items), written);

  await expect(options.getByTestId('setting-theme')).toHaveValue('light');
  await expect(options.getByTestId('setting-pageButton')).not.toBeChecked();
  const popup = await extension.openPage('src/popup/index.html');
  const watched = popup.getByTestId('popup-watch-item');
  await expect(watched).toHaveCount(2);
  const link = watched.filter({ hasText: OTHER_ITEM }).getByRole('link');
  await expect(link).toHaveAttribute('href', `https://aliexpress.ru/item/${OTHER_ITEM}.html`);
  // Taken in, not bounced back: the copy stays exactly as the other browser wrote it.
  await options.waitForTimeout(3_000);
  expect(await syncArea(extension)).toEqual(JSON.parse(JSON.stringify(written)));
  const local = await worker.evaluate(() => chrome.storage.local.get('settings'));
  expect(local.settings).toMatchObject({ revision: remote.revision + 5 });

  // Removing a watch here passes the removal on.
  await watched.filter({ hasText: OTHER_ITEM }).getByRole('button').click();
  await expect(watched).toHaveCount(1);
  await expect
    .poll(async () => {
      const now = unpackWatchlist(await syncArea(extension));
      return now.kind === 'entries' ? now.entries.find((e) => e.itemId === OTHER_ITEM) : null;
    })
    .toMatchObject({ itemId: OTHER_ITEM, watch: null });
  await popup.close();

  // Off: AliKeep's copy is deleted at once, with no offer to keep it.
  await toggle.uncheck();
  await expect.poll(() => syncArea(extension)).toEqual({});
  await expect(options.getByTestId('privacy-offer-delete-sync')).toHaveCount(0);
  await expect(options.getByTestId('privacy-sync-status')).toHaveCount(0);
  await item.close();
  await options.close();
});

test('a watchlist too large for the sync quota is synced in part, and the privacy center says so', async ({
  extension,
}) => {
  // The popup's watchlist opens the price database (with its stores) if no test did before.
  const worker = await extension.worker();
  const popup = await extension.openPage('src/popup/index.html');
  await expect
    .poll(() =>
      worker.evaluate(async () =>
        (await indexedDB.databases()).some((d) => d.name === 'alikeep-prices'),
      ),
    )
    .toBe(true);
  await popup.close();
  // 1,400 watches stored straight into the price database, as years of use would leave them.
  await worker.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('alikeep-prices');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('watches', 'readwrite');
    tx.objectStore('watches').clear();
    for (let n = 0; n < count; n += 1) {
      tx.objectStore('watches').put({
        itemId: String(1005002000000000 + n),
        variantId: String(12000030000000000 + n),
        currency: 'EUR',
        rule: { kind: 'target', price: 20 + n / 100 },
        alertOnRise: false,
        createdAt: 1_750_000_000_000 + n * 60_000,
        priceWhenWatched: 25.5,
        url: `https://de.aliexpress.com/item/${1005002000000000 + n}.html`,
        state: { dropArmed: true, riseArmed: false, lastPrice: 25.5, lastCheckedAt: 0 },
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, 1400);

  const options = await extension.openPage('src/options/index.html');
  await options.getByTestId('privacy-switch-sync').check();
  const status = options.getByTestId('privacy-sync-status');
  await expect(status).toContainText(
    /Your watchlist is too large to sync: 1400 items; the \d+ newest are synced\./,
  );
  const synced = Number(/the (\d+) newest/.exec((await status.textContent()) ?? '')![1]);
  expect(synced).toBeGreaterThan(500);
  expect(synced).toBeLessThan(1400);

  const copy = await syncArea(extension);
  const read = unpackWatchlist(copy);
  if (read.kind !== 'entries') throw new Error(read.kind);
  expect(read.entries).toHaveLength(synced);
  // The newest watches are the ones synced.
  expect(read.entries[0]!.itemId).toBe(String(1005002000000000 + 1399));
  const bytesInUse = await worker.evaluate(() => chrome.storage.sync.getBytesInUse(null));
  expect(bytesInUse).toBeLessThanOrEqual(102_400);
  for (const [key, value] of Object.entries(copy)) {
    expect(key.length + JSON.stringify(value).length).toBeLessThan(8_192);
  }

  await options.getByTestId('privacy-switch-sync').uncheck();
  await expect.poll(() => syncArea(extension)).toEqual({});
  await options.close();
});
