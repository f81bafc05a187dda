/**
 * Runs the panel app (src/content/app/) in the tab that asked for it, in the same isolated world as
 * the item page's first script. Injected on demand, so a page the shopper only looks at never parses
 * the picker, the price panel or Preact, and no extension file has to be web-accessible.
 */
import panelAppFile from '../content/app/panel-app.iife.tsx?script&iife';
import { browser } from '../shared/browser';
import type { SenderInfo } from '../shared/router';

export async function injectPanelApp(sender: SenderInfo): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('The panel app is only for tabs.');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [panelAppFile],
  });
}
