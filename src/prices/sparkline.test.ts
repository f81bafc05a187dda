import { describe, expect, it } from 'vitest';
import { SPARK_HEIGHT, SPARK_POINTS, SPARK_WIDTH, sparkPath } from './sparkline';

const coords = (path: string) =>
  [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('the watchlist sparkline', () => {
  it('spans the box: the first point left, the last right, the low at the bottom', () => {
    const path = sparkPath([
      { at: 1000, price: 20 },
      { at: 2000, price: 10 },
      { at: 5000, price: 15 },
    ])!;
    expect(path).toBe('M0 2L15 20L60 11');
    for (const [x, y] of coords(path)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(SPARK_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(SPARK_HEIGHT);
    }
  });

  it('draws a flat price as a flat line, and nothing for fewer than two points', () => {
    expect(sparkPath([])).toBeNull();
    expect(sparkPath([{ at: 1, price: 5 }])).toBeNull();
    expect(
      sparkPath([
        { at: 1, price: 5 },
        { at: 1, price: 5 },
      ]),
    ).toBe('M0 20L0 20');
  });

  it(`keeps the last ${SPARK_POINTS} points and stays short`, () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      at: 1_700_000_000_000 + i * 86_400_000,
      price: 100 + Math.sin(i) * 20 + i / 7,
    }));
    const path = sparkPath(points)!;
    expect(coords(path)).toHaveLength(SPARK_POINTS);
    expect(coords(path)[0]![0]).toBe(0);
    expect(path.length).toBeLessThan(SPARK_POINTS * 12);
    expect(path).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/);
  });
});
