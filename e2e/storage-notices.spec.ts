/**
 * Stored data gone wrong, as the user meets it in the options page: damaged settings and settings
 * from a newer version are repaired with every valid field kept and a notice naming what was reset;
 * a full storage refuses a change with a message saying what to do, and a notice stays until
 * dismissed.
 */
import type { Page } from '@playwright/test';
import { defaults } from '../src/settings/defaults';
import { expect, test, type Extension } from './fixtures';

async function storage(extension: Extension): Promise<Record<string, unknown>> {
  const worker = await extension.worker();
  return worker.evaluate(() => chrome.storage.local.get(null));
}

async function store(extension: Extension, items: Record<string, unknown>): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

async function dismiss(page: Page, kind: string) {
  await page.getByTestId(`notice-dismiss-${kind}`).click();
  await expect(page.getByTestId(`notice-${kind}`)).toHaveCount(0);
}

test('damaged settings: valid ones kept, the rest reset, and the options page says which', async ({
  extension,
}) => {
  await store(extension, {
    settings: {
      version: 2,
      revision: 5,
      values: {
        ...defaults,
        theme: 'purple',
        pageButton: false,
        jpegQuality: 7,
        downloadZip: true,
      },
    },
  });
  const options = await extension.openPage('src/options/index.html');
  const notice = options.getByTestId('notice-settings-repaired');
  await expect(notice).toContainText('went back to their defaults: theme, jpegQuality');
  await expect(options.getByTestId('setting-pageButton')).not.toBeChecked();
  expect(await storage(extension)).toMatchObject({
    settings: {
      values: { theme: 'auto', pageButton: false, jpegQuality: 0.92, downloadZip: true },
    },
  });
  await dismiss(options, 'settings-repaired');
  expect((await storage(extension))['notices']).toEqual([]);
  await options.close();
});

test('settings from a newer version: every known field kept, the unknown one named', async ({
  extension,
}) => {
  await store(extension, {
    settings: { version: 9, revision: 3, values: { theme: 'dark', hologramMode: true } },
  });
  const options = await extension.openPage('src/options/index.html');
  await expect(options.getByTestId('notice-settings-from-future')).toContainText(
    'saved by a newer version of AliKeep',
  );
  await expect(options.getByTestId('notice-settings-from-future')).toContainText('hologramMode');
  await expect(options.getByTestId('setting-theme')).toHaveValue('dark');
  await dismiss(options, 'settings-from-future');
  await options.close();
});

/** Fills storage.local (10 MB without unlimitedStorage) to its last bytes, then frees `spare`. */
async function fillStorage(extension: Extension, spare: number): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(async (reserve) => {
    await chrome.storage.local.set({ fillReserve: 'r'.repeat(reserve) });
    let n = 0;
    for (let size = 1_000_000; size >= 1;) {
      try {
        await chrome.storage.local.set({ [`fill${n++}`]: 'x'.repeat(size) });
      } catch {
        size = Math.floor(size / 2);
      }
    }
    await chrome.storage.local.remove('fillReserve');
  }, spare);
}

async function emptyStorage(extension: Extension): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('fill')));
  });
}

test('a full storage refuses a change with a clear message and a notice; with room, it saves', async ({
  extension,
}) => {
  const options = await extension.openPage('src/options/index.html');
  const template = options.getByTestId('setting-folderTemplate');
  await expect(template).toHaveValue('AliExpress/{title} ({id})/{kind}-{index}.{ext}');
  // Room for a notice (about 100 bytes), not for settings 200 bytes longer.
  await fillStorage(extension, 160);
  const longer = `AliExpress/{title} ({id})/${'k'.repeat(200)}-{kind}-{index}.{ext}`;
  await template.fill(longer);
  await expect(options.getByTestId('settings-status')).toContainText(
    'Could not save: Your browser has no storage space left for AliKeep',
  );
  await expect(options.getByTestId('notice-storage-full')).toContainText(
    'a change could not be saved',
  );
  const stored = (await storage(extension))['settings'] as { values: { folderTemplate: string } };
  expect(stored.values.folderTemplate).toBe('AliExpress/{title} ({id})/{kind}-{index}.{ext}');

  await emptyStorage(extension);
  await template.fill(longer.replace('kk', 'qq'));
  await expect(options.getByTestId('settings-status')).toContainText('Saved');
  await dismiss(options, 'storage-full');
  await options.close();
});
