import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { StepChart } from '../../prices/stats';
import { StepChartView } from './step-chart';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 10, 1);

function drawn(chart: StepChart, money = (n: number) => `$${n.toFixed(2)}`) {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const previous = globalThis.document;
  globalThis.document = document as unknown as Document;
  try {
    const root = document.getElementById('app')!;
    render(
      <StepChartView
        chart={chart}
        label="Price history"
        money={money}
        day={(at) => new Date(at).toISOString().slice(0, 10)}
      />,
      root as never,
    );
    const svg = root.querySelector('svg');
    const dots = [...root.querySelectorAll('circle')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
    }));
    const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
    return { svg, dots, high: text('alikeep-chart-high'), low: text('alikeep-chart-low'), root };
  } finally {
    globalThis.document = previous;
  }
}

describe('the price chart', () => {
  it('shows a single price seen today as a mark in the middle, labelled with that price', () => {
    const { dots, high, low, svg } = drawn({
      from: T0 - 90 * DAY,
      to: T0,
      covered: false,
      points: [{ at: T0, price: 14.99 }],
    });
    expect(dots).toHaveLength(1);
    const [height] = svg!.getAttribute('viewBox')!.split(' ').slice(3).map(Number);
    // Mid-plot, not on the bottom edge where a flat line used to vanish.
    expect(dots[0]!.y).toBeGreaterThan(height! * 0.25);
    expect(dots[0]!.y).toBeLessThan(height! * 0.6);
    expect(high).toBe('$14.99');
    expect(low).toBeNull();
  });

  it('puts the higher price above the lower, labels both, and dates the range', () => {
    const { dots, high, low, root } = drawn({
      from: T0 - 30 * DAY,
      to: T0,
      covered: true,
      points: [
        { at: T0 - 30 * DAY, price: 20 },
        { at: T0 - 10 * DAY, price: 12.5 },
        { at: T0 - 2 * DAY, price: 16 },
      ],
    });
    expect(dots.map((d) => d.x)).toEqual([...dots.map((d) => d.x)].sort((a, b) => a - b));
    expect(dots[0]!.y).toBeLessThan(dots[2]!.y);
    expect(dots[2]!.y).toBeLessThan(dots[1]!.y);
    expect([high, low]).toEqual(['$20.00', '$12.50']);
    expect(root.textContent).toContain('2026-10-02');
    expect(root.textContent).toContain('2026-11-01');
  });

  it('leaves the price labels room for their whole text, however long', () => {
    const long = (n: number) => `MX$${n.toFixed(2)} con IVA`;
    const { root } = drawn(
      {
        from: T0 - 30 * DAY,
        to: T0,
        covered: true,
        points: [
          { at: T0 - 30 * DAY, price: 1249.5 },
          { at: T0 - 2 * DAY, price: 999 },
        ],
      },
      long,
    );
    const label = root.querySelector('[data-testid="alikeep-chart-high"]')!;
    const right = Number(label.getAttribute('x'));
    // Right-aligned at x: the text needs about 6 units a character to its left.
    expect(right - long(1249.5).length * 6).toBeGreaterThanOrEqual(0);
    const line = root.querySelector('path')!.getAttribute('d')!;
    expect(Number(line.split(' ')[1])).toBeGreaterThan(right);
  });

  it('draws nothing without points', () => {
    expect(drawn({ from: T0 - DAY, to: T0, covered: false, points: [] }).svg).toBeNull();
  });
});
