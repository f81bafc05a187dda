/**
 * The 200-item recheck cycle: "a 200-item recheck cycle that never exceeds its concurrency limit".
 * A shopper watches `items` items, all due now; most pages carry their price in the served HTML
 * (read by a plain fetch), every `tabEvery`-th renders it client-side (read in a background tab,
 * with background tabs switched on). The bench fires the recheck alarm and waits until every item
 * was attempted, then reports:
 * - items rechecked: watches whose recheck ran during the run (target: all of them);
 * - peak concurrency, twice: as the worker counts it (its `Recheck cycle:` log line per batch) and
 *   as the store sees it (item-page requests answered at the same time; every page is held
 *   `latencyMs`, as a real site takes time, so rechecks that overlap are seen overlapping);
 * - the peak of recheck tabs open at the same time (pages opened in the browser during the run);
 * - the wall time from the first alarm to the last batch's end, and the failed rechecks.
 * The worker takes at most 50 items per alarm and sets its next alarm 30 s later (Chrome's floor);
 * the bench fires it again at once, so the wall time is the work, not the waiting.
 */
import type { Page, Worker } from '@playwright/test';
import { RECHECK_CONCURRENCY } from '../../src/prices/backoff';
import { cloneId, type Store } from '../store/server';
import { CSR_HOST } from '../store/hosts';
import { atMost, exactly, figure, type Measured } from './figures';
import { optIn, watchAll, WATCHES_IN_FLIGHT } from './price-history-seed';
import type { Profile } from './profiles';
import { round, sleep } from './stats';

export interface RecheckCycleOptions {
  items: number;
  /** Every n-th item is client-rendered (the tab route). */
  tabEvery: number;
  /** How long the store holds each item page. */
  latencyMs: number;
  /** The whole run stops waiting after this. */
  budgetMs: number;
  log: (line: string) => void;
}

const ALARM = 'alikeep-recheck';
const TABS_FEATURE = 'background-recheck-tabs';
const QUIET_PAGE = 'src/consent/policy.html';
const isRecheckTab = (u: string) => u.endsWith('#alikeep-recheck');

interface CycleStats {
  checked: number;
  outcomes: Record<string, number>;
  peakConcurrency: number;
  peakTabs: number;
}

/** Runs in the extension page: one price per item, imported as a history file. */
async function importItems(input: {
  items: { itemId: string; url: string; title: string }[];
  price: number;
  now: number;
}) {
  const lastSeen = input.now - 3_600_000;
  const text = JSON.stringify({
    format: 'alikeep-price-history',
    version: 1,
    exportedAt: new Date(input.now).toISOString(),
    items: input.items.map((i) => ({
      ...i,
      site: 'aliexpress',
      series: [
        {
          variantId: '',
          currency: 'USD',
          lastSeen,
          points: [{ at: lastSeen - 86_400_000, price: input.price }],
        },
      ],
    })),
  });
  const reply = (await chrome.runtime.sendMessage({
    type: 'importPriceHistory',
    payload: { text },
  })) as { ok: boolean; value?: { ok: boolean }; error?: { message: string } };
  return reply.ok && reply.value?.ok ? null : JSON.stringify(reply.error ?? reply.value);
}

/** Runs in the worker: every watch due now, in the given order; returns how many it set. */
async function makeAllDue(order: string[]) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('alikeep-prices');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const store = db.transaction('watches', 'readwrite').objectStore('watches');
  let set = 0;
  await Promise.all(
    order.map(
      (itemId, n) =>
        new Promise<void>((resolve, reject) => {
          const get = store.get(itemId);
          get.onsuccess = () => {
            if (!get.result) return resolve();
            const put = store.put({
              ...get.result,
              recheck: { itemId, nextAt: 1 + n, failures: 0, needsVisit: false },
            });
            put.onsuccess = () => {
              set++;
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
          get.onerror = () => reject(get.error);
        }),
    ),
  );
  db.close();
  return set;
}

/** Runs in the worker: watches whose recheck was attempted at or after `since`. */
async function attemptedSince(since: number) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('alikeep-prices');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const all = await new Promise<{ recheck?: { lastAttemptAt?: number } }[]>((resolve, reject) => {
    const r = db.transaction('watches').objectStore('watches').getAll();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  db.close();
  return all.filter((w) => (w.recheck?.lastAttemptAt ?? 0) >= since).length;
}

function extensionWorker(profile: Profile): Worker {
  const worker = profile.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${profile.extensionId}/`));
  if (!worker) throw new Error('the extension has no running service worker');
  return worker;
}

/** Counts the tabs open at once, from the browser's side. */
function watchTabs(profile: Profile) {
  const seen = { open: 0, peak: 0, opened: 0, recheckUrls: 0 };
  const onPage = (page: Page) => {
    seen.opened++;
    seen.open++;
    seen.peak = Math.max(seen.peak, seen.open);
    let marked = false;
    const note = () => {
      if (marked || !isRecheckTab(page.url())) return;
      marked = true;
      seen.recheckUrls++;
    };
    page.on('framenavigated', note);
    page.on('close', () => {
      note();
      seen.open--;
    });
  };
  profile.context.on('page', onPage);
  return { seen, stop: () => profile.context.off('page', onPage) };
}

export async function recheckCycleFigures(
  profile: Profile,
  store: Store,
  options: RecheckCycleOptions,
): Promise<Measured[]> {
  const { items, tabEvery, latencyMs, budgetMs, log } = options;
  const id = profile.extensionId;
  if (!id) throw new Error('the recheck cycle needs the extension profile');
  await optIn(profile, ['price-history', 'price-alerts', 'background-recheck', TABS_FEATURE]);

  const template = store.catalog.module;
  const list = Array.from({ length: items }, (_, n) => {
    const itemId = cloneId('module', n);
    const host = (n + 1) % tabEvery === 0 ? CSR_HOST : template.host;
    return { itemId, url: `https://${host}/item/${itemId}.html`, title: `Recheck item ${n + 1}` };
  });
  const tabItems = list.filter((i) => i.url.includes(CSR_HOST)).length;
  const page = await profile.context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/${QUIET_PAGE}`);
    // The store's price is lower than the one on record: every good recheck records a change.
    const problem = await page.evaluate(importItems, {
      items: list,
      price: round(store.price('module').current + 1),
      now: Date.now(),
    });
    if (problem) throw new Error(`importing the watched items: ${problem}`);
    const failed = await page.evaluate(watchAll, {
      ids: list.map((i) => i.itemId),
      inFlight: WATCHES_IN_FLIGHT,
    });
    if (failed) throw new Error(`watching the items: ${failed}`);
  } finally {
    await page.close();
  }
  log(`  ${items} items watched (${tabItems} client-rendered); rechecking them`);

  const cycles: CycleStats[] = [];
  const listen = (worker: Worker) =>
    worker.on('console', (message) => {
      const m = /Recheck cycle: (\{.*\})$/.exec(message.text());
      if (m?.[1]) cycles.push(JSON.parse(m[1]) as CycleStats);
    });
  listen(extensionWorker(profile));
  profile.context.on('serviceworker', listen);
  const pages = `/item/${cloneId('module', 0).slice(0, 8)}`;
  store.setFault(pages, { delayMs: latencyMs });
  const tabs = watchTabs(profile);
  try {
    const set = await extensionWorker(profile).evaluate(
      makeAllDue,
      list.map((i) => i.itemId),
    );
    if (set !== items) throw new Error(`only ${set} of ${items} watches could be made due`);
    store.resetItemPagePeak();
    const started = Date.now();
    const fire = () =>
      extensionWorker(profile).evaluate(
        (name) => chrome.alarms.create(name, { when: Date.now() + 100 }),
        ALARM,
      );
    await fire();
    let attempted = 0;
    let batches = 0;
    while (Date.now() - started < budgetMs) {
      await sleep(250);
      if (cycles.length === batches) continue;
      batches = cycles.length;
      attempted = await extensionWorker(profile).evaluate(attemptedSince, started);
      if (attempted >= items) break;
      await fire();
    }
    const wallMs = Date.now() - started;
    const ended = cycles.reduce((n, c) => n + c.checked, 0);
    if (attempted < items)
      log(`  only ${attempted} of ${items} items were rechecked within ${budgetMs / 1000} s`);
    // The last tab closes just after its batch ends.
    for (let i = 0; i < 20 && tabs.seen.open > 0; i++) await sleep(100);
    const outcomes = (name: string) => cycles.reduce((n, c) => n + (c.outcomes[name] ?? 0), 0);
    const failures = ['captcha', 'blocked', 'error', 'tabs-off'].reduce(
      (n, o) => n + outcomes(o),
      0,
    );
    const name = `Recheck cycle, ${items} items due`;
    return [
      figure(`${name}: items rechecked`, attempted, 'items', exactly(items)),
      figure(
        `${name}: most rechecks at once (worker)`,
        Math.max(0, ...cycles.map((c) => c.peakConcurrency)),
        'rechecks',
        atMost(RECHECK_CONCURRENCY),
      ),
      figure(
        `${name}: most item pages requested at once (store)`,
        store.itemPagesInFlight().peak,
        'requests',
        atMost(RECHECK_CONCURRENCY),
      ),
      figure(
        `${name}: most recheck tabs open at once`,
        tabs.seen.peak,
        'tabs',
        atMost(1),
        `${tabs.seen.opened} tabs opened (${tabs.seen.recheckUrls} at a recheck address) for ${tabItems} client-rendered items; worker count ${Math.max(0, ...cycles.map((c) => c.peakTabs))}`,
      ),
      figure(
        `${name}: wall time`,
        round(wallMs / 1000, 1),
        's',
        undefined,
        `${batches} batches (${ended} rechecks logged), every item page held ${latencyMs} ms; the alarm fired again at once after each batch`,
      ),
      figure(`${name}: failed rechecks`, failures, 'items', exactly(0)),
    ];
  } finally {
    tabs.stop();
    profile.context.off('serviceworker', listen);
    store.clearFault(pages);
  }
}
