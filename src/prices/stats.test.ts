import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PricePoint, PriceSeries } from './history';
import { currentPriceSince, seriesStats, stepChart, valuesBetween } from './stats';
import { DAY_MS } from './time';

const NOW = Date.UTC(2025, 5, 1);
const daysAgo = (d: number) => NOW - d * DAY_MS;
const series = (points: PricePoint[], lastSeen = NOW): PriceSeries => ({
  itemId: '1',
  variantId: '',
  currency: 'EUR',
  points,
  lastSeen,
});

describe('seriesStats', () => {
  it('a fresh series covers only "all time"', () => {
    const stats = seriesStats(series([{ at: daysAgo(2), price: 10 }]), NOW)!;
    expect(stats).toMatchObject({
      current: 10,
      currentSince: daysAgo(2),
      trackedSince: daysAgo(2),
    });
    expect(stats.periods['30d']).toEqual({
      covered: false,
      values: { lowest: 10, lowestAt: daysAgo(2), highest: 10, average: 10 },
    });
    expect(stats.periods.all.covered).toBe(true);
  });

  it('weights the average by how long each price held', () => {
    // 20 for 20 days, then 10 for the last 10 days.
    const s = series([
      { at: daysAgo(30), price: 20 },
      { at: daysAgo(10), price: 10, original: 25 },
    ]);
    const stats = seriesStats(s, NOW)!;
    expect(stats.periods['30d']).toEqual({
      covered: true,
      values: { lowest: 10, lowestAt: daysAgo(10), highest: 20, average: (20 * 20 + 10 * 10) / 30 },
    });
    expect(stats.currentOriginal).toBe(25);
    expect(stats.periods['90d'].covered).toBe(false);
  });

  it('counts the price in effect at the start of a period', () => {
    const s = series([
      { at: daysAgo(400), price: 50 },
      { at: daysAgo(100), price: 30 },
      { at: daysAgo(5), price: 40 },
    ]);
    const stats = seriesStats(s, NOW)!;
    expect(stats.periods['30d'].values).toMatchObject({ lowest: 30, highest: 40 });
    expect(stats.periods['90d'].values).toMatchObject({ lowest: 30, highest: 40 });
    expect(stats.periods['365d'].values).toMatchObject({ lowest: 30, highest: 50 });
    expect(stats.periods['365d'].covered).toBe(true);
    expect(stats.periods.all.values).toMatchObject({ lowest: 30, highest: 50 });
  });

  it('does not extend the price past lastSeen', () => {
    const s = series([{ at: daysAgo(200), price: 10 }], daysAgo(100));
    const stats = seriesStats(s, NOW)!;
    expect(stats.periods['30d']).toEqual({ covered: false });
    expect(stats.periods['90d']).toEqual({ covered: false });
    expect(stats.periods['365d']).toMatchObject({ covered: false, values: { lowest: 10 } });
    expect(stats.lastSeen).toBe(daysAgo(100));
  });

  it('is undefined without points', () => {
    expect(seriesStats(series([]), NOW)).toBeUndefined();
  });

  it('dates the lowest at the start of its latest stretch', () => {
    const s = series([
      { at: daysAgo(20), price: 8 },
      { at: daysAgo(15), price: 12 },
      { at: daysAgo(10), price: 8 },
      { at: daysAgo(5), price: 8, original: 20 },
    ]);
    expect(seriesStats(s, NOW)!.periods['30d'].values?.lowestAt).toBe(daysAgo(10));
    expect(currentPriceSince(s.points)).toBe(daysAgo(10));
  });

  it('the average lies between the lowest and the highest', () => {
    const points = fc
      .uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 30 })
      .chain((days) =>
        fc.tuple(
          fc.constant([...days].sort((a, b) => b - a)),
          fc.array(fc.integer({ min: 1, max: 1000 }), {
            minLength: days.length,
            maxLength: days.length,
          }),
        ),
      );
    fc.assert(
      fc.property(points, ([days, prices]) => {
        const s = series(days.map((d, i) => ({ at: daysAgo(d), price: prices[i]! })));
        const stats = seriesStats(s, NOW)!;
        for (const p of Object.values(stats.periods)) {
          if (!p.values) continue;
          expect(p.values.average).toBeGreaterThanOrEqual(p.values.lowest - 1e-9);
          expect(p.values.average).toBeLessThanOrEqual(p.values.highest + 1e-9);
        }
        expect(stats.periods.all.values?.lowest).toBe(Math.min(...prices));
      }),
    );
  });

  it('computes statistics for 200 change points quickly', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      at: daysAgo(600 - 3 * i),
      price: 10 + (i % 7),
    }));
    const s = series(points);
    const start = performance.now();
    for (let i = 0; i < 100; i += 1) seriesStats(s, NOW);
    expect((performance.now() - start) / 100).toBeLessThan(10);
  });
});

describe('valuesBetween', () => {
  it('gives the price at an instant for an empty span', () => {
    const points = [{ at: 0 + daysAgo(10), price: 5 }];
    expect(valuesBetween(points, daysAgo(3), daysAgo(3))).toEqual({
      lowest: 5,
      lowestAt: daysAgo(3),
      highest: 5,
      average: 5,
    });
    expect(valuesBetween(points, daysAgo(20), daysAgo(3))).toBeUndefined();
  });
});

describe('stepChart', () => {
  const s = series([
    { at: daysAgo(200), price: 50 },
    { at: daysAgo(60), price: 30 },
    { at: daysAgo(20), price: 30, original: 60 },
    { at: daysAgo(10), price: 40 },
  ]);

  it('starts at the range start with the price then in effect and ends at lastSeen', () => {
    expect(stepChart(s, '1M', NOW)).toEqual({
      from: daysAgo(30),
      to: NOW,
      covered: true,
      points: [
        { at: daysAgo(30), price: 30 },
        { at: daysAgo(10), price: 40 },
        { at: NOW, price: 40 },
      ],
    });
  });

  it('starts at the first point for All, and says when a range is not covered', () => {
    const all = stepChart(s, 'All', NOW);
    expect(all.from).toBe(daysAgo(200));
    expect(all.points.map((p) => p.price)).toEqual([50, 30, 40, 40]);
    const year = stepChart(s, '1Y', NOW);
    expect(year.covered).toBe(false);
    expect(year.points[0]).toEqual({ at: daysAgo(200), price: 50 });
  });

  it('has no points for a range after lastSeen', () => {
    expect(
      stepChart(series([{ at: daysAgo(100), price: 1 }], daysAgo(90)), '1M', NOW).points,
    ).toEqual([]);
  });
});
