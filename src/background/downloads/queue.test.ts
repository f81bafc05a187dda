import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from './job';

const area = vi.hoisted(() => {
  const data: Record<string, unknown> = {};
  return {
    data,
    writes: 0,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      this.writes++;
      Object.assign(data, structuredClone(items));
    },
  };
});
vi.mock('../../shared/browser', () => ({ browser: { storage: { session: area } } }));

const { readJobs, updateJob } = await import('./queue');

function job(id: string, done = 0): Job {
  return {
    id,
    productId: '1005001',
    title: 'Lamp',
    createdAt: 1,
    options: { format: 'original', quality: 0.9 },
    items: [],
    archive: { path: 'a.zip', state: 'saving', packed: done },
    state: 'running',
  };
}

const packed = (j: Job | undefined) => j?.archive?.packed;
const bump = (j: Job | undefined) =>
  j && { ...j, archive: { ...j.archive!, packed: packed(j)! + 1 } };

describe('the download queue', () => {
  beforeEach(() => {
    for (const key of Object.keys(area.data)) delete area.data[key];
    area.writes = 0;
  });

  it('writes changes that arrive together once, each seeing the one before', async () => {
    await updateJob('a', () => job('a'));
    area.writes = 0;
    const results = await Promise.all([
      updateJob('a', bump),
      updateJob('a', bump),
      updateJob('b', () => job('b', 7)),
    ]);
    expect(results.map(packed)).toEqual([1, 2, 7]);
    expect(area.writes).toBe(1);
    const jobs = await readJobs();
    expect(packed(jobs.a)).toBe(2);
    expect(packed(jobs.b)).toBe(7);
  });

  it('a change that throws fails alone; the others of its batch are kept', async () => {
    await updateJob('a', () => job('a'));
    const broken = updateJob('a', () => {
      throw new Error('bad change');
    });
    const good = updateJob('a', bump);
    await expect(broken).rejects.toThrow('bad change');
    expect(packed(await good)).toBe(1);
    expect(packed((await readJobs()).a)).toBe(1);
  });

  it('undefined removes the job', async () => {
    await updateJob('a', () => job('a'));
    await updateJob('a', () => undefined);
    expect(await readJobs()).toEqual({});
  });
});
