/**
 * The disclosure manager as a user meets it: the consent page opens on install with every
 * additional feature off; with nothing accepted, item visits store nothing; after opting in they
 * are recorded; the privacy center's inventory matches what is stored, exports exactly that, and
 * delete-everything leaves every storage area and database empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test, type Extension } from './fixtures';
import { reloadExtension } from './harness/cdp';
import { listFiles, waitForFiles } from './harness/files';

async function everything(extension: Extension) {
  const worker = await extension.worker();
  return worker.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name);
    let series = 0;
    let items = 0;
    if (databases.includes('alikeep-prices')) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('alikeep-prices');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const r = db.transaction(store).objectStore(store).count();
          r.onsuccess = () => resolve(r.result);
        });
      series = await count('series');
      items = await count('items');
      db.close();
    }
    return {
      local: await chrome.storage.local.get(),
      session: await chrome.storage.session.get(),
      sync: await chrome.storage.sync.get(),
      databases,
      series,
      items,
    };
  });
}

test('the consent page opens on install with every additional feature off', async ({
  extension,
}) => {
  expect(extension.openedOnInstall).toBe(
    `chrome-extension://${extension.extensionId}/src/consent/index.html`,
  );
  const page = await extension.openPage('src/consent/index.html');
  for (const id of ['price-history', 'price-alerts']) {
    await expect(page.getByTestId(`alikeep-consent-${id}`)).not.toBeChecked();
  }
  await expect(page.getByTestId('alikeep-consent-save')).toBeVisible();
  await page.close();
});

test('nothing is stored before the opt-in; after it visits are recorded, inventoried, exported and erased', async ({
  extension,
}) => {
  const item = await extension.context.newPage();
  for (const key of ['module', 'ru'] as const) {
    await item.goto(extension.store.itemUrl(key));
    await expect(item.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  }
  const before = await everything(extension);
  expect(before.series).toBe(0);
  expect(JSON.stringify(before)).not.toContain(extension.store.catalog.module.id);

  const consent = await extension.openPage('src/consent/index.html');
  await consent.getByTestId('alikeep-consent-price-history').check();
  await consent.getByTestId('alikeep-consent-save').click();
  await expect(consent.getByTestId('alikeep-consent-saved')).toBeVisible();
  await consent.close();

  await item.bringToFront();
  for (const key of ['module', 'ru'] as const) {
    await item.goto(extension.store.itemUrl(key));
    await expect(item.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  }
  await expect.poll(async () => (await everything(extension)).series).toBeGreaterThan(0);
  const stored = await everything(extension);

  const options = await extension.openPage('src/options/index.html');
  await expect(options.getByTestId('privacy-switch-price-history')).toBeChecked();
  // The inventory counts what is really stored: one record per price series and per item.
  await expect(options.getByTestId('privacy-inventory-price-history')).toHaveAttribute(
    'data-records',
    String(stored.series + stored.items),
  );
  const existing = listFiles(extension.downloadsDir);
  await options.getByTestId('privacy-export').click();
  const [file] = await waitForFiles(extension.downloadsDir, existing, 1);
  expect(file).toMatch(/\.json$/);
  const exported: unknown = JSON.parse(readFileSync(join(extension.downloadsDir, file!), 'utf8'));
  const text = JSON.stringify(exported);
  expect(text).toContain(extension.store.catalog.module.id);
  expect(text).toContain(extension.store.catalog.ru.id);
  expect(text).not.toContain(extension.store.catalog.component.id);

  await options.getByTestId('privacy-delete-all').click();
  await options.getByTestId('privacy-delete-all-confirm').click();
  await expect.poll(async () => (await everything(extension)).series).toBe(0);
  const after = await everything(extension);
  expect(after.session).toEqual({});
  expect(after.sync).toEqual({});
  expect(JSON.stringify(after.local)).not.toContain(extension.store.catalog.module.id);
  await options.close();
  await item.close();
});

test('an update with a major policy change reopens consent and pauses the feature', async ({
  extension,
}) => {
  const consent = await extension.openPage('src/consent/index.html');
  await consent.getByTestId('alikeep-consent-price-history').check();
  await consent.getByTestId('alikeep-consent-save').click();
  await expect(consent.getByTestId('alikeep-consent-saved')).toBeVisible();
  await consent.close();

  // As if the user had accepted an older policy that did not yet keep the price history's data:
  // the current one adds a data item, a major change.
  const worker = await extension.worker();
  await worker.evaluate(async () => {
    const { consent } = (await chrome.storage.local.get('consent')) as {
      consent: { accepted: { declaration: { dataItems: { id: string }[] } } };
    };
    const declaration = consent.accepted.declaration;
    declaration.dataItems = declaration.dataItems.filter((d) => d.id !== 'price-history');
    await chrome.storage.local.set({ consent });
  });
  const reopened = extension.context.waitForEvent('page', { timeout: 15_000 });
  await reloadExtension(extension.context, EXTENSION_DIR, extension.extensionId);
  const page = await reopened;
  await page.waitForURL(/src\/consent\/index\.html/);
  await expect(page.getByTestId('alikeep-consent-save')).toBeVisible();
  const fresh = await extension.worker();
  const state = await fresh.evaluate(
    async () =>
      ((await chrome.storage.local.get('consent')) as { consent: { paused: string[] } }).consent
        .paused,
  );
  expect(state).toContain('price-history');
  await page.close();
});
