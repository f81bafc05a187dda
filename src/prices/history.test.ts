import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PRICE,
  recordObservation,
  type PriceObservation,
  type PriceSeries,
  type RecordOutcome,
} from './history';

const T0 = Date.UTC(2025, 0, 1);
const key = { itemId: '1005006543210987', variantId: '', currency: 'EUR' };
const obs = (at: number, price: number, original?: number): PriceObservation => ({
  ...key,
  at,
  price,
  ...(original !== undefined && { original }),
});

function series(outcome: RecordOutcome): PriceSeries {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.series;
}

/** Records observations in the order given. */
function replay(list: PriceObservation[]): PriceSeries | undefined {
  let s: PriceSeries | undefined;
  for (const o of list) {
    const out = recordObservation(s, o);
    if (out.ok) s = out.series;
  }
  return s;
}

describe('recordObservation', () => {
  it('starts a series with one point', () => {
    const out = recordObservation(undefined, obs(T0, 10, 20));
    expect(out).toEqual({
      ok: true,
      change: 'first',
      series: { ...key, points: [{ at: T0, price: 10, original: 20 }], lastSeen: T0 },
    });
  });

  it('moves only lastSeen when the price is unchanged', () => {
    const s = series(recordObservation(undefined, obs(T0, 10)));
    const out = recordObservation(s, obs(T0 + 1000, 10));
    expect(out.ok && out.change).toBe('unchanged');
    expect(series(out)).toEqual({ ...s, lastSeen: T0 + 1000 });
  });

  it('returns the same object when nothing changes, so callers can skip the write', () => {
    const s = series(recordObservation(undefined, obs(T0, 10)));
    expect(series(recordObservation(s, obs(T0, 10)))).toBe(s);
  });

  it('adds a change point when the price changes', () => {
    const s = replay([obs(T0, 10), obs(T0 + 1, 10), obs(T0 + 2, 12), obs(T0 + 3, 10)]);
    expect(s?.points).toEqual([
      { at: T0, price: 10 },
      { at: T0 + 2, price: 12 },
      { at: T0 + 3, price: 10 },
    ]);
    expect(s?.lastSeen).toBe(T0 + 3);
  });

  it('treats floating-point noise as the same price', () => {
    const s = replay([obs(T0, 0.1 + 0.2), obs(T0 + 1, 0.3)]);
    expect(s?.points).toHaveLength(1);
  });

  it('records a new claimed original, but not a missing one', () => {
    const s = replay([obs(T0, 10, 20), obs(T0 + 1, 10), obs(T0 + 2, 10, 30), obs(T0 + 3, 10, 30)]);
    expect(s?.points).toEqual([
      { at: T0, price: 10, original: 20 },
      { at: T0 + 2, price: 10, original: 30 },
    ]);
  });

  it('drops a claimed original that is not above the price', () => {
    expect(series(recordObservation(undefined, obs(T0, 10, 9))).points).toEqual([
      { at: T0, price: 10 },
    ]);
    expect(series(recordObservation(undefined, obs(T0, 10, 10))).points).toEqual([
      { at: T0, price: 10 },
    ]);
    expect(series(recordObservation(undefined, obs(T0, 10, NaN))).points).toEqual([
      { at: T0, price: 10 },
    ]);
  });

  it.each([
    [NaN, 'not-finite'],
    [Infinity, 'not-finite'],
    [-1, 'negative'],
    [0, 'zero'],
    [MAX_PRICE * 1.01, 'absurd'],
  ] as const)('rejects the price %s as %s', (price, reason) => {
    const out = recordObservation(undefined, obs(T0, price));
    expect(out).toMatchObject({ ok: false, reason });
    if (!out.ok) expect(out.message).toMatch(/price/);
  });

  it('rejects unusable keys and times', () => {
    const bad: PriceObservation[] = [
      { ...obs(T0, 1), itemId: '' },
      { ...obs(T0, 1), itemId: '1/2' },
      { ...obs(T0, 1), currency: 'euro' },
      { ...obs(T0, 1), variantId: 'x'.repeat(300) },
    ];
    for (const o of bad)
      expect(recordObservation(undefined, o)).toMatchObject({ reason: 'bad-key' });
    for (const at of [0, -5, 1.5, NaN]) {
      expect(recordObservation(undefined, obs(at, 1))).toMatchObject({ reason: 'bad-time' });
    }
  });

  it('replaces the last point on two different readings in the same millisecond', () => {
    expect(replay([obs(T0, 10), obs(T0 + 5, 12), obs(T0 + 5, 13)])?.points).toEqual([
      { at: T0, price: 10 },
      { at: T0 + 5, price: 13 },
    ]);
    expect(replay([obs(T0, 10), obs(T0 + 5, 12), obs(T0 + 5, 10)])?.points).toEqual([
      { at: T0, price: 10 },
    ]);
  });

  describe('observations older than lastSeen', () => {
    const base = () => replay([obs(T0, 10), obs(T0 + 100, 12), obs(T0 + 200, 12)])!;

    it('that agree with the history change nothing', () => {
      const s = base();
      const out = recordObservation(s, obs(T0 + 50, 10));
      expect(out).toMatchObject({ ok: true, change: 'late' });
      expect(series(out)).toBe(s);
    });

    it('that disagree are dropped, not spliced in', () => {
      const s = base();
      const out = recordObservation(s, obs(T0 + 150, 99));
      expect(out).toMatchObject({ ok: true, change: 'conflict' });
      expect(series(out)).toBe(s);
    });

    it('before the first point extend the history backwards', () => {
      const same = series(recordObservation(base(), obs(T0 - 50, 10)));
      expect(same.points[0]).toEqual({ at: T0 - 50, price: 10 });
      expect(same.points).toHaveLength(2);
      const other = recordObservation(base(), obs(T0 - 50, 8));
      expect(other).toMatchObject({ change: 'backfilled' });
      expect(series(other).points.map((p) => p.price)).toEqual([8, 10, 12]);
      expect(series(other).lastSeen).toBe(T0 + 200);
    });
  });

  const observation = fc.record({
    at: fc.integer({ min: T0, max: T0 + 1000 }),
    price: fc.constantFrom(5, 7.5, 10, 12.99),
    original: fc.option(fc.constantFrom(15, 20), { nil: undefined }),
  });

  it('keeps the invariants for any order of observations', () => {
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 40 }), (list) => {
        const s = replay(list.map((o) => ({ ...key, ...o })))!;
        expect(s.points.length).toBeGreaterThan(0);
        for (let i = 1; i < s.points.length; i += 1) {
          expect(s.points[i]!.at).toBeGreaterThan(s.points[i - 1]!.at);
          expect(s.points[i]).not.toEqual({ ...s.points[i - 1], at: s.points[i]!.at });
        }
        expect(s.lastSeen).toBe(Math.max(...list.map((o) => o.at)));
        expect(s.points[0]!.at).toBe(Math.min(...list.map((o) => o.at)));
        expect(s.points[s.points.length - 1]!.at).toBeLessThanOrEqual(s.lastSeen);
      }),
    );
  });

  it('in time order, stores exactly one point per price change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(5, 10, 12), { minLength: 1, maxLength: 50 }),
        (prices) => {
          const s = replay(prices.map((p, i) => obs(T0 + i * 1000, p)))!;
          const changes = prices.filter((p, i) => i === 0 || p !== prices[i - 1]).length;
          expect(s.points).toHaveLength(changes);
          expect(s.points[s.points.length - 1]!.price).toBe(prices[prices.length - 1]);
        },
      ),
    );
  });

  it('a late duplicate of an observation already recorded changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (list, pick) => {
          const sorted = [...list].sort((a, b) => a.at - b.at).map((o) => ({ ...key, ...o }));
          const s = replay(sorted)!;
          const again = sorted[pick % sorted.length]!;
          const out = recordObservation(s, again);
          // The last reading of an instant is the one the series holds; earlier ones at the same
          // instant were overwritten, which is the conflict the series cannot resolve.
          const lastAtThatInstant = sorted.filter((o) => o.at === again.at).pop()!;
          if (again === lastAtThatInstant) expect(series(out).points).toEqual(s.points);
        },
      ),
    );
  });
});
