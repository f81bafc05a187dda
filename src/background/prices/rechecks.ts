/**
 * Background rechecks of watched prices (the opt-in "background-recheck" feature). One alarm wakes
 * the worker when the earliest recheck is due; each cycle takes the due items, most overdue first,
 * reads each page with a plain fetch where its HTML carries the price, and schedules the next
 * recheck with the pure rules of src/prices/backoff.ts. A page that renders its price itself is
 * read in one short-lived inactive tab at a time (our item-page script reports the price there, as
 * on any visit) only when the user switched that route on too ("background-recheck-tabs");
 * otherwise its price waits for the user's next visit, and the popup says so. Captcha, block or
 * error: back off, and after repeated failures the popup says the item needs a visit. A price is
 * only ever recorded from a page that showed it.
 */
import { parseItemUrl } from '../../extract/item-url';

import type { Watch } from '../../prices/alert-rules';
import {
  afterRecheck,
  afterVisit,
  dueOnceTabsAllowed,
  dueRechecks,
  firstRecheck,
  nextAlarmAt,
  readOnVisit,
  RECHECK_CONCURRENCY,
  type RecheckOutcome,
  type RecheckState,
} from '../../prices/backoff';
import type { PriceDb } from '../../prices/price-db';
import { readRecheckPage, recheckStep } from '../../prices/recheck-page';
import { featureEnabled } from '../../consent/consent-state';
import { browser } from '../../shared/browser';
import { log } from '../../shared/log';
import { native } from '../../shared/native';
import { sendToTab } from '../../shared/messaging';
import { recordProduct } from './price-service';
import { readCappedText } from '../capped-text';

export const RECHECK_ALARM = 'alikeep-recheck';
/** Items taken per cycle; the rest are due again at once and the alarm comes back for them. */
const CYCLE_LIMIT = 50;
const FETCH_TIMEOUT_MS = 20_000;
const TAB_TIMEOUT_MS = 45_000;
/** The alarm never fires sooner than this from now (Chrome's floor for packed extensions). */
const ALARM_FLOOR_MS = 30_000;

export interface RecheckStats {
  checked: number;
  outcomes: Record<RecheckOutcome, number>;
  /** Most rechecks that ran at the same time in this cycle. */
  peakConcurrency: number;
  /** Most recheck tabs open at the same time in this cycle. */
  peakTabs: number;
}

let cycle: Promise<RecheckStats> | null = null;

/** Tabs opened for a recheck, resolved when their item-page script reports the prices. */
const waitingTabs = new Map<number, (recorded: boolean) => void>();

/**
 * Called by the recordPrices handler. A recheck tab has done its job; any other page that showed
 * the price is the visit a "needs a visit" or "read on your next visit" item was waiting for.
 */
export async function notePageRecorded(
  db: PriceDb,
  tabId: number | undefined,
  itemId: string,
  recorded: boolean,
): Promise<void> {
  const waiting = tabId === undefined ? undefined : waitingTabs.get(tabId);
  if (waiting) return waiting(recorded);
  if (!recorded) return;
  const waitsForVisit = (s: RecheckState | undefined) =>
    s !== undefined && (s.needsVisit || s.failures > 0 || readOnVisit(s));
  if (!waitsForVisit((await db.getWatch(itemId))?.recheck)) return;
  await db.updateWatch(itemId, (w) =>
    w?.recheck && waitsForVisit(w.recheck)
      ? { ...w, recheck: afterVisit(w.recheck, Date.now(), Math.random) }
      : w,
  );
}

async function enabled(): Promise<boolean> {
  return (await featureEnabled('background-recheck')) && (await featureEnabled('price-history'));
}

/** The tab route is its own opt-in, on top of background rechecks. */
export const tabsAllowed = () => featureEnabled('background-recheck-tabs');

/** Gives every watch a schedule, and sets the one alarm for the earliest due recheck. */
export async function scheduleRechecks(db: PriceDb, now = Date.now()): Promise<number | undefined> {
  // An optional permission: the namespace exists only once it is granted.
  const api = native?.alarms as typeof chrome.alarms | undefined;
  if (!(await enabled())) {
    await api?.clear(RECHECK_ALARM);
    return undefined;
  }
  const tabs = await tabsAllowed();
  const states: RecheckState[] = [];
  for (const watch of await db.listWatches()) {
    if (watch.recheck) {
      const due = tabs ? dueOnceTabsAllowed(watch.recheck, now) : watch.recheck;
      if (due !== watch.recheck) {
        await db.updateWatch(watch.itemId, (w) =>
          w?.recheck ? { ...w, recheck: dueOnceTabsAllowed(w.recheck, now) } : w,
        );
      }
      states.push(due);
      continue;
    }
    const first = firstRecheck(watch.itemId, now, Math.random);
    await db.updateWatch(watch.itemId, (w) => (w ? { ...w, recheck: w.recheck ?? first } : w));
    states.push(first);
  }
  const at = nextAlarmAt(states);
  if (!api) return at;
  if (at === undefined) await api.clear(RECHECK_ALARM);
  else await api.create(RECHECK_ALARM, { when: Math.max(at, now + ALARM_FLOOR_MS) });
  return at;
}

/** The most of an item page a recheck reads. */
const MAX_PAGE_BYTES = 5_000_000;

const isAliexpressPage = (url: string) =>
  parseItemUrl(url)?.site === 'aliexpress' && url.startsWith('https://');

async function recheckByFetch(watch: Watch, url: string): Promise<RecheckOutcome | 'open-tab'> {
  // Only AliExpress item pages, as the policy declares: a stored URL is never trusted blindly.
  if (!isAliexpressPage(url)) return 'error';
  let response: Response;
  try {
    // policy-hosts: item-page-recheck
    response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    log.info('Recheck fetch failed:', error instanceof Error ? error.message : error);
    return 'error';
  }
  // The first 5 MB are read; a larger page is neither downloaded further nor held in memory.
  const html = response.ok ? (await readCappedText(response, MAX_PAGE_BYTES)).text : '';
  const read = readRecheckPage(response.status, html, response.url || url, watch.itemId);
  if (read.kind === 'error') log.info('Recheck could not read the page:', read.message);
  const step = recheckStep(read, await tabsAllowed());
  if (step.kind === 'record') {
    const result = await recordProduct(step.product);
    return result.recorded ? 'ok' : 'error';
  }
  return step.kind === 'open-tab' ? 'open-tab' : step.outcome;
}

let tabQueue: Promise<unknown> = Promise.resolve();

/** Marks the tabs this module opens (a fragment never reaches the server). */
const RECHECK_FRAGMENT = '#alikeep-recheck';

/**
 * A worker stopped while a recheck tab was open cannot wait for it any more: the next worker closes
 * such tabs when it starts (the item is still due, so its recheck runs again).
 */
export async function closeLeftoverRecheckTabs(): Promise<number> {
  const matches = [
    ...new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? [])),
  ];
  if (matches.length === 0) return 0;
  const tabs = await browser.tabs.query({ url: matches });
  const leftovers = tabs.filter(
    (t) => t.id !== undefined && t.url?.endsWith(RECHECK_FRAGMENT) && !waitingTabs.has(t.id),
  );
  await Promise.all(leftovers.map((t) => browser.tabs.remove(t.id!).catch(() => undefined)));
  return leftovers.length;
}

/** Opens the page in an inactive tab, waits for its item-page script's report, closes the tab. */
function recheckInTab(url: string, stats: RecheckStats): Promise<RecheckOutcome> {
  const run = async (): Promise<RecheckOutcome> => {
    // The user may have switched the route off while this item waited for its turn.
    if (!(await tabsAllowed())) return 'tabs-off';
    if (!isAliexpressPage(url)) return 'error';
    let tabId: number | undefined;
    try {
      // policy-hosts: item-page-recheck-tab
      const tab = await browser.tabs.create({ url: url + RECHECK_FRAGMENT, active: false });
      tabId = tab.id;
      if (tabId === undefined) return 'error';
      const id = tabId;
      stats.peakTabs = Math.max(stats.peakTabs, waitingTabs.size + 1);
      const recorded = await new Promise<boolean | 'timeout'>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), TAB_TIMEOUT_MS);
        waitingTabs.set(id, (ok) => {
          clearTimeout(timer);
          resolve(ok);
        });
      });
      if (recorded === true) return 'ok';
      // No price came: ask the page what it saw (a captcha, a removed item…).
      const status = await sendToTab(id, 'getPageStatus');
      const failure = status.ok ? status.value.failure : null;
      return failure?.reason === 'no-product-data' ? 'captcha' : 'error';
    } catch (error) {
      log.info('Recheck tab failed:', error instanceof Error ? error.message : error);
      return 'error';
    } finally {
      if (tabId !== undefined) {
        waitingTabs.delete(tabId);
        await browser.tabs.remove(tabId).catch(() => undefined);
      }
    }
  };
  const next = tabQueue.then(run, run);
  tabQueue = next.catch(() => undefined);
  return next;
}

async function recheckOne(db: PriceDb, watch: Watch, stats: RecheckStats): Promise<RecheckOutcome> {
  const url = (await db.getItem(watch.itemId))?.url;
  if (!url) return 'error';
  const byFetch = await recheckByFetch(watch, url);
  return byFetch === 'open-tab' ? recheckInTab(url, stats) : byFetch;
}

/** One cycle: the due items, at most RECHECK_CONCURRENCY at a time; then the next alarm. */
export function runRecheckCycle(db: PriceDb, now = Date.now()): Promise<RecheckStats> {
  cycle ??= (async () => {
    const stats: RecheckStats = {
      checked: 0,
      outcomes: { ok: 0, captcha: 0, blocked: 0, error: 0, 'tabs-off': 0 },
      peakConcurrency: 0,
      peakTabs: 0,
    };
    try {
      if (!(await enabled())) return stats;
      await scheduleRechecks(db, now);
      const watches = new Map((await db.listWatches()).map((w) => [w.itemId, w]));
      const states = [...watches.values()].flatMap((w) => (w.recheck ? [w.recheck] : []));
      const queue = dueRechecks(states, now, CYCLE_LIMIT);
      let running = 0;
      const worker = async () => {
        for (let state = queue.shift(); state; state = queue.shift()) {
          const watch = watches.get(state.itemId);
          if (!watch) continue;
          running++;
          stats.peakConcurrency = Math.max(stats.peakConcurrency, running);
          let outcome: RecheckOutcome = 'error';
          try {
            outcome = await recheckOne(db, watch, stats);
          } finally {
            running--;
          }
          stats.checked++;
          stats.outcomes[outcome]++;
          const current = state;
          // The watch may have changed meanwhile (an alert, the user): only the schedule is ours.
          await db.updateWatch(watch.itemId, (w) =>
            w
              ? {
                  ...w,
                  recheck: afterRecheck(w.recheck ?? current, outcome, Date.now(), Math.random),
                }
              : w,
          );
        }
      };
      await Promise.all(Array.from({ length: RECHECK_CONCURRENCY }, worker));
      await scheduleRechecks(db);
      // One line per cycle: what a developer (and the performance bench) reads to see how it went.
      if (stats.checked > 0) log.info('Recheck cycle:', JSON.stringify(stats));
      return stats;
    } finally {
      cycle = null;
    }
  })();
  return cycle;
}
