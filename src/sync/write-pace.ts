/**
 * Pacing writes to storage.sync under the browser's write limits (120 a minute, 1,800 an hour),
 * with room to spare: changes are gathered for DEBOUNCE_MS after the last one, and a write waits
 * when the recent ones already reach a limit. Pure: the caller keeps the times of its writes.
 */
export const DEBOUNCE_MS = 2_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Half the browser's limits: another device's AliKeep writes to the same quota. */
export const WRITES_PER_MINUTE = 60;
export const WRITES_PER_HOUR = 900;

/** How long to wait before the next write, given the times of earlier ones. */
export function writeDelay(recent: readonly number[], now: number): number {
  const within = (span: number) => recent.filter((at) => at > now - span).sort((a, b) => a - b);
  const wait = (span: number, limit: number) => {
    const times = within(span);
    if (times.length < limit) return 0;
    return times[times.length - limit]! + span - now;
  };
  return Math.max(0, wait(MINUTE, WRITES_PER_MINUTE), wait(HOUR, WRITES_PER_HOUR));
}

/** The write times worth keeping: those of the last hour. */
export const recentWrites = (recent: readonly number[], now: number): number[] =>
  recent.filter((at) => at > now - HOUR);
