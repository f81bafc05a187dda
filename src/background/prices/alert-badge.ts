/**
 * The toolbar badge counts the watched items whose price alert the user has not seen yet. The flag
 * lives on the watch (the watchlist's own record), so the count survives the worker and the browser
 * restarting; opening the popup marks everything seen.
 */
import type { PriceDb } from '../../prices/price-db';
import { browser } from '../../shared/browser';

export async function showAlertBadge(db: PriceDb): Promise<number> {
  const unseen = (await db.listWatches()).filter((w) => w.alertUnseen).length;
  await browser.action.setBadgeText({ text: unseen > 0 ? String(unseen) : '' });
  if (unseen > 0) await browser.action.setBadgeBackgroundColor({ color: '#e8390e' });
  return unseen;
}

export async function markAlertUnseen(db: PriceDb, itemId: string): Promise<void> {
  await db.updateWatch(itemId, (w) => (w ? { ...w, alertUnseen: true } : w));
  await showAlertBadge(db);
}

export async function markAlertsSeen(db: PriceDb): Promise<void> {
  for (const w of await db.listWatches()) {
    if (w.alertUnseen)
      await db.updateWatch(w.itemId, (x) => (x ? { ...x, alertUnseen: false } : x));
  }
  await showAlertBadge(db);
}
