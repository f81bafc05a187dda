/**
 * Browser notifications for price alerts, only when the user turned alerts on and granted the
 * optional notifications permission; otherwise the alert shows in the page's panel alone.
 */
import { featureEnabled } from '../../consent/consent-state';
import { formatPrice } from '../../shared/format-price';
import { t } from '../../shared/i18n';
import type { PriceDb } from '../../prices/price-db';

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
