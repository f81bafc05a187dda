/**
 * Notices about the user's stored data (src/settings/notices.ts), at the top of the options page:
 * settings repaired or from a newer version, storage full. Each stays until dismissed.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseNotices, type Notice } from '../settings/notices';
import { browser, type Storage } from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { storageKeys } from '../shared/storage-keys';

function noticeText(n: Notice): string {
  const fields = n.fields.join(', ');
  switch (n.kind) {
    case 'settings-repaired':
      return t('noticeSettingsRepaired', fields);
    case 'settings-from-future':
      return fields ? t('noticeSettingsFromFuture', fields) : t('noticeSettingsFromFutureKept');
    case 'storage-full':
      return n.saved ? t('noticeStorageFullSaved', String(n.pruned)) : t('noticeStorageFullFailed');
  }
}

export function StorageNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    const key = storageKeys.notices;
    browser.storage.local.get(key).then(
      (items) => setNotices(parseNotices(items[key])),
      () => undefined,
    );
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[key]) setNotices(parseNotices(changes[key].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    // The worker checks the stored settings when it reads them, and leaves a notice if it had
    // to repair them: ask it now, in case nothing else has woken it since they were damaged.
    void sendToWorker('getSettings');
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (notices.length === 0) return null;
  return (
    <section class="notices" aria-label={t('noticesLabel')}>
      {notices.map((n) => (
        <p role="alert" class="notice" data-testid={`notice-${n.kind}`} key={n.kind}>
          <span>{noticeText(n)}</span>
          <button
            type="button"
            data-testid={`notice-dismiss-${n.kind}`}
            onClick={() => void sendToWorker('dismissNotice', { kind: n.kind })}
          >
            {t('noticeDismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}
