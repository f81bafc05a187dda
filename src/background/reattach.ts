/**
 * Chrome does not inject declared content scripts into tabs that were already open when the extension
 * was installed, reloaded or updated. Those tabs would keep a detached old panel (or none), so the
 * worker injects the current scripts into every open item tab; the new script retires the old one.
 * Each manifest entry goes to the tabs its own matches cover, entry after entry in the manifest's
 * order: a tab gets its site's scripts only (manifest.config.ts has one entry per site), the
 * MAIN-world ones before the isolated one, as on a page load.
 */
import { parseItemUrl } from '../extract/item-url';
import { browser } from '../shared/browser';
import { log } from '../shared/log';

export async function reattachContentScripts(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    const files = script.js ?? [];
    if (files.length === 0 || !script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || !tab.url || !parseItemUrl(tab.url)) continue;
      try {
        await browser.scripting.executeScript({
          target: { tabId: tab.id },
          files,
          world: script.world === 'MAIN' ? 'MAIN' : 'ISOLATED',
        });
      } catch (error) {
        // A tab can close or navigate away between the query and the injection.
        log.info('Could not re-attach to a tab:', error instanceof Error ? error.message : error);
      }
    }
  }
}
