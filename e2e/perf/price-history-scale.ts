/**
 * Figure 9: price history at scale. With a shopper's history of 5,000 watched items × 200 change
 * points (price-history-seed.ts):
 * - the price panel's statistics for one item: the worker's `getPriceView` answer as an extension
 *   page sees it (chrome.runtime.sendMessage round trip), a different item each call;
 * - the popup's first render: src/popup/index.html opened in a tab, from navigation start (the
 *   page's time origin) to the frame after the first watchlist row is in the document;
 * - bytes per change point: navigator.storage.estimate() in the extension's origin after seeding
 *   minus before, over the change points imported (item records and watches are in it too).
 */
import type { Page } from '@playwright/test';
import { atMost, figure, type Measured } from './figures';
import { optInToPriceHistory, seedPriceHistory, type ScaleHistory } from './price-history-seed';
import type { Profile } from './profiles';
import { median, p90, round, sleep, withTimeout } from './stats';

export interface ScaleOptions extends ScaleHistory {
  viewCalls: number;
  popupOpens: number;
  log: (line: string) => void;
}

/** A page of the extension's origin that sends nothing by itself. */
const QUIET_PAGE = 'src/consent/policy.html';

/** The origin's usage once it stops moving (the database reports its growth after writes). */
async function settledUsage(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    if (usage === last) return usage;
    last = usage;
    await sleep(250);
  }
  return last;
}

async function priceViewTimes(page: Page, itemIds: string[], calls: number): Promise<number[]> {
  // Items spread over the whole range, so no answer is a re-read of the previous one.
  const ids = Array.from({ length: calls }, (_, i) => itemIds[(i * 7919) % itemIds.length]!);
  const { times, problem } = await page.evaluate(async (ids) => {
    const times: number[] = [];
    for (const itemId of ids) {
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        type: 'getPriceView',
        payload: {
          itemId,
          variantId: '',
          currency: 'USD',
          range: '3M',
          claim: { original: 99.99, discountPercent: 50 },
        },
      })) as { ok: boolean; value?: { stats: { periods: { all: unknown } } | null } };
      times.push(performance.now() - started);
      if (!reply.ok || !reply.value?.stats?.periods.all)
        return { times, problem: `no statistics for item ${itemId}` };
    }
    return { times, problem: null };
  }, ids);
  if (problem) throw new Error(problem);
  return times;
}

/** Navigation start → the frame after the first watchlist row is in the popup's document. */
async function popupFirstRender(profile: Profile): Promise<{ ms: number; rows: number }> {
  const page = await profile.context.newPage();
  try {
    // (An inline callback: tsx would wrap a named function in a helper the page does not have.)
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="popup-watch-item"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          (window as unknown as { watchlistShownAt: number }).watchlistShownAt = performance.now();
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${profile.extensionId}/src/popup/index.html`);
    const handle = await page.waitForFunction(
      () => (window as unknown as { watchlistShownAt?: number }).watchlistShownAt,
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    const ms = (await handle.jsonValue()) as number;
    const rows = await page.getByTestId('popup-watch-item').count();
    // Every row of a 200-point history has its sparkline: a first render without them is no win.
    const sparklines = await page
      .locator('[data-testid="popup-watch-item"] svg.spark path')
      .count();
    if (sparklines !== rows) throw new Error(`${rows} watchlist rows, ${sparklines} sparklines`);
    return { ms, rows };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function priceHistoryScaleFigures(
  profile: Profile,
  options: ScaleOptions,
): Promise<Measured[]> {
  if (!profile.extensionId) throw new Error('the price history needs the extension profile');
  const changePoints = options.items * options.pointsPerItem;
  await optInToPriceHistory(profile);
  const page = await profile.context.newPage();
  try {
    await page.goto(`chrome-extension://${profile.extensionId}/${QUIET_PAGE}`);
    const before = await settledUsage(page);
    const seeded = await withTimeout(
      'seeding the price history',
      90_000,
      seedPriceHistory(page, options),
    );
    options.log(
      `  seeded ${options.items} items × ${options.pointsPerItem} change points: import ` +
        `${(seeded.importMs / 1000).toFixed(1)} s, watches ${(seeded.watchMs / 1000).toFixed(1)} s`,
    );
    const after = await settledUsage(page);
    const bytesPerPoint = (after - before) / changePoints;

    const views = await priceViewTimes(page, seeded.itemIds, options.viewCalls);
    options.log(`  ${views.length} price views: ${views.map((ms) => ms.toFixed(1)).join(' ')} ms`);

    const renders: { ms: number; rows: number }[] = [];
    for (let i = 0; i < options.popupOpens; i++) {
      renders.push(await popupFirstRender(profile));
      options.log(`  popup ${i + 1}: ${renders[i]!.ms.toFixed(0)} ms, ${renders[i]!.rows} rows`);
    }
    const renderMs = renders.map((r) => r.ms);
    const rows = Math.max(...renders.map((r) => r.rows));

    const scale = `${options.items.toLocaleString('en')} items × ${options.pointsPerItem} points`;
    return [
      figure(
        `Price panel statistics (getPriceView), ${scale}, median of ${views.length}`,
        round(median(views), 1),
        'ms',
        atMost(10),
        `seeding took ${((seeded.importMs + seeded.watchMs) / 1000).toFixed(1)} s ` +
          `(import ${(seeded.importMs / 1000).toFixed(1)} s, watches ${(seeded.watchMs / 1000).toFixed(1)} s)`,
      ),
      figure('Price panel statistics (getPriceView), p90', round(p90(views), 1), 'ms', atMost(10)),
      figure(
        `Popup watchlist first render, ${options.items.toLocaleString('en')} watched, median of ${renders.length}`,
        round(median(renderMs), 0),
        'ms',
        atMost(150),
        `${rows} rows drawn; p90 ${round(p90(renderMs), 0)} ms`,
      ),
      figure(
        'Stored bytes per change point',
        round(bytesPerPoint, 1),
        'B',
        atMost(60),
        `storage.estimate() usage ${(before / 1e6).toFixed(2)} MB before, ` +
          `${(after / 1e6).toFixed(2)} MB after ${changePoints.toLocaleString('en')} change points`,
      ),
    ];
  } finally {
    await page.close().catch(() => undefined);
  }
}
