/**
 * Browser notifications for price alerts, only when the user turned alerts on and granted the
 * optional notifications permission; otherwise the alert shows on the badge and in the page's panel.
 *
 * Asking: Chrome shows its permission prompt only for a click in an extension page, and a content
 * script cannot ask at all. So the price panel's offer (after a watch is set) asks the worker to open
 * a small window of ours (src/consent/notifications.html) whose button asks; the popup asks itself.
 */
import { featureEnabled } from '../../consent/consent-state';
import { hasOptionalPermission, inManifest } from '../../consent/optional-permissions';
import type { Settings } from '../../settings/defaults';
import { browser } from '../../shared/browser';
import { formatPrice } from '../../shared/format-price';
import { t } from '../../shared/i18n';
import type { PriceDb } from '../../prices/price-db';

/** The page the panel's offer opens; it holds one "Allow notifications" button. */
export const NOTIFICATION_PROMPT_PAGE = 'src/consent/notifications.html';

/**
 * Offer notifications: this build can ask for them, alerts are on, the user has not said
 * "No thanks", and they are not allowed yet.
 */
export async function notificationOffer(values: Settings): Promise<boolean> {
  if (!values.offerNotifications || inManifest(['notifications']).length === 0) return false;
  if (!(await featureEnabled('price-alerts'))) return false;
  return !(await hasOptionalPermission('notifications'));
}

/** Opens the small window whose button asks for the permission (a click there is a user gesture). */
export async function openNotificationPrompt(): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL(NOTIFICATION_PROMPT_PAGE),
    type: 'popup',
    width: 420,
    height: 320,
    focused: true,
  });
}

const NOTIFICATION_PREFIX = 'alikeep-alert-';

/** A click on an alert opens the item's page and dismisses the alert. */
export async function openAlertedItem(db: PriceDb, notificationId: string): Promise<void> {
  const itemId = new RegExp(`^${NOTIFICATION_PREFIX}(\\d{1,20})-\\d+$`).exec(notificationId)?.[1];
  if (!itemId) return;
  const url = (await db.getItem(itemId))?.url;
  if (url) await chrome.tabs.create({ url, active: true });
  await chrome.notifications.clear(notificationId);
}

export async function notifyAlert(alert: {
  itemId: string;
  title?: string;
  price: number;
  currency: string;
}): Promise<boolean> {
  if (!(await featureEnabled('price-alerts'))) return false;
  const granted = await chrome.permissions.contains({ permissions: ['notifications'] });
  if (!granted) return false;
  await chrome.notifications.create(`${NOTIFICATION_PREFIX}${alert.itemId}-${Date.now()}`, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title: t('priceAlertReached', formatPrice(alert.price, alert.currency)),
    message: alert.title ?? alert.itemId,
  });
  return true;
}
