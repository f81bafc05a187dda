import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from './job';

vi.mock('../../shared/browser', () => ({ browser: { storage: { session: {} } } }));

const { createQueue, KEEP_FINISHED_MS, SOON_MS } = await import('./queue');

/** storage.session as the queue sees it, counting writes and what each one held. */
function fakeArea() {
  const data: Record<string, unknown> = {};
  const writes: string[][] = [];
  return {
    data,
    writes,
    async get(keys: string[]) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      writes.push(Object.keys(items));
      Object.assign(data, structuredClone(items));
    },
  };
}

function job(id: string, done = 0, state: Job['state'] = 'running', finishedAt?: number): Job {
  return {
    id,
    productId: '1005001',
    title: 'Lamp',
    createdAt: 1,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    options: { format: 'original', quality: 0.9 },
    items: [],
    archive: { path: 'a.zip', state: 'saving', packed: done },
    state,
  };
}

const packed = (j: Job | undefined) => j?.archive?.packed;
const bump = (j: Job | undefined) =>
  j && { ...j, archive: { ...j.archive!, packed: packed(j)! + 1 } };
const stored = (area: ReturnType<typeof fakeArea>, key: string) =>
  area.data[key] as Record<string, Job> | undefined;

describe('the download queue', () => {
  let area: ReturnType<typeof fakeArea>;
  let now = 1_000_000;
  beforeEach(() => {
    area = fakeArea();
    now = 1_000_000;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes changes that arrive together once, each seeing the one before', async () => {
    const q = createQueue(area, () => now);
    await q.updateJob('a', () => job('a'));
    area.writes.length = 0;
    const results = await Promise.all([
      q.updateJob('a', bump),
      q.updateJob('a', bump),
      q.updateJob('b', () => job('b', 7)),
    ]);
    expect(results.map(packed)).toEqual([1, 2, 7]);
    expect(area.writes).toHaveLength(1);
    expect(packed(stored(area, 'downloadQueue')!.a)).toBe(2);
    expect(packed(stored(area, 'downloadQueue')!.b)).toBe(7);
  });

  it('a change that throws fails alone; the others of its batch are kept', async () => {
    const q = createQueue(area, () => now);
    await q.updateJob('a', () => job('a'));
    const broken = q.updateJob('a', () => {
      throw new Error('bad change');
    });
    const good = q.updateJob('a', bump);
    await expect(broken).rejects.toThrow('bad change');
    expect(packed(await good)).toBe(1);
    expect(packed((await q.readJobs()).a)).toBe(1);
  });

  it('undefined removes the job', async () => {
    const q = createQueue(area, () => now);
    await q.updateJob('a', () => job('a'));
    await q.updateJob('a', () => undefined);
    expect(await q.readJobs()).toEqual({});
    expect(stored(area, 'downloadQueue')).toEqual({});
  });

  it('a soon change is seen at once and stored within the interval, in one write', async () => {
    vi.useFakeTimers();
    const q = createQueue(area, () => now);
    await q.updateJob('a', () => job('a'));
    area.writes.length = 0;
    for (let i = 0; i < 5; i++) await q.updateJobSoon('a', bump);
    expect(packed((await q.readJobs()).a)).toBe(5);
    expect(area.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SOON_MS);
    expect(area.writes).toHaveLength(1);
    expect(packed(stored(area, 'downloadQueue')!.a)).toBe(5);
  });

  it('a write made at once carries the soon changes before it', async () => {
    vi.useFakeTimers();
    const q = createQueue(area, () => now);
    await q.updateJob('a', () => job('a'));
    await q.updateJobSoon('a', bump);
    await q.updateJob('b', () => job('b'));
    expect(packed(stored(area, 'downloadQueue')!.a)).toBe(1);
    area.writes.length = 0;
    await vi.advanceTimersByTimeAsync(SOON_MS * 2);
    expect(area.writes).toHaveLength(0);
  });

  it('keeps finished jobs apart and does not rewrite them while others run', async () => {
    const q = createQueue(area, () => now);
    await q.updateJob('old', () => job('old', 3, 'done', now));
    await q.updateJob('a', () => job('a'));
    expect(Object.keys(stored(area, 'downloadQueue')!)).toEqual(['a']);
    expect(Object.keys(stored(area, 'finishedDownloads')!)).toEqual(['old']);
    area.writes.length = 0;
    await q.updateJob('a', bump);
    await q.updateJob('a', bump);
    expect(area.writes).toEqual([['downloadQueue'], ['downloadQueue']]);
    // Finishing moves the job over.
    await q.updateJob('a', (j) => j && { ...j, state: 'done', finishedAt: now });
    expect(stored(area, 'downloadQueue')).toEqual({});
    expect(Object.keys(stored(area, 'finishedDownloads')!).sort()).toEqual(['a', 'old']);
  });

  it('a restarted worker finds running and finished jobs; old finished ones leave', async () => {
    const first = createQueue(area, () => now);
    await first.updateJob('old', () => job('old', 1, 'done', now));
    await first.updateJob('a', () => job('a', 2));
    const restarted = createQueue(area, () => now);
    const jobs = await restarted.readJobs();
    expect(Object.keys(jobs).sort()).toEqual(['a', 'old']);
    expect(packed(jobs.a)).toBe(2);
    now += KEEP_FINISHED_MS + 1;
    await restarted.updateJob('a', bump);
    expect(Object.keys(stored(area, 'finishedDownloads')!)).toEqual([]);
    expect(Object.keys(await restarted.readJobs())).toEqual(['a']);
  });

  it('forgets the queue when it was erased from storage', async () => {
    const q = createQueue(area, () => now);
    await q.updateJob('a', () => job('a'));
    q.forget();
    expect(await q.readJobs()).toEqual({});
    await q.updateJob('b', () => job('b'));
    expect(Object.keys(stored(area, 'downloadQueue')!)).toEqual(['b']);
  });
});
