/**
 * What the price panel shows for one series: the current price, lowest, highest and
 * time-weighted average over 30 days, 90 days, a year and all time, "tracked since", and step-chart
 * points. Pure.
 *
 * We know the price from the first change point to `lastSeen`; after `lastSeen` we know nothing, so
 * every figure is "as of lastSeen" and nothing is extended to `now`. A period is `covered` only when
 * our history reaches back to its start; otherwise the panel says "not enough history yet" rather
 * than presenting the lowest of a few days as the lowest of a year.
 */
import { indexAt, pointAt, samePrice, type PricePoint, type PriceSeries } from './history';
import { DAY_MS } from './time';

export type PeriodId = '30d' | '90d' | '365d' | 'all';
export type ChartRange = '1M' | '3M' | '1Y' | 'All';

export const PERIOD_MS: Record<Exclude<PeriodId, 'all'>, number> = {
  '30d': 30 * DAY_MS,
  '90d': 90 * DAY_MS,
  '365d': 365 * DAY_MS,
};

/** Chart ranges use the same lengths as the statistics periods, so the two always agree. */
export const CHART_RANGE_MS: Record<Exclude<ChartRange, 'All'>, number> = {
  '1M': PERIOD_MS['30d'],
  '3M': PERIOD_MS['90d'],
  '1Y': PERIOD_MS['365d'],
};

export interface PeriodValues {
  lowest: number;
  /** Start of the latest stretch at the lowest price (clipped to the period's start). */
  lowestAt: number;
  highest: number;
  /** Weighted by how long each price held, so a one-hour flash price does not count as a day. */
  average: number;
}

export interface PeriodStats {
  /** Our history reaches back to the period's start; false → "not enough history yet". */
  covered: boolean;
  /** Absent when we did not see the price at all during the period. */
  values?: PeriodValues;
}

export interface SeriesStats {
  current: number;
  /** The claimed original that goes with the current price, if the page showed one. */
  currentOriginal?: number;
  /** When the current price started (a change of only the claimed original does not restart it). */
  currentSince: number;
  lastSeen: number;
  trackedSince: number;
  periods: Record<PeriodId, PeriodStats>;
}

export interface ChartPoint {
  at: number;
  price: number;
}

export interface StepChart {
  /** Axis bounds: the range's start (the first point for All) to `now`. */
  from: number;
  to: number;
  /** Each point's price holds until the next point; the last point is at `lastSeen`. */
  points: ChartPoint[];
  /** Our history reaches back to `from`. */
  covered: boolean;
}

/** Start of the run of points at the current price. */
export function currentPriceSince(points: readonly PricePoint[]): number | undefined {
  let i = points.length - 1;
  const last = points[i];
  if (!last) return undefined;
  while (i > 0 && samePrice(points[i - 1]!.price, last.price)) i -= 1;
  return points[i]!.at;
}

/** Lowest, highest and average over [start, end]; the caller ensures first.at ≤ start ≤ end. */
export function valuesBetween(
  points: readonly PricePoint[],
  start: number,
  end: number,
): PeriodValues | undefined {
  let i = indexAt(points, start);
  const startPoint = points[i];
  if (!startPoint || end < start) return undefined;
  let lowest = Infinity;
  let lowestAt = start;
  let highest = -Infinity;
  let sum = 0;
  let total = 0;
  for (; i < points.length && points[i]!.at <= end; i += 1) {
    const { at, price } = points[i]!;
    const from = Math.max(at, start);
    const to = Math.min(points[i + 1]?.at ?? end, end);
    if (price <= lowest) {
      if (price < lowest || !samePrice(price, points[i - 1]?.price ?? NaN)) lowestAt = from;
      lowest = price;
    }
    highest = Math.max(highest, price);
    sum += price * (to - from);
    total += to - from;
  }
  const average = total > 0 ? sum / total : startPoint.price;
  return { lowest, lowestAt, highest, average };
}

function periodStats(series: PriceSeries, start: number): PeriodStats {
  const first = series.points[0];
  if (!first || series.lastSeen < start) return { covered: false };
  const values = valuesBetween(series.points, Math.max(start, first.at), series.lastSeen);
  return values ? { covered: first.at <= start, values } : { covered: false };
}

/** The panel's statistics, or undefined for a series without points. */
export function seriesStats(series: PriceSeries, now: number): SeriesStats | undefined {
  const { points, lastSeen } = series;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  return {
    current: last.price,
    ...(last.original !== undefined && { currentOriginal: last.original }),
    currentSince: currentPriceSince(points)!,
    lastSeen,
    trackedSince: first.at,
    periods: {
      '30d': periodStats(series, now - PERIOD_MS['30d']),
      '90d': periodStats(series, now - PERIOD_MS['90d']),
      '365d': periodStats(series, now - PERIOD_MS['365d']),
      all: periodStats(series, first.at),
    },
  };
}

/** Points for a step chart of one range. Changes of only the claimed original are not drawn. */
export function stepChart(series: PriceSeries, range: ChartRange, now: number): StepChart {
  const first = series.points[0];
  const from = range === 'All' ? (first?.at ?? now) : now - CHART_RANGE_MS[range];
  const chart: StepChart = {
    from,
    to: now,
    points: [],
    covered: first !== undefined && first.at <= from,
  };
  if (!first || series.lastSeen < from) return chart;
  const start = Math.max(from, first.at);
  const add = (at: number, price: number) => {
    const previous = chart.points[chart.points.length - 1];
    if (!previous || !samePrice(previous.price, price)) chart.points.push({ at, price });
  };
  add(start, pointAt(series.points, start)!.price);
  for (const p of series.points) if (p.at > start && p.at <= series.lastSeen) add(p.at, p.price);
  const tail = chart.points[chart.points.length - 1]!;
  if (series.lastSeen > tail.at) chart.points.push({ at: series.lastSeen, price: tail.price });
  return chart;
}
