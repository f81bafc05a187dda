/**
 * Runs downloads from the queue: a few files at a time, each named by the plan and given the
 * extension its bytes call for, converted or packed (see blob-route.ts) when the settings ask.
 * A file's claim and name are stored before its download starts, so a worker restarted in the
 * middle picks up where it was, without saving a file twice; what chrome.downloads itself
 * remembers (the download's id, its end) is stored within a moment, since a restart finds it there.
 */
import type { Product } from '../../extract/model';
import { finalizePath, planDownload, zipLayout } from '../../download/plan';
import type { Settings } from '../../settings/defaults';
import { browser } from '../../shared/browser';
import { log } from '../../shared/log';
import { sendToTab } from '../../shared/messaging';
import { createBlobHands } from './blob-hands';
import { progressOf, settle, type Job, type JobItem } from './job';
import { isMediaUrl } from './media-hosts';
import { probeRecent } from './probe';
import { createPacer } from './progress-pacer';
import { readJobs, updateJob, updateJobSoon } from './queue';

/**
 * Files handed to chrome.downloads at once. The browser itself opens six connections per server
 * and queues the rest, so a file handed over early costs nothing and starts the moment a connection
 * frees, instead of waiting for the worker to hear of the end, claim, name and record the next one.
 * The cap keeps a restart's look-up of unfinished files short.
 */
const PARALLEL = 40;
/** Tries per file before it is shown as failed. */
const AUTO_ATTEMPTS = 2;
const CONVERTIBLE = new Set(['webp', 'avif']);

/** Conversion, archives and their blob URLs: the offscreen document or this context itself. */
const blobs = createBlobHands(({ jobId, done, bytes }) => void archiveProgress(jobId, done, bytes));

function newJobId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function createJob(
  product: Product,
  selection: 'all' | string[],
  settings: Settings,
  tabId: number | undefined,
): Promise<Job> {
  // A list is the user's own pick in the picker: it overrides the include-videos/description defaults.
  const picked = selection !== 'all';
  const plan = planDownload(product, {
    includeVideos: picked || settings.includeVideos,
    includeDescription: picked || settings.includeDescription,
    selection: selection === 'all' ? 'all' : new Set(selection),
    template: settings.folderTemplate,
    date: new Date(),
  });
  const items: JobItem[] = plan.items
    .filter((i) => isMediaUrl(i.url))
    .map((i) => ({
      key: i.key,
      url: i.url,
      kind: i.kind,
      ...(i.label ? { label: i.label } : {}),
      stem: i.stem,
      state: 'pending',
      attempts: 0,
    }));
  if (items.length === 0) throw new Error('Nothing to download: no file on the media hosts.');
  const job: Job = {
    id: newJobId(),
    ...(tabId !== undefined ? { tabId } : {}),
    productId: product.id,
    title: product.title ?? product.id,
    createdAt: Date.now(),
    options: { format: settings.downloadFormat, quality: settings.jpegQuality },
    items,
    ...(settings.downloadZip
      ? { archive: { path: zipLayout(plan).archivePath, state: 'pending' as const, packed: 0 } }
      : {}),
    state: 'running',
  };
  const stored = updateJob(job.id, () => job);
  // The first files are claimed while the job is written; none starts before that write is done.
  void pump(job.id);
  await stored;
  return job;
}

/** Progress messages to a job's tab, at most one per this while its files are saving. */
const PROGRESS_GAP_MS = 100;
const progress = createPacer<{ tabId: number; job: Job }>(
  (_jobId, { tabId, job }) => void sendToTab(tabId, 'downloadProgress', progressOf(job)),
  PROGRESS_GAP_MS,
);

function notify(job: Job | undefined): void {
  if (job?.tabId === undefined) return;
  progress.push(job.id, { tabId: job.tabId, job }, job.state !== 'running');
}

/** Changes one file of a job; `soon` for a change a worker restart may lose (see queue.ts). */
function patchItem(
  jobId: string,
  key: string,
  patch: Partial<JobItem>,
  soon = false,
): Promise<Job | undefined> {
  return (soon ? updateJobSoon : updateJob)(jobId, (job) =>
    job
      ? settle(
          { ...job, items: job.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) },
          Date.now(),
        )
      : job,
  );
}

/** Starts as many waiting files as the parallel limit allows. */
export async function pump(jobId: string): Promise<void> {
  const claimed: JobItem[] = [];
  let archive = false;
  // The claim needs no write of its own: the write before each download stores it (saveItem).
  const job = await updateJobSoon(jobId, (j) => {
    if (!j || j.state !== 'running') return j;
    if (j.archive) {
      if (j.archive.state !== 'pending') return j;
      archive = true;
      return { ...j, archive: { ...j.archive, state: 'saving', claimedAt: Date.now() } };
    }
    let busy = j.items.filter((i) => i.state === 'saving').length;
    const items = j.items.map((i) => {
      if (i.state !== 'pending' || busy >= PARALLEL) return i;
      busy++;
      const next = {
        ...i,
        state: 'saving' as const,
        claimedAt: Date.now(),
        attempts: i.attempts + 1,
      };
      claimed.push(next);
      return next;
    });
    return { ...j, items };
  });
  if (!job) return;
  if (archive) void saveArchive(job);
  for (const item of claimed) void saveItem(job, item);
  notify(job);
}

async function saveItem(job: Job, item: JobItem): Promise<void> {
  try {
    const probe = await probeRecent(item.url);
    const convert =
      job.options.format !== 'original' &&
      CONVERTIBLE.has(probe.format.ext) &&
      !probe.format.animated;
    const ext = convert ? (job.options.format === 'jpeg' ? 'jpg' : 'png') : probe.format.ext;
    const path = finalizePath(item, ext);
    let url = item.url;
    let blobUrl: string | undefined;
    let bytes = probe.size ?? undefined;
    if (convert) {
      const reply = await blobs('offscreenConvert', {
        url: item.url,
        format: job.options.format as 'jpeg' | 'png',
        quality: job.options.quality,
      });
      if (!reply.ok) throw new Error(reply.error.message);
      url = blobUrl = reply.value.blobUrl;
      bytes = reply.value.bytes;
    }
    // Stored before the download starts (with the claim): a restart looks the download up by name.
    await patchItem(job.id, item.key, {
      path,
      ...(blobUrl ? { blobUrl } : {}),
      ...(bytes !== undefined ? { bytes } : {}),
    });
    // policy-hosts: media-hosts
    const downloadId = await browser.downloads.download({
      url,
      filename: path,
      conflictAction: 'uniquify',
      saveAs: false,
    });
    const now = await patchItem(job.id, item.key, { downloadId }, true);
    // Cancelled while the browser was starting this file: cancelJob could not see its id.
    if (now?.state === 'cancelled')
      await browser.downloads.cancel(downloadId).catch(() => undefined);
    // A small file can end before its id is in the queue: its end is handled now.
    const early = endedUnknown.get(downloadId);
    if (early) {
      endedUnknown.delete(downloadId);
      await onDownloadChanged(early);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.info('A file could not be saved:', message);
    // A passing hiccup (a busy server, the offscreen page still starting) gets one more try at once;
    // after that the file is listed as failed, with a retry button.
    const again = item.attempts < AUTO_ATTEMPTS;
    notify(
      await patchItem(
        job.id,
        item.key,
        again ? { state: 'pending' } : { state: 'failed', error: message },
      ),
    );
    void pump(job.id);
  }
}

async function saveArchive(job: Job): Promise<void> {
  const archive = job.archive!;
  try {
    const reply = await blobs('offscreenZip', {
      jobId: job.id,
      entries: job.items.map((i) => ({
        url: i.url,
        stem: i.stem
          .split('/')
          .slice(archive.path.split('/').length - 1)
          .join('/'),
        convert: job.options.format === 'original' ? null : job.options.format,
        quality: job.options.quality,
      })),
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const { blobUrl, bytes, failed } = reply.value;
    await updateJob(job.id, (j) =>
      j?.archive
        ? {
            ...j,
            items: j.items.map((i) => {
              const miss = failed.find((f) => f.url === i.url);
              return miss ? { ...i, state: 'failed', error: miss.error } : { ...i, state: 'done' };
            }),
            archive: { ...j.archive, blobUrl, bytes },
          }
        : j,
    );
    // policy-hosts: media-hosts
    const downloadId = await browser.downloads.download({
      url: blobUrl,
      filename: archive.path,
      conflictAction: 'uniquify',
      saveAs: false,
    });
    await updateJob(job.id, (j) =>
      j?.archive ? { ...j, archive: { ...j.archive, downloadId } } : j,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    notify(
      await updateJob(job.id, (j) =>
        j?.archive
          ? settle({ ...j, archive: { ...j.archive, state: 'failed', error: message } }, Date.now())
          : j,
      ),
    );
  }
}

async function revoke(blobUrl: string | undefined): Promise<void> {
  if (blobUrl) await blobs('offscreenRevoke', { blobUrl });
}

interface DownloadDelta {
  id: number;
  state?: { current?: string };
  error?: { current?: string };
}

/** Ends of downloads no job knew of yet (the last few; most are the user's own downloads). */
const endedUnknown = new Map<number, DownloadDelta>();
const ENDED_UNKNOWN_KEPT = 50;

/** downloads.onChanged: a file finished or broke off. */
export async function onDownloadChanged(delta: DownloadDelta): Promise<void> {
  const state = delta.state?.current;
  if (state !== 'complete' && state !== 'interrupted') return;
  const jobs = await readJobs();
  for (const job of Object.values(jobs)) {
    if (job.archive?.downloadId === delta.id) {
      const next = await updateJob(job.id, (j) =>
        j?.archive
          ? settle(
              {
                ...j,
                archive: {
                  ...j.archive,
                  state: state === 'complete' ? 'done' : 'failed',
                  ...(state === 'interrupted'
                    ? { error: delta.error?.current ?? 'interrupted' }
                    : {}),
                },
              },
              Date.now(),
            )
          : j,
      );
      await revoke(job.archive.blobUrl);
      notify(next);
      return;
    }
    const item = job.items.find((i) => i.downloadId === delta.id);
    if (!item) continue;
    // A restart before this is stored finds the download's end through chrome.downloads.
    const next = await patchItem(
      job.id,
      item.key,
      state === 'complete'
        ? { state: 'done' }
        : { state: 'failed', error: delta.error?.current ?? 'interrupted' },
      true,
    );
    void pump(job.id);
    await revoke(item.blobUrl);
    notify(next);
    return;
  }
  endedUnknown.set(delta.id, delta);
  if (endedUnknown.size > ENDED_UNKNOWN_KEPT)
    endedUnknown.delete(endedUnknown.keys().next().value!);
}

/** After a worker restart: settle what finished meanwhile, re-find claimed downloads, go on. */
export async function resumeJobs(): Promise<void> {
  const jobs = await readJobs();
  for (const job of Object.values(jobs)) {
    if (job.state !== 'running') continue;
    for (const item of job.items) {
      if (item.state !== 'saving') continue;
      const found = await findDownload(item.downloadId, item.path, item.claimedAt);
      if (!found) {
        // The worker stopped before the download began: start this file again.
        await patchItem(job.id, item.key, { state: 'pending' });
      } else if (found.state === 'complete') {
        await patchItem(job.id, item.key, { state: 'done', downloadId: found.id });
      } else if (found.state === 'interrupted') {
        await patchItem(job.id, item.key, {
          state: 'failed',
          downloadId: found.id,
          error: found.error ?? 'interrupted',
        });
      } else if (item.downloadId === undefined) {
        await patchItem(job.id, item.key, { downloadId: found.id });
      }
    }
    const archive = job.archive;
    if (archive?.state === 'saving') {
      const found = await findDownload(archive.downloadId, archive.path, archive.claimedAt);
      await updateJob(job.id, (j) => {
        if (!j?.archive) return j;
        if (!found) return { ...j, archive: { ...j.archive, state: 'pending', packed: 0 } };
        const state =
          found.state === 'complete' ? 'done' : found.state === 'interrupted' ? 'failed' : 'saving';
        return settle({ ...j, archive: { ...j.archive, state, downloadId: found.id } }, Date.now());
      });
    }
    void pump(job.id);
  }
}

async function findDownload(
  id: number | undefined,
  path: string | undefined,
  claimedAt: number | undefined,
): Promise<{ id: number; state: string; error?: string } | undefined> {
  if (id !== undefined) {
    const [found] = await browser.downloads.search({ id });
    if (found)
      return {
        id: found.id,
        state: found.state ?? 'in_progress',
        ...(found.error ? { error: found.error } : {}),
      };
  }
  if (!path || claimedAt === undefined) return undefined;
  const name = path.split('/').pop() ?? path;
  const candidates = await browser.downloads.search({
    startedAfter: new Date(claimedAt - 1000).toISOString(),
  });
  const found = candidates.find((d) => d.filename.replace(/\\/g, '/').endsWith(`/${name}`));
  return found
    ? {
        id: found.id,
        state: found.state ?? 'in_progress',
        ...(found.error ? { error: found.error } : {}),
      }
    : undefined;
}

export async function cancelJob(jobId: string): Promise<void> {
  const job = await updateJob(jobId, (j) =>
    j && j.state === 'running' ? { ...j, state: 'cancelled', finishedAt: Date.now() } : j,
  );
  if (!job) return;
  for (const item of job.items) {
    if (item.state === 'saving' && item.downloadId !== undefined) {
      await browser.downloads.cancel(item.downloadId).catch(() => undefined);
    }
  }
  notify(job);
}

export async function retryJob(jobId: string): Promise<void> {
  await updateJob(jobId, (j) => {
    if (!j) return j;
    const items = j.items.map((i) =>
      i.state === 'failed' ? { ...i, state: 'pending' as const, error: undefined } : i,
    ) as JobItem[];
    const archive =
      j.archive?.state === 'failed'
        ? { ...j.archive, state: 'pending' as const, packed: 0 }
        : j.archive;
    const { finishedAt: _finished, ...rest } = j;
    return { ...rest, items, ...(archive ? { archive } : {}), state: 'running' };
  });
  await pump(jobId);
}

export async function archiveProgress(jobId: string, done: number, bytes: number): Promise<void> {
  notify(
    await updateJobSoon(jobId, (j) =>
      j?.archive ? { ...j, archive: { ...j.archive, packed: done, bytes } } : j,
    ),
  );
}

export async function jobProgress(jobId: string) {
  const job = (await readJobs())[jobId];
  return job ? progressOf(job) : null;
}
