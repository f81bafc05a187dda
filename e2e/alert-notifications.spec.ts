/**
 * Price alerts as browser notifications, as a user meets them. Chrome asks for the notifications
 * permission only from a click in an extension page, so setting a first watch in the price panel
 * offers "Also notify me in the browser", which opens a small AliKeep window with the button that
 * asks; the popup's watchlist makes the same offer until it is answered or declined. Headless
 * Chromium cannot answer its own prompt, so the notification itself is checked in a profile where
 * the user has already allowed notifications (harness/granted-permissions.ts).
 */
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, expect, test, type Extension } from './fixtures';
import { launchWithGrantedPermissions } from './harness/granted-permissions';
import { badge, consent, makeDueAndFire, watch } from './harness/price-features';

const FEATURES = ['price-history', 'price-alerts', 'background-recheck'];

async function offerAnswer(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'getNotificationOffer', payload: null }),
  );
}

async function openPopup(extension: Extension): Promise<Page> {
  const popup = await extension.openPage('src/popup/index.html');
  await expect(popup.getByTestId('popup-watch-item').first()).toBeVisible();
  return popup;
}

test('a first watch offers notifications; the offer opens a window that asks, and the popup offers it too', async ({
  extension,
}) => {
  await consent(extension, FEATURES);
  const p = extension.store.catalog.module;
  const current = Math.min(...p.variants.map((v) => v.price));
  const page = await extension.context.newPage();
  const panel = await watch(page, p.url, String(Math.floor(current) - 1));

  // The panel's confirmation offers notifications; its button opens AliKeep's own small window.
  await expect(panel.getByTestId('alikeep-notify-offer')).toBeVisible();
  const opened = extension.context.waitForEvent('page', {
    predicate: (w) => w.url().endsWith('/src/consent/notifications.html'),
  });
  await panel.getByTestId('alikeep-notify-ask').click();
  const window = await opened;
  await expect(panel.getByTestId('alikeep-notify-opened')).toBeVisible();
  await expect(window.getByTestId('notify-window')).toBeVisible();
  await expect(window.getByTestId('notify-allow')).toHaveText('Allow notifications');
  // (Clicking it would show Chrome's prompt, which a headless browser cannot answer.)
  await window.close();
  await page.close();

  // The popup's watchlist makes the same offer while notifications are not allowed.
  const popup = await openPopup(extension);
  const offer = popup.getByTestId('popup-watchlist').getByTestId('notify-offer');
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('notify-allow')).toBeVisible();
  // "No thanks" is remembered: neither the popup nor the panel offers it again.
  await offer.getByTestId('notify-dismiss').click();
  await expect(offer).toHaveCount(0);
  await popup.close();
  const again = await openPopup(extension);
  await expect(again.getByTestId('popup-watch-item').first()).toBeVisible();
  expect(await offerAnswer(again)).toEqual({ ok: true, value: false });
  await expect(again.getByTestId('notify-offer')).toHaveCount(0);
  await again.close();
});

for (const [key, route, features] of [
  ['module', 'a plain fetch', FEATURES],
  ['csr', 'a background tab', [...FEATURES, 'background-recheck-tabs']],
] as const) {
  test(`with notifications allowed: no offer, and a recheck by ${route} that finds the target price notifies and counts on the badge`, async ({
    store,
  }) => {
    const browser = await launchWithGrantedPermissions(EXTENSION_DIR, store, ['notifications']);
    try {
      const extension = browser.extension;
      const worker = await extension.worker();
      expect(
        await worker.evaluate(() =>
          chrome.permissions.contains({ permissions: ['notifications'] }),
        ),
      ).toBe(true);
      await consent(extension, [...features]);

      const p = store.catalog[key];
      const current = Math.min(...p.variants.map((v) => v.price));
      const target = Math.floor(current) - 1;
      const page = await extension.context.newPage();
      await watch(page, p.url, String(target));
      await page.close();

      // Nothing is offered once the permission is there: not by the worker, not in the popup.
      const popup = await openPopup(extension);
      expect(await offerAnswer(popup)).toEqual({ ok: true, value: false });
      await expect(popup.getByTestId('notify-offer')).toHaveCount(0);
      await popup.close();
      expect(await badge(extension)).toBe('');

      // What the worker asks the browser to show, kept for the assertions below.
      await (
        await extension.worker()
      ).evaluate(() => {
        const shown: unknown[] = [];
        const create = chrome.notifications.create.bind(chrome.notifications);
        Object.assign(globalThis, { shownNotifications: shown });
        chrome.notifications.create = ((
          id: string,
          options: chrome.notifications.NotificationOptions,
        ) => {
          shown.push({ id, options });
          return create(id, options as chrome.notifications.NotificationCreateOptions);
        }) as typeof chrome.notifications.create;
      });

      const dropped = target - 1.5;
      store.setPrice(key, { current: dropped });
      await makeDueAndFire(extension, p.id);

      const alertWorker = await extension.worker();
      await expect
        .poll(
          async () => Object.keys(await alertWorker.evaluate(() => chrome.notifications.getAll())),
          {
            timeout: 30_000,
          },
        )
        .toEqual([expect.stringMatching(new RegExp(`^alikeep-alert-${p.id}-\\d+$`))]);
      await expect.poll(() => badge(extension)).toBe('1');
      const shown = (await alertWorker.evaluate(
        () => (globalThis as unknown as { shownNotifications: unknown[] }).shownNotifications,
      )) as { id: string; options: { title: string; message: string } }[];
      expect(shown).toHaveLength(1);
      expect(shown[0]!.id).toContain(p.id);
      const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: p.currency });
      expect(shown[0]!.options.title).toBe(`Price alert: now ${price.format(dropped)}.`);
      expect(shown[0]!.options.message).toBe(p.title);
      browser.extension.errors.expectNone();
    } finally {
      await browser.close();
    }
  });
}
