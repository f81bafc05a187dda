/** Steps the price-feature specs share: opting in on the consent page, and opening the price panel. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Extension } from '../fixtures';

/** Ticks `features` on a consent page that is open, saves, and closes the page. */
export async function acceptFeatures(page: Page, features: string[]): Promise<void> {
  for (const id of features) await page.getByTestId(`alikeep-consent-${id}`).check();
  await page.getByTestId('alikeep-consent-save').click();
  await expect(page.getByTestId('alikeep-consent-saved')).toBeVisible();
  await page.close();
}

/** Opens the consent page and opts in to `features`. */
export async function consent(extension: Extension, features: string[]): Promise<void> {
  await acceptFeatures(await extension.openPage('src/consent/index.html'), features);
}

/** Opens the item page's price panel and returns it. */
export async function openPrices(page: Page): Promise<Locator> {
  await page.getByTestId('alikeep-price-toggle').click();
  const panel = page.getByTestId('alikeep-price-panel');
  await expect(panel).toBeVisible();
  return panel;
}

/** Watches the item at `url` from its price panel, with a target price. */
export async function watch(page: Page, url: string, target: string): Promise<Locator> {
  await page.goto(url);
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  const panel = await openPrices(page);
  await panel.getByTestId('alikeep-watch-target').fill(target);
  await panel.getByTestId('alikeep-watch').click();
  await expect(panel.getByTestId('alikeep-watching')).toBeVisible();
  return panel;
}

/** Time passes: the item's recheck is due (with `failures` earlier failures), and the alarm fires. */
export async function makeDueAndFire(
  extension: Extension,
  itemId: string,
  failures = 0,
): Promise<void> {
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

/** The toolbar badge's text. */
export const badge = async (extension: Extension): Promise<string> =>
  (await extension.worker()).evaluate(() => chrome.action.getBadgeText({}));
