/**
 * The download queue in storage.session: one writer at a time in this worker, so two downloads
 * finishing together never overwrite each other's update, and changes that arrive together are
 * written together.
 */
import { browser } from '../../shared/browser';
import { storageKeys } from '../../shared/storage-keys';
import type { Job } from './job';

type Jobs = Record<string, Job>;
const KEY = storageKeys.downloadQueue;
/** Finished downloads stay visible this long, then leave the queue. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

interface Change {
  id: string;
  change: (job: Job | undefined) => Job | undefined;
  resolve: (job: Job | undefined) => void;
  reject: (error: unknown) => void;
}

let chain: Promise<unknown> = Promise.resolve();
/** Changes waiting for the next write; all of them go out in one read and one write. */
let waiting: Change[] = [];

async function readAll(): Promise<Jobs> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return stored !== null && typeof stored === 'object' ? (stored as Jobs) : {};
}

export function readJobs(): Promise<Jobs> {
  return chain.then(readAll, readAll);
}

/** Applies every waiting change in the order they came, then writes the queue once. */
async function flush(): Promise<void> {
  const batch = waiting;
  waiting = [];
  if (batch.length === 0) return;
  try {
    const jobs = await readAll();
    // A change that throws fails alone and leaves the queue as it found it.
    const results = batch.map(({ id, change }) => {
      try {
        const next = change(jobs[id]);
        if (next) jobs[id] = next;
        else delete jobs[id];
        return { next };
      } catch (error) {
        return { error };
      }
    });
    const now = Date.now();
    for (const [key, job] of Object.entries(jobs)) {
      if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) delete jobs[key];
    }
    await browser.storage.session.set({ [KEY]: jobs });
    batch.forEach((c, i) => {
      const r = results[i]!;
      if ('error' in r) c.reject(r.error);
      else c.resolve(r.next);
    });
  } catch (error) {
    for (const c of batch) c.reject(error);
  }
}

/**
 * Applies `change` to one job (or creates it) and returns the result; undefined removes it.
 * Changes made while a write is under way are applied together in the next one: with several
 * files saving at once, the queue is written once per batch instead of once per change.
 */
export function updateJob(
  id: string,
  change: (job: Job | undefined) => Job | undefined,
): Promise<Job | undefined> {
  return new Promise((resolve, reject) => {
    waiting.push({ id, change, resolve, reject });
    // One flush per batch: the first change of a batch schedules it behind the write under way.
    if (waiting.length === 1) chain = chain.then(flush, flush);
  });
}
