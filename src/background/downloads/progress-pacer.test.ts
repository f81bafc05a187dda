import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPacer, type PacerClock } from './progress-pacer';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: PacerClock = {
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.run();
    }
    now = until;
  };
  return { clock, advance, pending: () => timers.length };
}

describe('download progress pacing', () => {
  it('sends the first change at once, a burst as its latest state, and the end at once', () => {
    const { clock, advance, pending } = manualClock();
    const sent: [string, number, number][] = [];
    const pacer = createPacer<number>(
      (job, done) => sent.push([job, done, clock.now()]),
      100,
      clock,
    );
    pacer.push('a', 1, false);
    for (let done = 2; done <= 30; done++) pacer.push('a', done, false);
    expect(sent).toEqual([['a', 1, 0]]);
    advance(100);
    expect(sent).toEqual([
      ['a', 1, 0],
      ['a', 30, 100],
    ]);
    pacer.push('a', 31, false);
    pacer.push('a', 40, true);
    expect(sent.at(-1)).toEqual(['a', 40, 100]);
    advance(1000);
    expect(sent).toHaveLength(3);
    expect(pending()).toBe(0);
  });

  it('paces each job on its own', () => {
    const { clock, advance } = manualClock();
    const sent: string[] = [];
    const pacer = createPacer<number>((job, done) => sent.push(`${job}${done}`), 100, clock);
    pacer.push('a', 1, false);
    pacer.push('b', 1, false);
    pacer.push('a', 2, false);
    advance(100);
    expect(sent).toEqual(['a1', 'b1', 'a2']);
  });

  it('never lets an older state follow a newer one, and always ends on the last state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 250 }), fc.boolean()), { maxLength: 60 }),
        (steps) => {
          const { clock, advance } = manualClock();
          const sent: number[] = [];
          const pacer = createPacer<number>((_job, n) => sent.push(n), 100, clock);
          let n = 0;
          let last: number | undefined;
          for (const [wait, isFinal] of steps) {
            advance(wait);
            n++;
            pacer.push('job', n, isFinal);
            last = n;
          }
          advance(10_000);
          for (let i = 1; i < sent.length; i++) expect(sent[i]).toBeGreaterThan(sent[i - 1]!);
          if (last !== undefined) expect(sent.at(-1)).toBe(last);
        },
      ),
    );
  });
});
