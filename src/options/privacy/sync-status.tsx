/**
 * How sync stands, under its switch in the privacy center: what the synced copy holds, or why part
 * of it is not synced (too large for the browser's quota, a newer AliKeep's format, a failed write).
 * Asks the worker, which runs a pass first; looks again when the synced copy changes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus as Status } from '../../background/sync/sync-service';
import { browser, type Storage } from '../../shared/browser';
import { t } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';
import { syncKeys } from '../../sync/sync-keys';

export function syncStatusText(status: Status): string[] {
  const lines: string[] = [];
  const { watches } = status;
  if (status.watchlist === 'newer-format') lines.push(t('syncWatchlistNewer'));
  else if (status.watchlist === 'incomplete') lines.push(t('syncWatchlistArriving'));
  else if (watches && watches.synced < watches.total) {
    lines.push(t('syncWatchlistTooLarge', [String(watches.total), String(watches.synced)]));
  } else if (watches) lines.push(t('syncStatusSynced', String(watches.synced)));
  if (status.error) lines.push(t('syncFailed', status.error));
  return lines;
}

export function SyncStatus() {
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      void sendToWorker('getSyncStatus').then((reply) => reply.ok && setStatus(reply.value));
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area !== 'sync' || !syncKeys.some((k) => k in changes)) return;
      clearTimeout(timer);
      timer = setTimeout(load, 800);
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  if (!status?.on) return null;
  return (
    <span class="muted" role="status" data-testid="privacy-sync-status">
      {syncStatusText(status).map((line) => (
        <span class="sync-line">{line} </span>
      ))}
    </span>
  );
}
