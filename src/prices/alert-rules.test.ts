import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeSinceWatched,
  createWatch,
  dropThreshold,
  evaluateWatch,
  REARM_MARGIN,
  type PriceAlert,
  type Watch,
  type WatchInput,
} from './alert-rules';

const T0 = Date.UTC(2025, 0, 1);
const input: WatchInput = { itemId: '1', currency: 'EUR', rule: { kind: 'target', price: 9 } };

function watchOf(over: Partial<WatchInput> = {}, price = 10): Watch {
  const made = createWatch({ ...input, ...over }, { price, at: T0 });
  if (!made.ok) throw new Error(made.reason);
  return made.watch;
}

/** Feeds prices one hour apart; returns every alert and the final watch. */
function feed(watch: Watch, prices: number[]): { alerts: PriceAlert[]; watch: Watch } {
  const alerts: PriceAlert[] = [];
  let w = watch;
  prices.forEach((price, i) => {
    const out = evaluateWatch(w, {
      variantId: w.variantId,
      currency: w.currency,
      price,
      at: T0 + (i + 1) * 3_600_000,
    });
    alerts.push(...out.alerts);
    w = out.watch;
  });
  return { alerts, watch: w };
}

describe('createWatch', () => {
  it('validates the rule and the price', () => {
    expect(
      createWatch({ ...input, rule: { kind: 'target', price: 0 } }, { price: 10, at: T0 }),
    ).toEqual({
      ok: false,
      reason: 'bad-target',
    });
    for (const percent of [0, 100, -5, NaN]) {
      expect(
        createWatch({ ...input, rule: { kind: 'drop', percent } }, { price: 10, at: T0 }),
      ).toMatchObject({
        reason: 'bad-percent',
      });
    }
    expect(createWatch(input, { price: NaN, at: T0 })).toMatchObject({ reason: 'bad-price' });
  });

  it('says when the target is already met, and then alerts only on a new low', () => {
    const made = createWatch(
      { ...input, rule: { kind: 'target', price: 12 } },
      { price: 10, at: T0 },
    );
    expect(made).toMatchObject({ ok: true, alreadyMet: true });
    if (!made.ok) return;
    expect(feed(made.watch, [10, 9.9, 11]).alerts).toEqual([]);
    expect(feed(made.watch, [9.7]).alerts.map((a) => a.kind)).toEqual(['new-low']);
  });
});

describe('evaluateWatch', () => {
  it('alerts once when the target is reached', () => {
    const { alerts, watch } = feed(watchOf(), [9.5, 9, 8.95, 9.01, 9.02]);
    expect(alerts).toEqual([
      {
        kind: 'reached',
        itemId: '1',
        variantId: '',
        currency: 'EUR',
        price: 9,
        previousPrice: 9.5,
        threshold: 9,
        at: T0 + 2 * 3_600_000,
      },
    ]);
    expect(watch.state).toMatchObject({ dropArmed: false, alertedLow: 9, lastPrice: 9.02 });
  });

  it('does not alert again while the price wobbles around the threshold', () => {
    expect(feed(watchOf(), [8.99, 9.05, 8.99, 9.1, 8.98, 9.17]).alerts).toHaveLength(1);
  });

  it('re-arms after the price goes back above the threshold by the margin', () => {
    const kinds = feed(watchOf(), [8.99, 9 * (1 + REARM_MARGIN), 8.99]).alerts.map((a) => a.kind);
    expect(kinds).toEqual(['reached', 'reached']);
  });

  it('alerts on a new low at least the margin under the last alert', () => {
    const { alerts } = feed(watchOf(), [9, 8.9, 8.8, 8.5, 8.45, 8.4]);
    expect(alerts.map((a) => [a.kind, a.price])).toEqual([
      ['reached', 9],
      ['new-low', 8.8],
      ['new-low', 8.5],
    ]);
  });

  it('a drop rule measures from the price when watched', () => {
    const w = watchOf({ rule: { kind: 'drop', percent: 20 } }, 50);
    expect(dropThreshold(w)).toBe(40);
    expect(feed(w, [45, 41, 40]).alerts.map((a) => a.kind)).toEqual(['reached']);
  });

  it('alerts on rises only when asked, with the same hysteresis', () => {
    expect(feed(watchOf(), [11, 12]).alerts).toEqual([]);
    const w = watchOf({ alertOnRise: true });
    const { alerts } = feed(w, [10.1, 10.3, 10.25, 10.3, 10.6, 9.9, 10.3]);
    expect(alerts.map((a) => [a.kind, a.price])).toEqual([
      ['rose', 10.3],
      ['new-high', 10.6],
      ['rose', 10.3],
    ]);
  });

  it('ignores other variants, other currencies, stale and broken readings', () => {
    const w = watchOf({ variantId: '12000034' });
    const at = T0 + 1;
    expect(evaluateWatch(w, { variantId: '', currency: 'EUR', price: 1, at })).toMatchObject({
      ignored: 'other-series',
      watch: w,
    });
    expect(
      evaluateWatch(w, { variantId: '12000034', currency: 'USD', price: 1, at }),
    ).toMatchObject({
      ignored: 'other-series',
    });
    expect(
      evaluateWatch(w, { variantId: '12000034', currency: 'EUR', price: 1, at: T0 - 1 }),
    ).toMatchObject({
      ignored: 'stale',
    });
    expect(
      evaluateWatch(w, { variantId: '12000034', currency: 'EUR', price: -1, at }),
    ).toMatchObject({
      ignored: 'bad-price',
    });
  });

  it('reports the change since watched', () => {
    expect(changeSinceWatched(feed(watchOf(), [8]).watch)).toBeCloseTo(-20);
  });

  it('a price staying within the margin band never alerts twice', () => {
    const band = fc.array(fc.double({ min: 8.9, max: 9.1, noNaN: true }), { maxLength: 60 });
    fc.assert(
      fc.property(band, (prices) => {
        expect(feed(watchOf(), prices).alerts.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
