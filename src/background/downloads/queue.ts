/**
 * The download queue in storage.session: one writer at a time in this worker, so two downloads
 * finishing together never overwrite each other's update.
 */
import { browser } from '../../shared/browser';
import { storageKeys } from '../../shared/storage-keys';
import type { Job } from './job';

type Jobs = Record<string, Job>;
const KEY = storageKeys.downloadQueue;
/** Finished downloads stay visible this long, then leave the queue. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

let chain: Promise<unknown> = Promise.resolve();

async function readAll(): Promise<Jobs> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return stored !== null && typeof stored === 'object' ? (stored as Jobs) : {};
}

export function readJobs(): Promise<Jobs> {
  return chain.then(readAll, readAll);
}

/** Applies `change` to one job (or creates it) and returns the result; undefined removes it. */
export function updateJob(
  id: string,
  change: (job: Job | undefined) => Job | undefined,
): Promise<Job | undefined> {
  const run = async () => {
    const jobs = await readAll();
    const next = change(jobs[id]);
    if (next) jobs[id] = next;
    else delete jobs[id];
    const now = Date.now();
    for (const [key, job] of Object.entries(jobs)) {
      if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) delete jobs[key];
    }
    await browser.storage.session.set({ [KEY]: jobs });
    return next;
  };
  const result = chain.then(run, run);
  chain = result.catch(() => undefined);
  return result;
}
