/**
 * The watchlist's sparkline as an SVG path, made where the history is (the worker), so the popup
 * receives a few hundred characters per item instead of the points themselves and draws it as is.
 * Pure: numbers in, a path of numbers out (nothing from a page can reach it).
 */

/** The sparkline's drawing box, in SVG user units (the popup's viewBox). */
export const SPARK_WIDTH = 60;
export const SPARK_HEIGHT = 22;
/** The most recent points drawn. */
export const SPARK_POINTS = 60;

/** Room at the right where the latest price runs on: it holds until now, not only up to its reading. */
const TAIL = 4;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Steps, as the price panel's chart draws them: each price holds until the next change (H), then
 * the line jumps to the new one (V). Null when fewer than two points: a single price is no line.
 */
export function sparkPath(points: readonly { at: number; price: number }[]): string | null {
  const shown = points.slice(-SPARK_POINTS);
  if (shown.length < 2) return null;
  const prices = shown.map((p) => p.price);
  const low = Math.min(...prices);
  const span = Math.max(...prices) - low;
  const first = shown[0]!.at;
  const width = Math.max(shown[shown.length - 1]!.at - first, 1);
  // A 2-unit margin top and bottom keeps the stroke inside the box.
  const inner = SPARK_HEIGHT - 4;
  const xOf = (at: number) => round(((at - first) / width) * (SPARK_WIDTH - TAIL));
  // A price that never changed runs through the middle, clear of the baseline the popup draws.
  const yOf = (price: number) =>
    span === 0 ? SPARK_HEIGHT / 2 : round(SPARK_HEIGHT - 2 - ((price - low) / span) * inner);
  let y = yOf(shown[0]!.price);
  let path = `M0 ${y}`;
  for (const point of shown.slice(1)) {
    const next = yOf(point.price);
    if (next === y) continue;
    path += `H${xOf(point.at)}V${next}`;
    y = next;
  }
  return `${path}H${SPARK_WIDTH}`;
}
