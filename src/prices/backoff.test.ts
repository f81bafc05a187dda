import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterRecheck,
  afterVisit,
  backoffDelay,
  canRecheck,
  DEFAULT_RECHECK_POLICY as P,
  dueOnceTabsAllowed,
  dueRechecks,
  firstRecheck,
  nextAlarmAt,
  readOnVisit,
  recheckPolicy,
  type RecheckOutcome,
  type RecheckState,
} from './backoff';
import { HOUR_MS } from './time';

const T0 = Date.UTC(2025, 0, 1);
const middle = () => 0.5; // no jitter
const low = () => 0;
const high = () => 0.999999;

describe('recheck scheduling', () => {
  it('rechecks every 12 hours by default, spread by ±10 % jitter', () => {
    const s = firstRecheck('1', T0, middle);
    const ok = afterRecheck(s, 'ok', T0, middle);
    expect(ok.nextAt - T0).toBe(12 * HOUR_MS);
    expect(afterRecheck(s, 'ok', T0, low).nextAt - T0).toBe(10.8 * HOUR_MS);
    expect(afterRecheck(s, 'ok', T0, high).nextAt - T0).toBeCloseTo(13.2 * HOUR_MS, -2);
  });

  it('spreads the first recheck of new watches between one hour and one interval', () => {
    expect(firstRecheck('1', T0, low).nextAt).toBe(T0 + HOUR_MS);
    expect(firstRecheck('1', T0, high).nextAt).toBeCloseTo(T0 + 12 * HOUR_MS, -2);
  });

  it('backs off exponentially on captcha, block or error, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => backoffDelay(n) / HOUR_MS)).toEqual([
      1, 2, 4, 8, 16, 24, 24,
    ]);
    let s = firstRecheck('1', T0, middle);
    const delays: number[] = [];
    for (const outcome of ['captcha', 'blocked', 'error'] as const) {
      s = afterRecheck(s, outcome, T0, middle);
      delays.push((s.nextAt - T0) / HOUR_MS);
    }
    expect(delays).toEqual([1, 2, 4]);
    expect(s).toMatchObject({ failures: 3, lastOutcome: 'error', needsVisit: false });
  });

  it('needs a visit after N failures, and a good reading or a visit clears it', () => {
    let s = firstRecheck('1', T0, middle);
    for (let i = 0; i < P.maxFailures; i += 1) s = afterRecheck(s, 'captcha', T0 + i, middle);
    expect(s.needsVisit).toBe(true);
    expect(s.nextAt).toBeGreaterThan(T0); // still tried now and then, never an invented price
    expect(afterRecheck(s, 'ok', T0 + 10, middle)).toMatchObject({
      failures: 0,
      needsVisit: false,
    });
    expect(afterVisit(s, T0 + 10, middle)).toMatchObject({
      failures: 0,
      needsVisit: false,
      lastOutcome: 'ok',
    });
  });

  it('never schedules an item sooner than an hour, whatever the policy or the randomness', () => {
    const outcomes = fc.constantFrom<RecheckOutcome>(
      'ok',
      'captcha',
      'blocked',
      'error',
      'tabs-off',
    );
    const policy = fc.record({
      intervalMs: fc.integer({ min: 0, max: 48 * HOUR_MS }),
      minIntervalMs: fc.integer({ min: 0, max: 2 * HOUR_MS }),
      jitter: fc.double({ min: -1, max: 2, noNaN: true }),
      backoffBaseMs: fc.integer({ min: 0, max: 4 * HOUR_MS }),
      backoffCapMs: fc.integer({ min: 0, max: 48 * HOUR_MS }),
    });
    fc.assert(
      fc.property(
        policy,
        fc.array(fc.tuple(outcomes, fc.double({ min: 0, max: 1, noNaN: true }))),
        (o, steps) => {
          const p = recheckPolicy(o);
          let s = firstRecheck('1', T0, () => 0, p);
          let now = T0;
          expect(s.nextAt - now).toBeGreaterThanOrEqual(HOUR_MS);
          for (const [outcome, r] of steps) {
            now = s.nextAt;
            s = afterRecheck(s, outcome, now, () => r, p);
            expect(s.nextAt - now).toBeGreaterThanOrEqual(HOUR_MS);
          }
        },
      ),
    );
  });

  it('lets a manual recheck through only after an hour', () => {
    const s = afterRecheck(firstRecheck('1', T0, middle), 'ok', T0, middle);
    expect(canRecheck(s, T0 + HOUR_MS - 1)).toBe(false);
    expect(canRecheck(s, T0 + HOUR_MS)).toBe(true);
    expect(canRecheck(firstRecheck('1', T0, middle), T0)).toBe(true);
  });

  it('picks the most overdue items up to the limit, and the next alarm time', () => {
    const states: RecheckState[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
      itemId: id,
      nextAt: T0 + (i - 2) * HOUR_MS,
      failures: 0,
      needsVisit: false,
    }));
    expect(dueRechecks(states, T0, 2).map((s) => s.itemId)).toEqual(['a', 'b']);
    expect(dueRechecks(states, T0, 10).map((s) => s.itemId)).toEqual(['a', 'b', 'c']);
    expect(nextAlarmAt(states)).toBe(T0 - 2 * HOUR_MS);
    expect(nextAlarmAt([])).toBeUndefined();
  });

  it('a page that needs a tab while tabs are off is no failure: its price waits for a visit', () => {
    let s = firstRecheck('1', T0, middle);
    s = afterRecheck(s, 'captcha', T0, middle);
    s = afterRecheck(s, 'tabs-off', T0 + HOUR_MS, middle);
    expect(s).toMatchObject({ failures: 0, needsVisit: false, lastOutcome: 'tabs-off' });
    expect(s.nextAt - (T0 + HOUR_MS)).toBe(12 * HOUR_MS); // the usual interval, not a backoff
    expect(readOnVisit(s)).toBe(true);
    // However often it happens, it never turns into "needs a visit".
    for (let i = 2; i < 20; i += 1) s = afterRecheck(s, 'tabs-off', T0 + i * HOUR_MS, middle);
    expect(s.needsVisit).toBe(false);
    // A visit (or a tab, once allowed) reads the price and clears it.
    expect(readOnVisit(afterVisit(s, T0 + 30 * HOUR_MS, middle))).toBe(false);
    expect(readOnVisit(afterRecheck(s, 'ok', T0 + 30 * HOUR_MS, middle))).toBe(false);
    expect(readOnVisit(firstRecheck('1', T0, middle))).toBe(false);
  });

  it('switching background tabs on makes waiting items due at once, within the hourly floor', () => {
    const waiting = afterRecheck(firstRecheck('1', T0, middle), 'tabs-off', T0, middle);
    expect(dueOnceTabsAllowed(waiting, T0 + 10).nextAt).toBe(T0 + HOUR_MS);
    expect(dueOnceTabsAllowed(waiting, T0 + 3 * HOUR_MS).nextAt).toBe(T0 + 3 * HOUR_MS);
    // Items that do not wait for a tab keep their schedule (the same object: nothing to store).
    const fine = afterRecheck(firstRecheck('2', T0, middle), 'ok', T0, middle);
    expect(dueOnceTabsAllowed(fine, T0 + 3 * HOUR_MS)).toBe(fine);
    // An item already due sooner is not pushed later.
    const soon = { ...waiting, nextAt: T0 + 2 * HOUR_MS };
    expect(dueOnceTabsAllowed(soon, T0 + 3 * HOUR_MS)).toBe(soon);
  });
});
