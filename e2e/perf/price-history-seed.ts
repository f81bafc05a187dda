/**
 * A shopper with a large price history, made the way the extension itself takes one in: the user
 * opts in on the consent page, a price history file is imported through the worker's
 * `importPriceHistory` message (the options page's import), in chunks, and every item is watched
 * through `watchItem` (the price panel's watch button). The files are generated inside an
 * extension page, so tens of megabytes of JSON never cross the DevTools connection.
 *
 * The history is deterministic (a seeded generator): each item has one product-level series in
 * USD of `points` change points, two days apart on average and ending an hour ago, so every
 * statistics period has data; three points in four carry a claimed original price.
 */
import type { Page } from '@playwright/test';
import type { Profile } from './profiles';

export interface ScaleHistory {
  items: number;
  pointsPerItem: number;
  /** Pictures the store serves, shared out among the items. */
  images: string[];
}

export interface SeedResult {
  itemIds: string[];
  importMs: number;
  watchMs: number;
}

/** Items per imported file: a few megabytes of JSON each with 200 points an item. */
const ITEMS_PER_FILE = 250;
/** watchItem messages in flight at once. */
export const WATCHES_IN_FLIGHT = 50;

/** Item ids as AliExpress writes them: 16 digits starting 1005. */
export const scaleItemId = (i: number) => `1005${String(100_000_000_000 + i)}`;

/** Price history and the watchlist: the seed imports histories and watches every item. */
export const optInToPriceHistory = (profile: Profile) =>
  optIn(profile, ['price-history', 'price-alerts']);

/** Ticks the opt-in `features` on the consent page, as a user would, and saves. */
export async function optIn(profile: Profile, features: readonly string[]): Promise<void> {
  const page = await profile.context.newPage();
  try {
    await page.goto(`chrome-extension://${profile.extensionId}/src/consent/index.html`);
    for (const id of features)
      await page.getByTestId(`alikeep-consent-${id}`).check({ timeout: 10_000 });
    await page.getByTestId('alikeep-consent-save').click();
    await page.getByTestId('alikeep-consent-saved').waitFor({ timeout: 10_000 });
  } finally {
    await page.close();
  }
}

/** Imports the history and watches every item, from `page` (an extension page). */
export async function seedPriceHistory(page: Page, history: ScaleHistory): Promise<SeedResult> {
  const itemIds = Array.from({ length: history.items }, (_, i) => scaleItemId(i));
  const importStarted = performance.now();
  for (let from = 0; from < itemIds.length; from += ITEMS_PER_FILE) {
    const ids = itemIds.slice(from, from + ITEMS_PER_FILE);
    const reply = await page.evaluate(importFile, {
      ids,
      first: from,
      points: history.pointsPerItem,
      images: history.images,
      now: Date.now(),
    });
    if (reply.error)
      throw new Error(`importing items ${from}–${from + ids.length}: ${reply.error}`);
    if (reply.points !== ids.length * history.pointsPerItem)
      throw new Error(
        `the import of items ${from}–${from + ids.length} added ${reply.points} change points, ` +
          `not ${ids.length * history.pointsPerItem}`,
      );
  }
  const importMs = performance.now() - importStarted;

  const watchStarted = performance.now();
  const failed = await page.evaluate(watchAll, { ids: itemIds, inFlight: WATCHES_IN_FLIGHT });
  if (failed) throw new Error(`watching the imported items: ${failed}`);
  return { itemIds, importMs, watchMs: performance.now() - watchStarted };
}

/**
 * Runs in the extension page: builds one export file and sends it to the worker. (No named inner
 * functions here or in watchAll: tsx would wrap them in a helper the page does not have.)
 */
async function importFile(input: {
  ids: string[];
  first: number;
  points: number;
  images: string[];
  now: number;
}) {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const lastSeen = input.now - HOUR;
  const items = input.ids.map((itemId, n) => {
    // A linear congruential generator per item: the same history on every run.
    let state = ((input.first + n + 1) * 2_654_435_761) >>> 0;
    const draws = new Float64Array(3 * input.points);
    for (let d = 0; d < draws.length; d++) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      draws[d] = state / 2 ** 32;
    }
    let at = lastSeen - input.points * 2 * DAY;
    let price = 2 + draws[0]! * 200;
    const points: { at: number; price: number; original?: number }[] = [];
    for (let k = 0; k < input.points; k++) {
      price = Math.max(0.5, price * (0.88 + draws[3 * k]! * 0.24));
      let cents = Math.round(price * 100) / 100;
      // A change point is a change: never the same cents twice in a row.
      if (cents === points[k - 1]?.price) cents = Math.round((price += 0.01) * 100) / 100;
      const point: { at: number; price: number; original?: number } = { at, price: cents };
      if (draws[3 * k + 1]! < 0.75)
        point.original = Math.round(cents * (150 + draws[3 * k + 2]! * 100)) / 100;
      points.push(point);
      at += DAY + Math.floor(draws[3 * k + 2]! * 2 * DAY);
      at = Math.min(at, lastSeen - (input.points - k - 1) * HOUR);
    }
    return {
      itemId,
      title: `Scale test item ${input.first + n + 1}: wireless earbuds with charging case`,
      image: input.images[(input.first + n) % input.images.length],
      url: `https://www.aliexpress.com/item/${itemId}.html`,
      site: 'aliexpress',
      series: [{ variantId: '', currency: 'USD', lastSeen, points }],
    };
  });
  const text = JSON.stringify({
    format: 'alikeep-price-history',
    version: 1,
    exportedAt: new Date(input.now).toISOString(),
    items,
  });
  const reply = (await chrome.runtime.sendMessage({
    type: 'importPriceHistory',
    payload: { text },
  })) as
    | { ok: true; value: { ok: true; added: { points: number } } | { ok: false; problem: unknown } }
    | { ok: false; error: { message: string } };
  if (!reply.ok) return { points: 0, error: reply.error.message };
  if (!reply.value.ok) return { points: 0, error: JSON.stringify(reply.value.problem) };
  return { points: reply.value.added.points };
}

/** Runs in the extension page: a 10 % drop watch on every item, a few messages at a time. */
export async function watchAll(input: { ids: string[]; inFlight: number }): Promise<string | null> {
  let next = 0;
  let failure: string | null = null;
  const lanes = Array.from({ length: input.inFlight }, async () => {
    while (next < input.ids.length && !failure) {
      const itemId = input.ids[next++]!;
      const reply = (await chrome.runtime.sendMessage({
        type: 'watchItem',
        payload: {
          itemId,
          variantId: '',
          currency: 'USD',
          rule: { kind: 'drop', percent: 10 },
          alertOnRise: false,
        },
      })) as { ok: boolean; error?: { message: string } };
      if (!reply.ok) failure = `${itemId}: ${reply.error?.message ?? 'no answer'}`;
    }
  });
  await Promise.all(lanes);
  return failure;
}
