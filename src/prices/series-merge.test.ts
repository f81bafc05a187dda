import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PricePoint, PriceSeries } from './history';
import { mergeSeries, normalizeSeries } from './series-merge';

const T0 = Date.UTC(2025, 0, 1);
const series = (points: PricePoint[], lastSeen?: number): PriceSeries => ({
  itemId: '1',
  variantId: '',
  currency: 'EUR',
  points,
  lastSeen: lastSeen ?? Math.max(...points.map((p) => p.at)),
});

const arbSeries = fc
  .array(
    fc.record({
      at: fc.integer({ min: T0, max: T0 + 50 }),
      price: fc.constantFrom(5, 10, 12),
      original: fc.option(fc.constant(20), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 20 },
  )
  .map((points) =>
    normalizeSeries(series(points.map((p) => (p.original ? p : { at: p.at, price: p.price })))),
  );

describe('mergeSeries', () => {
  it('adds the points we did not have and moves lastSeen', () => {
    const ours = series([
      { at: T0, price: 10 },
      { at: T0 + 100, price: 12 },
    ]);
    const theirs = series([{ at: T0 + 50, price: 11 }], T0 + 300);
    expect(mergeSeries(ours, theirs)).toEqual({
      series: series(
        [
          { at: T0, price: 10 },
          { at: T0 + 50, price: 11 },
          { at: T0 + 100, price: 12 },
        ],
        T0 + 300,
      ),
      addedPoints: 1,
      changed: true,
    });
  });

  it('keeps ours where both have a point at the same instant, and skips redundant points', () => {
    const ours = series([{ at: T0, price: 10 }]);
    const theirs = series([
      { at: T0, price: 99 },
      { at: T0 + 5, price: 10 },
    ]);
    expect(mergeSeries(ours, theirs)).toMatchObject({ addedPoints: 0, changed: true });
    expect(mergeSeries(ours, theirs).series.points).toEqual([{ at: T0, price: 10 }]);
  });

  it('changes nothing when merging a series into itself', () => {
    fc.assert(
      fc.property(arbSeries, (s) => {
        const out = mergeSeries(s, s);
        expect(out.changed).toBe(false);
        expect(out.series).toBe(s);
      }),
    );
  });

  it('is idempotent: importing the same file twice adds nothing the second time', () => {
    fc.assert(
      fc.property(arbSeries, arbSeries, (a, b) => {
        const once = mergeSeries(a, b).series;
        const twice = mergeSeries(once, b);
        expect(twice.changed).toBe(false);
        expect(twice.series).toEqual(once);
      }),
    );
  });

  it('never loses one of our points and keeps time order', () => {
    fc.assert(
      fc.property(arbSeries, arbSeries, (a, b) => {
        const { points } = mergeSeries(a, b).series;
        for (const p of a.points) expect(points).toContainEqual(p);
        for (let i = 1; i < points.length; i += 1)
          expect(points[i]!.at).toBeGreaterThan(points[i - 1]!.at);
      }),
    );
  });
});

describe('normalizeSeries', () => {
  it('sorts, keeps one point per instant, collapses repeats and fixes lastSeen', () => {
    const s = series(
      [
        { at: T0 + 10, price: 12 },
        { at: T0, price: 10 },
        { at: T0, price: 11 },
        { at: T0 + 5, price: 10, original: 8 },
        { at: T0 + 20, price: 12 },
      ],
      T0,
    );
    expect(normalizeSeries(s)).toEqual(
      series(
        [
          { at: T0, price: 10 },
          { at: T0 + 10, price: 12 },
        ],
        T0 + 20,
      ),
    );
  });
});
