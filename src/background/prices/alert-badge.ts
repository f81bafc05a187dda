/**
 * The toolbar badge counts the watched items whose price alert the user has not seen yet. The mark
 * lives on the watch (the watchlist's own record, `alertUnseenAt`, indexed), so the count survives
 * the worker and the browser restarting and never reads every watch; opening the popup marks
 * everything seen.
 */
import type { PriceDb } from '../../prices/price-db';
import { browser } from '../../shared/browser';

export async function showAlertBadge(db: PriceDb): Promise<number> {
  const unseen = await db.countUnseenAlerts();
  await browser.action.setBadgeText({ text: unseen > 0 ? String(unseen) : '' });
  if (unseen > 0) await browser.action.setBadgeBackgroundColor({ color: '#e8390e' });
  return unseen;
}

export async function markAlertUnseen(db: PriceDb, itemId: string, at = Date.now()): Promise<void> {
  await db.updateWatch(itemId, (w) => (w ? { ...w, alertUnseenAt: at } : w));
  await showAlertBadge(db);
}

export async function markAlertsSeen(db: PriceDb): Promise<void> {
  await db.markAlertsSeen();
  await showAlertBadge(db);
}
