/**
 * Paces a job's progress messages to its tab. Forty files finishing within half a second were
 * forty messages, each redrawing the page's progress while the browser was still writing files.
 * Now the first change goes out at once, later ones at most one per `gapMs` (always the latest
 * state), and the end (the job no longer running) at once, after which nothing older can follow.
 */

export interface PacerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Pacer<P> {
  /** `final`: the job's last state; it is sent at once and ends the job's pacing. */
  push(jobId: string, progress: P, final: boolean): void;
}

const systemClock: PacerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Paced<P> {
  sentAt: number;
  latest?: P;
  timer?: unknown;
}

export function createPacer<P>(
  send: (jobId: string, progress: P) => void,
  gapMs: number,
  clock: PacerClock = systemClock,
): Pacer<P> {
  const jobs = new Map<string, Paced<P>>();
  const flush = (jobId: string, paced: Paced<P>, progress: P) => {
    if (paced.timer !== undefined) clock.clearTimeout(paced.timer);
    paced.timer = undefined;
    paced.latest = undefined;
    paced.sentAt = clock.now();
    send(jobId, progress);
  };
  return {
    push(jobId, progress, final) {
      const paced = jobs.get(jobId) ?? { sentAt: -Infinity };
      if (final) {
        jobs.delete(jobId);
        flush(jobId, paced, progress);
        return;
      }
      jobs.set(jobId, paced);
      const wait = paced.sentAt + gapMs - clock.now();
      if (wait <= 0) {
        flush(jobId, paced, progress);
        return;
      }
      paced.latest = progress;
      paced.timer ??= clock.setTimeout(() => {
        paced.timer = undefined;
        if (jobs.get(jobId) === paced && paced.latest !== undefined)
          flush(jobId, paced, paced.latest);
      }, wait);
    },
  };
}
