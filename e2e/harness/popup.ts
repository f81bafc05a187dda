/** The toolbar popup as the user opens it over a tab: the popup page aimed at that tab's id. */
import type { Page } from '@playwright/test';
import type { Extension } from '../fixtures';

export async function openPopupFor(extension: Extension, page: Page): Promise<Page> {
  const helper = await extension.openPage('src/options/index.html');
  const tabId = await helper.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    page.url(),
  );
  await helper.close();
  return extension.openPage(`src/popup/index.html?tab=${tabId}`);
}
