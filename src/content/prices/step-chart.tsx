/** A step chart of a price series: each price holds until the next change. Pure SVG, no library. */
import type { StepChart } from '../../prices/stats';

export function StepChartView({ chart, label }: { chart: StepChart; label: string }) {
  const width = 300;
  const height = 90;
  const pad = 4;
  const points = chart.points;
  if (points.length === 0) return null;
  const prices = points.map((p) => p.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const span = high - low || 1;
  const from = chart.from;
  const to = Math.max(chart.to, from + 1);
  const x = (at: number) => pad + ((Math.max(at, from) - from) / (to - from)) * (width - 2 * pad);
  const y = (price: number) => height - pad - ((price - low) / span) * (height - 2 * pad);
  let d = `M ${x(points[0]!.at).toFixed(1)} ${y(points[0]!.price).toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    d += ` H ${x(points[i]!.at).toFixed(1)} V ${y(points[i]!.price).toFixed(1)}`;
  }
  d += ` H ${x(to).toFixed(1)}`;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="alikeep-price-chart"
      data-points={points.length}
    >
      <path d={d} fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
