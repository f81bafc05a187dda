/**
 * Figure 4b: the price panel's code is not loaded until the shopper opens it. It lives in the panel
 * app, which the worker injects on the first use of the panel; one item-page load checks the app's
 * mark on AliKeep's element before and after a click on the price toggle. The same load tells which chunks the content script loads at start, for the
 * size figure (bundle-size.ts).
 */
import { exactly, figure, type Measured } from './figures';
import { installProbe } from './paired-loads';
import { READY_SIGNAL } from './page-probe';
import type { Profile } from './profiles';
import { sleep, withTimeout } from './stats';

export interface ContentScriptLoad {
  /** Extension files the tab requested while loading the item page (paths without origin). */
  initial: string[];
  figures: Measured[];
}

export async function lazyPricePanel(
  profile: Profile,
  itemUrl: string,
): Promise<ContentScriptLoad> {
  const origin = `chrome-extension://${profile.extensionId}`;
  await installProbe(profile);
  const page = await profile.context.newPage();
  try {
    const requested: string[] = [];
    const cdp = await profile.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => {
      if (e.request.url.startsWith(origin)) requested.push(new URL(e.request.url).pathname);
    });
    await cdp.send('Network.enable');
    const ready = new Promise<void>((resolve) =>
      page.on('console', (m) => m.text() === READY_SIGNAL && resolve()),
    );
    await page.goto(itemUrl, { waitUntil: 'load', timeout: 20_000 });
    await withTimeout(`AliKeep's panel to read ${itemUrl}`, 15_000, ready);
    await sleep(500);
    const initial = [...requested];
    // The panel app (price panel, picker, Preact) marks AliKeep's host element when it draws.
    const appLoaded = () =>
      page.evaluate(() => document.querySelector('alikeep-root')?.hasAttribute('data-panel-app'));
    const loadedEarly = (await appLoaded()) === true;

    const toggle = page.getByTestId('alikeep-price-toggle');
    if ((await toggle.count()) === 0) {
      return {
        initial,
        figures: [
          figure(
            'Price panel code loads lazily (1 = yes)',
            null,
            'bool',
            exactly(1),
            'this build has no price toggle (alikeep-price-toggle) in the panel',
          ),
        ],
      };
    }
    await toggle.click();
    await page.getByTestId('alikeep-price-panel').waitFor({ state: 'visible', timeout: 10_000 });
    const loadedOnOpen = (await appLoaded()) === true;
    const lazy = !loadedEarly && loadedOnOpen;
    return {
      initial,
      figures: [
        figure(
          'Price panel code loads lazily (1 = yes)',
          lazy ? 1 : 0,
          'bool',
          exactly(1),
          lazy
            ? 'the panel app (price panel, picker, Preact) was injected only when the toggle was clicked'
            : loadedEarly
              ? 'the panel app was already loaded before the toggle was clicked'
              : 'the price panel opened without the panel app marking the page',
        ),
      ],
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
