import { describe, expect, it } from 'vitest';
import { SPARK_HEIGHT, SPARK_POINTS, SPARK_WIDTH, sparkPath } from './sparkline';

/** The corners a path of M, H and V commands passes through. */
function corners(path: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([MHV])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else if (cmd === 'H') x = Number(a);
    else y = Number(a);
    out.push([x, y]);
  }
  return out;
}

describe('the watchlist sparkline', () => {
  it('draws steps across the box: each price holds until the next, the low at the bottom', () => {
    const path = sparkPath([
      { at: 1000, price: 20 },
      { at: 2000, price: 10 },
      { at: 5000, price: 15 },
    ])!;
    // 20 from the start until the cut at 2000 (x 14), 10 until 5000 (x 56), then 15 up to now.
    expect(path).toBe('M0 2H14V20H56V11H60');
    for (const [x, y] of corners(path)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(SPARK_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(SPARK_HEIGHT);
    }
  });

  it('draws an unchanged price as one flat line through the middle', () => {
    expect(
      sparkPath([
        { at: 1, price: 5 },
        { at: 9, price: 5 },
        { at: 20, price: 5 },
      ]),
    ).toBe(`M0 ${SPARK_HEIGHT / 2}H${SPARK_WIDTH}`);
  });

  it('skips readings that repeat the price, and draws nothing for fewer than two points', () => {
    expect(sparkPath([])).toBeNull();
    expect(sparkPath([{ at: 1, price: 5 }])).toBeNull();
    expect(
      sparkPath([
        { at: 0, price: 8 },
        { at: 10, price: 8 },
        { at: 20, price: 4 },
        { at: 28, price: 4 },
      ]),
    ).toBe('M0 2H40V20H60');
  });

  it(`keeps the last ${SPARK_POINTS} points and stays short`, () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      at: 1_700_000_000_000 + i * 86_400_000,
      price: 100 + (i % 2) * 20 + i / 50,
    }));
    const path = sparkPath(points)!;
    // Every reading changes the price: a start, a step (two corners) for each later one, the tail.
    expect(corners(path)).toHaveLength(1 + (SPARK_POINTS - 1) * 2 + 1);
    expect(corners(path)[0]![0]).toBe(0);
    expect(corners(path).at(-1)![0]).toBe(SPARK_WIDTH);
    expect(path.length).toBeLessThan(SPARK_POINTS * 12);
    expect(path).toMatch(/^M[\d.]+ [\d.]+(H[\d.]+V[\d.]+)+H[\d.]+$/);
  });
});
