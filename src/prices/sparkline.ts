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

const round = (n: number) => Math.round(n * 10) / 10;

/** Null when fewer than two points: a single price is no line. */
export function sparkPath(points: readonly { at: number; price: number }[]): string | null {
  const shown = points.slice(-SPARK_POINTS);
  if (shown.length < 2) return null;
  const prices = shown.map((p) => p.price);
  const low = Math.min(...prices);
  const span = Math.max(...prices) - low || 1;
  const first = shown[0]!.at;
  const width = Math.max(shown[shown.length - 1]!.at - first, 1);
  // A 1-unit margin top and bottom keeps the stroke inside the box.
  const inner = SPARK_HEIGHT - 4;
  return shown
    .map((p, i) => {
      const x = round(((p.at - first) / width) * SPARK_WIDTH);
      const y = round(SPARK_HEIGHT - 2 - ((p.price - low) / span) * inner);
      return `${i ? 'L' : 'M'}${x} ${y}`;
    })
    .join('');
}
