/**
 * Merging two histories of the same (item, variant, currency), for import (export then
 * import into a fresh profile restores the same history; importing twice adds nothing). Pure.
 *
 * Ours stays as it is; an incoming change point is added where we have no point at that instant and
 * it says something new (its price or original differs from the point in effect just before it).
 * Nothing of ours is ever removed or collapsed, which is what makes the merge idempotent: merging the
 * same file again finds every instant taken or every point redundant. The price of that: a merge can
 * leave two consecutive points at the same price, which every reader of a series tolerates.
 */
import { samePoint, type PricePoint, type PriceSeries } from './history';

function cleanPoint(p: PricePoint): PricePoint {
  return p.original !== undefined && p.original > p.price
    ? { at: p.at, price: p.price, original: p.original }
    : { at: p.at, price: p.price };
}

/** Sorted, one point per instant (the first one given wins), no repeated prices. */
export function normalizePoints(points: readonly PricePoint[]): PricePoint[] {
  const byTime = new Map<number, PricePoint>();
  for (const p of points) if (!byTime.has(p.at)) byTime.set(p.at, cleanPoint(p));
  const sorted = [...byTime.values()].sort((a, b) => a.at - b.at);
  const out: PricePoint[] = [];
  for (const p of sorted) {
    const previous = out[out.length - 1];
    if (!previous || !samePoint(previous, p)) out.push(p);
  }
  return out;
}

export function normalizeSeries(series: PriceSeries): PriceSeries {
  // A collapsed repeat still says the price was seen then.
  const lastAt = series.points.reduce((max, p) => Math.max(max, p.at), series.lastSeen);
  return { ...series, points: normalizePoints(series.points), lastSeen: lastAt };
}

export interface MergeResult {
  series: PriceSeries;
  /** Incoming points that were added. */
  addedPoints: number;
  /** False when the result equals `existing`: nothing to write. */
  changed: boolean;
}

export function mergeSeries(existing: PriceSeries | undefined, incoming: PriceSeries): MergeResult {
  const clean = normalizeSeries(incoming);
  if (!existing) return { series: clean, addedPoints: clean.points.length, changed: true };
  const ours = existing.points;
  const taken = new Set(ours.map((p) => p.at));
  const points: PricePoint[] = [];
  let i = 0;
  let addedPoints = 0;
  for (const p of clean.points) {
    while (i < ours.length && ours[i]!.at < p.at) points.push(ours[i++]!);
    if (taken.has(p.at)) continue;
    const previous = points[points.length - 1];
    if (previous && samePoint(previous, p)) continue;
    points.push(p);
    addedPoints += 1;
  }
  points.push(...ours.slice(i));
  const lastSeen = Math.max(existing.lastSeen, clean.lastSeen);
  return {
    series:
      addedPoints > 0 || lastSeen !== existing.lastSeen
        ? { ...existing, points, lastSeen }
        : existing,
    addedPoints,
    changed: addedPoints > 0 || lastSeen !== existing.lastSeen,
  };
}
