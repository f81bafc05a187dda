/**
 * The download queue in storage.session. The worker is its only writer, so it keeps a mirror of the
 * stored record, applies every change to the mirror at once and in order, and writes the record
 * back: at once for a change that must be stored before the worker acts on it (`updateJob`), within
 * a quarter second for one that may be lost to a worker restart (`updateJobSoon`: resumeJobs finds
 * its effect again through chrome.downloads). Running and finished jobs are stored apart, so the
 * record written while files are saving holds only the running ones.
 */
import { browser } from '../../shared/browser';
import { storageKeys } from '../../shared/storage-keys';
import type { Job } from './job';

export type Jobs = Record<string, Job>;
type Change = (job: Job | undefined) => Job | undefined;

/** The part of storage.session the queue uses. */
export interface QueueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = storageKeys.downloadQueue;
const FINISHED_KEY = storageKeys.finishedDownloads;
/** Finished downloads stay visible this long, then leave the queue. */
export const KEEP_FINISHED_MS = 30 * 60 * 1000;
/** The longest a change made with updateJobSoon waits for its write. */
export const SOON_MS = 250;

interface Write {
  done: Promise<void>;
  start(): void;
  timer?: ReturnType<typeof setTimeout>;
  queued?: boolean;
}

export interface Queue {
  readJobs(): Promise<Jobs>;
  updateJob(id: string, change: Change): Promise<Job | undefined>;
  updateJobSoon(id: string, change: Change): Promise<Job | undefined>;
  /** Someone else removed the stored queue (the user erased the extension's data). */
  forget(): void;
}

const recordOf = (value: unknown): Jobs =>
  value !== null && typeof value === 'object' ? (value as Jobs) : {};

export function createQueue(area: QueueArea, now: () => number = Date.now): Queue {
  let mirror: Promise<Jobs> | undefined;
  /** A finished job changed, appeared or left since the last write. */
  let finishedChanged = false;
  /** The write still to start; changes made meanwhile all go out in it. */
  let next: Write | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  const load = (): Promise<Jobs> => {
    mirror ??= area.get([KEY, FINISHED_KEY]).then(
      (stored) => ({ ...recordOf(stored[FINISHED_KEY]), ...recordOf(stored[KEY]) }),
      (error: unknown) => {
        mirror = undefined;
        throw error;
      },
    );
    return mirror;
  };

  const write = async (): Promise<void> => {
    const jobs = await load();
    const running: Jobs = {};
    const finished: Jobs = {};
    const time = now();
    for (const [id, job] of Object.entries(jobs)) {
      if (job.state === 'running') running[id] = job;
      else if (job.finishedAt && time - job.finishedAt > KEEP_FINISHED_MS) {
        delete jobs[id];
        finishedChanged = true;
      } else finished[id] = job;
    }
    const items: Record<string, Jobs> = { [KEY]: running };
    if (finishedChanged) items[FINISHED_KEY] = finished;
    finishedChanged = false;
    await area.set(items);
  };

  /** The next write, started now or within SOON_MS; resolves once it is stored. */
  const schedule = (urgent: boolean): Promise<void> => {
    if (!next) {
      let settle!: { resolve: () => void; reject: (e: unknown) => void };
      const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
      const w: Write = {
        done,
        start() {
          if (w.queued) return;
          w.queued = true;
          clearTimeout(w.timer);
          // Until it begins, the write takes in every change made meanwhile.
          const begin = () => {
            if (next === w) next = undefined;
            return write();
          };
          const run = writing.then(begin, begin);
          run.then(settle.resolve, settle.reject);
          writing = run.catch(() => undefined);
        },
      };
      next = w;
    }
    const w = next;
    if (urgent) w.start();
    else w.timer ??= setTimeout(() => w.start(), SOON_MS);
    // A soon write that fails leaves the change in the mirror for the next one.
    if (!urgent) w.done.catch(() => undefined);
    return w.done;
  };

  const apply = async (id: string, change: Change): Promise<Job | undefined> => {
    const jobs = await load();
    const before = jobs[id];
    const after = change(before);
    if (after) jobs[id] = after;
    else delete jobs[id];
    if ((before && before.state !== 'running') || (after && after.state !== 'running'))
      finishedChanged = true;
    return after;
  };

  return {
    async readJobs() {
      return { ...(await load()) };
    },
    async updateJob(id, change) {
      const job = await apply(id, change);
      await schedule(true);
      return job;
    },
    async updateJobSoon(id, change) {
      const job = await apply(id, change);
      void schedule(false);
      return job;
    },
    forget() {
      mirror = Promise.resolve({});
      finishedChanged = true;
    },
  };
}

const queue = createQueue(browser.storage.session);

export const { readJobs, updateJob, updateJobSoon } = queue;

/** storage.onChanged: the queue removed from outside is forgotten here too. */
export function onQueueStorageChanged(
  changes: Record<string, { newValue?: unknown }>,
  area: string,
): void {
  if (area !== 'session') return;
  const removed = (key: string) => key in changes && changes[key]!.newValue === undefined;
  if (removed(KEY) || removed(FINISHED_KEY)) queue.forget();
}
