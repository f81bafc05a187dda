/**
 * A download as the shopper reads it, in the page's panel and in the popup alike: its progress
 * line, and each file that could not be saved with the file's own name (not the folder path) and
 * Chrome's interrupt reason (SERVER_BAD_CONTENT, FILE_NO_SPACE…) said in words. Other reasons
 * (AliKeep's own, already sentences) are shown as they are.
 */
import type { DownloadProgress } from '../background/downloads/job';
import { formatBytes } from './format-bytes';
import { t, type MessageKey } from './i18n';

/** "Saving 3 of 11 files · 1.2 MB", "Saved 11 files · 215.2 kB", or that it was cancelled. */
export function progressText(progress: DownloadProgress): string {
  if (progress.state === 'running')
    return t('progressRunning', [
      String(progress.done),
      String(progress.total),
      formatBytes(progress.bytes),
    ]);
  if (progress.state === 'cancelled') return t('progressCancelled');
  return t('progressDone', [String(progress.done), formatBytes(progress.bytes)]);
}

/** chrome.downloads.InterruptReason values, grouped by what the shopper can do about them. */
const REASONS: Record<string, MessageKey> = {
  FILE_NO_SPACE: 'failureDiskFull',
  FILE_NAME_TOO_LONG: 'failureNameTooLong',
  FILE_VIRUS_INFECTED: 'failureBlocked',
  FILE_BLOCKED: 'failureBlocked',
  FILE_SECURITY_CHECK_FAILED: 'failureBlocked',
  SERVER_BAD_CONTENT: 'failureNotServed',
};
/** The rest, by their prefix; a reason Chrome adds later still gets words. */
const GROUPS: { prefix: string; key: MessageKey }[] = [
  { prefix: 'FILE_', key: 'failureNotWritten' },
  { prefix: 'NETWORK_', key: 'failureNetwork' },
  { prefix: 'SERVER_', key: 'failureServer' },
  { prefix: 'USER_', key: 'failureCancelled' },
  { prefix: '', key: 'failureStopped' },
];

export function interruptKey(reason: string): MessageKey | undefined {
  if (!/^[A-Z_]+$/.test(reason)) return undefined;
  return REASONS[reason] ?? GROUPS.find((g) => reason.startsWith(g.prefix))?.key;
}

export function failureText(failure: { name: string; error: string }): string {
  const name = failure.name.split('/').pop() || failure.name;
  const key = interruptKey(failure.error);
  return t('progressFailedFile', [name, key ? t(key) : failure.error]);
}
