/**
 * When to recheck each watched item in the background: every 12 hours by default, never
 * more often than hourly per item, spread with jitter so rechecks do not arrive in bursts, with
 * exponential backoff after a captcha, a block or an error, and a visible "needs a visit" state after
 * repeated failures (we never invent a price). Pure: randomness and time are passed in; the service
 * worker keeps these records in IndexedDB or storage.session and sets one alarm for `nextAlarmAt`.
 */
import { HOUR_MS } from './time';

/**
 * How one recheck went. `tabs-off`: the page answered, but shows its price only in a browser tab,
 * and the user has not switched background tabs on. Not a failure: nothing is wrong with the page,
 * and its price is read when the user next opens it.
 */
export type RecheckOutcome = 'ok' | 'captcha' | 'blocked' | 'error' | 'tabs-off';

export interface RecheckPolicy {
  intervalMs: number;
  /** The floor for every delay, whatever the interval, jitter or caller asks. */
  minIntervalMs: number;
  /** ± this fraction of each delay. */
  jitter: number;
  /** The first delay after a failure; it doubles with each further failure… */
  backoffBaseMs: number;
  /** …up to this. */
  backoffCapMs: number;
  /** Consecutive failures after which the item "needs a visit". */
  maxFailures: number;
}

/** Items rechecked at once in a cycle; of those, one at a time in a tab. */
export const RECHECK_CONCURRENCY = 2;

export const DEFAULT_RECHECK_POLICY: RecheckPolicy = {
  intervalMs: 12 * HOUR_MS,
  minIntervalMs: HOUR_MS,
  jitter: 0.1,
  backoffBaseMs: HOUR_MS,
  backoffCapMs: 24 * HOUR_MS,
  maxFailures: 5,
};

export interface RecheckState {
  itemId: string;
  nextAt: number;
  /** Consecutive failures since the last good reading. */
  failures: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  lastOutcome?: RecheckOutcome;
  /** Rechecks keep failing: the popup asks the user to open the item (which also solves a captcha). */
  needsVisit: boolean;
}

/** Its price waits for the user's next visit (or for background tabs to be switched on). */
export const readOnVisit = (state: RecheckState | undefined): boolean =>
  state?.lastOutcome === 'tabs-off';

/** Returns a number in [0, 1), like Math.random. */
export type Random = () => number;

/** A policy from user settings, with the hourly floor enforced. */
export function recheckPolicy(overrides: Partial<RecheckPolicy> = {}): RecheckPolicy {
  const p = { ...DEFAULT_RECHECK_POLICY, ...overrides };
  const minIntervalMs = Math.max(HOUR_MS, p.minIntervalMs);
  return {
    ...p,
    minIntervalMs,
    intervalMs: Math.max(minIntervalMs, p.intervalMs),
    jitter: Math.min(0.5, Math.max(0, p.jitter)),
    backoffCapMs: Math.max(minIntervalMs, p.backoffCapMs),
    maxFailures: Math.max(1, Math.floor(p.maxFailures)),
  };
}

const unit = (random: Random) => Math.min(Math.max(random(), 0), 1 - Number.EPSILON);

function jittered(delay: number, random: Random, policy: RecheckPolicy): number {
  const spread = delay * policy.jitter * (2 * unit(random) - 1);
  return Math.max(policy.minIntervalMs, Math.round(delay + spread));
}

/**
 * The first recheck of a newly watched item: the user just saw the price, so anywhere between the
 * floor and one interval from now, which also spreads items watched together.
 */
export function firstRecheck(
  itemId: string,
  now: number,
  random: Random,
  policy: RecheckPolicy = DEFAULT_RECHECK_POLICY,
): RecheckState {
  const span = policy.intervalMs - policy.minIntervalMs;
  return {
    itemId,
    nextAt: now + policy.minIntervalMs + Math.round(span * unit(random)),
    failures: 0,
    needsVisit: false,
  };
}

/** The backoff delay after `failures` consecutive failures, before jitter. */
export function backoffDelay(failures: number, policy: RecheckPolicy = DEFAULT_RECHECK_POLICY) {
  const doubled = policy.backoffBaseMs * 2 ** Math.max(0, failures - 1);
  return Math.min(policy.backoffCapMs, doubled);
}

/** The state after a recheck attempt finished with `outcome`. */
export function afterRecheck(
  state: RecheckState,
  outcome: RecheckOutcome,
  now: number,
  random: Random,
  policy: RecheckPolicy = DEFAULT_RECHECK_POLICY,
): RecheckState {
  if (outcome === 'tabs-off') {
    // The page is reachable and nothing failed; a plain fetch may find the price again later
    // (pages change format), so the usual interval, not a backoff.
    return {
      ...state,
      nextAt: now + jittered(policy.intervalMs, random, policy),
      failures: 0,
      lastAttemptAt: now,
      lastOutcome: 'tabs-off',
      needsVisit: false,
    };
  }
  if (outcome === 'ok') {
    return {
      itemId: state.itemId,
      nextAt: now + jittered(policy.intervalMs, random, policy),
      failures: 0,
      lastAttemptAt: now,
      lastSuccessAt: now,
      lastOutcome: 'ok',
      needsVisit: false,
    };
  }
  const failures = state.failures + 1;
  return {
    ...state,
    nextAt: now + jittered(backoffDelay(failures, policy), random, policy),
    failures,
    lastAttemptAt: now,
    lastOutcome: outcome,
    needsVisit: failures >= policy.maxFailures,
  };
}

/** The user opened the item and the page reader got a price: as good as a successful recheck. */
export function afterVisit(
  state: RecheckState,
  now: number,
  random: Random,
  policy: RecheckPolicy = DEFAULT_RECHECK_POLICY,
): RecheckState {
  return afterRecheck(state, 'ok', now, random, policy);
}

/**
 * Background tabs were just switched on: an item whose price waited for them is due as soon as the
 * hourly floor allows, instead of at the end of its interval. Other items keep their schedule.
 */
export function dueOnceTabsAllowed(
  state: RecheckState,
  now: number,
  policy: RecheckPolicy = DEFAULT_RECHECK_POLICY,
): RecheckState {
  if (!readOnVisit(state)) return state;
  const floor = (state.lastAttemptAt ?? now) + policy.minIntervalMs;
  const nextAt = Math.min(state.nextAt, Math.max(now, floor));
  return nextAt === state.nextAt ? state : { ...state, nextAt };
}

/** The hourly floor, also for rechecks the user asks for. */
export function canRecheck(
  state: RecheckState,
  now: number,
  policy: RecheckPolicy = DEFAULT_RECHECK_POLICY,
): boolean {
  return state.lastAttemptAt === undefined || now - state.lastAttemptAt >= policy.minIntervalMs;
}

/** Items due now, most overdue first, at most `limit` (the caller's concurrency or batch size). */
export function dueRechecks(
  states: readonly RecheckState[],
  now: number,
  limit: number,
  policy: RecheckPolicy = DEFAULT_RECHECK_POLICY,
): RecheckState[] {
  return states
    .filter((s) => s.nextAt <= now && canRecheck(s, now, policy))
    .sort((a, b) => a.nextAt - b.nextAt)
    .slice(0, Math.max(0, limit));
}

/** When the single recheck alarm should next fire, or undefined with nothing to recheck. */
export function nextAlarmAt(states: readonly RecheckState[]): number | undefined {
  let next: number | undefined;
  for (const s of states) if (next === undefined || s.nextAt < next) next = s.nextAt;
  return next;
}
