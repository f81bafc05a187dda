/**
 * A step chart of a price series: each price holds until the next change. Pure SVG, no library.
 * The highest and lowest prices label the left edge and the range's first and last days the
 * bottom; each change is a dot, so even a single price seen once shows as a mark, not as a line
 * too short to see. A price that never changed runs through the middle.
 */
import type { StepChart } from '../../prices/stats';

const WIDTH = 300;
const HEIGHT = 110;
/** Room for the dates below; the price labels' room on the left follows their length. */
const RIGHT = 6;
/** A 10-unit font's characters are at most about this wide (digits, currency signs). */
const CHAR_WIDTH = 6.2;
const TOP = 8;
const BOTTOM = 24;

export function StepChartView({
  chart,
  label,
  money,
  day,
}: {
  chart: StepChart;
  label: string;
  money: (n: number) => string;
  day: (at: number) => string;
}) {
  const points = chart.points;
  if (points.length === 0) return null;
  const prices = points.map((p) => p.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const flat = high === low;
  const labels = flat ? [money(high)] : [money(high), money(low)];
  const LEFT = Math.min(WIDTH / 2, 10 + CHAR_WIDTH * Math.max(...labels.map((l) => l.length)));
  const from = chart.from;
  const to = Math.max(chart.to, from + 1);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (at: number) =>
    LEFT + ((Math.min(Math.max(at, from), to) - from) / (to - from)) * plotWidth;
  const y = (price: number) =>
    flat ? TOP + plotHeight / 2 : TOP + ((high - price) / (high - low)) * plotHeight;
  let d = `M ${x(points[0]!.at).toFixed(1)} ${y(points[0]!.price).toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    d += ` H ${x(points[i]!.at).toFixed(1)} V ${y(points[i]!.price).toFixed(1)}`;
  }
  d += ` H ${x(to).toFixed(1)}`;
  const baseline = TOP + plotHeight;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="alikeep-price-chart"
      data-points={points.length}
    >
      <line class="axis" x1={LEFT} y1={baseline} x2={WIDTH - RIGHT} y2={baseline} />
      <text
        class="tick"
        x={LEFT - 6}
        y={y(high) + 4}
        text-anchor="end"
        data-testid="alikeep-chart-high"
      >
        {labels[0]}
      </text>
      {!flat && (
        <text
          class="tick"
          x={LEFT - 6}
          y={y(low) + 4}
          text-anchor="end"
          data-testid="alikeep-chart-low"
        >
          {labels[1]}
        </text>
      )}
      <text class="tick" x={LEFT} y={HEIGHT - 6} text-anchor="start">
        {day(from)}
      </text>
      <text class="tick" x={WIDTH - RIGHT} y={HEIGHT - 6} text-anchor="end">
        {day(to)}
      </text>
      <path d={d} fill="none" stroke="currentColor" stroke-width="2" />
      {points.map((p) => (
        <circle cx={x(p.at).toFixed(1)} cy={y(p.price).toFixed(1)} r="3" fill="currentColor" />
      ))}
    </svg>
  );
}
