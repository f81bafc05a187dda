import { describe, expect, it } from 'vitest';
import { MAX_WRITE_OPERATIONS_PER_HOUR, MAX_WRITE_OPERATIONS_PER_MINUTE } from './quota';
import { recentWrites, writeDelay, WRITES_PER_HOUR, WRITES_PER_MINUTE } from './write-pace';

describe('pacing writes to storage.sync', () => {
  it('stays under the browser’s limits', () => {
    expect(WRITES_PER_MINUTE).toBeLessThan(MAX_WRITE_OPERATIONS_PER_MINUTE);
    expect(WRITES_PER_HOUR).toBeLessThan(MAX_WRITE_OPERATIONS_PER_HOUR);
  });

  it('writes at once while few writes were made', () => {
    expect(writeDelay([], 1_000_000)).toBe(0);
    expect(writeDelay([999_000, 999_500], 1_000_000)).toBe(0);
  });

  it('waits for the oldest write of a full minute to age out', () => {
    const now = 10_000_000;
    const burst = Array.from({ length: WRITES_PER_MINUTE }, (_, n) => now - 30_000 + n);
    expect(writeDelay(burst, now)).toBe(30_000);
  });

  it('waits within the hour too, and forgets writes older than an hour', () => {
    const now = 100_000_000;
    const hour = Array.from({ length: WRITES_PER_HOUR }, (_, n) => now - 3_500_000 + n * 3_000);
    expect(writeDelay(hour, now)).toBe(100_000);
    expect(recentWrites([now - 3_700_000, now - 10], now)).toEqual([now - 10]);
  });

  it('never writes more than the limit in any simulated stretch', () => {
    const writes: number[] = [];
    let now = 0;
    while (now < 2 * 3_600_000) {
      now += writeDelay(writes, now);
      writes.push(now);
      now += 500;
    }
    for (const at of writes) {
      expect(writes.filter((w) => w >= at && w < at + 60_000).length).toBeLessThanOrEqual(
        WRITES_PER_MINUTE,
      );
      expect(writes.filter((w) => w >= at && w < at + 3_600_000).length).toBeLessThanOrEqual(
        WRITES_PER_HOUR,
      );
    }
  });
});
