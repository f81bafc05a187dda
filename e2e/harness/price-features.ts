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
