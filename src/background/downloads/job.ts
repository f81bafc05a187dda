/**
 * A download as the worker keeps it in storage.session, so that a worker restart in the middle
 * finishes it without saving any file twice.
 */
import type { MediaKind } from '../../extract/model';

export type ItemState = 'pending' | 'saving' | 'done' | 'failed';

export interface JobItem {
  key: string;
  url: string;
  kind: MediaKind;
  label?: string;
  /** Relative path without extension. */
  stem: string;
  /** Final relative path, once the bytes told the extension. */
  path?: string;
  state: ItemState;
  /** When the worker claimed the item (before calling downloads.download). */
  claimedAt?: number;
  downloadId?: number;
  /** A converted file's object URL in the offscreen document. */
  blobUrl?: string;
  bytes?: number;
  error?: string;
  attempts: number;
}

export interface ArchiveState {
  path: string;
  state: ItemState;
  claimedAt?: number;
  downloadId?: number;
  blobUrl?: string;
  bytes?: number;
  error?: string;
  /** Files packed so far (reported by the offscreen document). */
  packed: number;
}

export interface Job {
  id: string;
  tabId?: number;
  productId: string;
  title: string;
  createdAt: number;
  finishedAt?: number;
  options: { format: 'original' | 'jpeg' | 'png'; quality: number };
  items: JobItem[];
  archive?: ArchiveState;
  state: 'running' | 'done' | 'cancelled';
}

/** What the page and the popup show about a download. */
export interface DownloadProgress {
  jobId: string;
  productId: string;
  state: Job['state'];
  total: number;
  done: number;
  bytes: number;
  archive: boolean;
  failed: { key: string; name: string; error: string }[];
}

export function progressOf(job: Job): DownloadProgress {
  const done = job.archive
    ? job.archive.state === 'done'
      ? job.items.length
      : job.archive.packed
    : job.items.filter((i) => i.state === 'done').length;
  const bytes = job.archive
    ? (job.archive.bytes ?? 0)
    : job.items.reduce((sum, i) => sum + (i.state === 'done' ? (i.bytes ?? 0) : 0), 0);
  const failed = job.archive
    ? job.archive.state === 'failed'
      ? [{ key: 'archive', name: job.archive.path, error: job.archive.error ?? 'failed' }]
      : []
    : job.items
        .filter((i) => i.state === 'failed')
        .map((i) => ({ key: i.key, name: i.path ?? i.stem, error: i.error ?? 'failed' }));
  return {
    jobId: job.id,
    productId: job.productId,
    state: job.state,
    total: job.items.length,
    done,
    bytes,
    archive: Boolean(job.archive),
    failed,
  };
}

/** A job is over when nothing is waiting or being saved. */
export function settle(job: Job, now: number): Job {
  if (job.state !== 'running') return job;
  const open = job.archive
    ? job.archive.state === 'pending' || job.archive.state === 'saving'
    : job.items.some((i) => i.state === 'pending' || i.state === 'saving');
  return open ? job : { ...job, state: 'done', finishedAt: now };
}
