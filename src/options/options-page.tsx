import { useState } from 'preact/hooks';
import { PageButtonField, PlacementField, ThemeField } from '../components/setting-fields';
import { useSettings } from '../components/use-settings';
import { DownloadFields } from '../components/download-fields';
import { PrivacyCenter } from './privacy/privacy-center';
import { StorageNotices } from './storage-notices';
import { useTheme } from '../components/use-theme';
import type { SettingsPatch } from '../settings/defaults';
import type { Reply } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { t } from '../shared/i18n';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

export function OptionsPage() {
  const { stored, update } = useSettings();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  useTheme(stored?.values.theme);

  const report = (reply: Reply<unknown>) =>
    setSave(reply.ok ? { kind: 'saved' } : { kind: 'failed', reason: reply.error.message });
  const change = (patch: SettingsPatch) => void update(patch).then(report);

  return (
    <main>
      <h1>
        <span class="brand">AliKeep</span> · {t('optionsTitle')}
      </h1>
      <StorageNotices />
      {stored === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <form onSubmit={(e) => e.preventDefault()}>
          <PageButtonField values={stored.values} update={change} />
          <PlacementField values={stored.values} update={change} />
          <ThemeField values={stored.values} update={change} />
          <DownloadFields values={stored.values} update={change} />
          <div class="actions">
            <button
              type="button"
              data-testid="settings-reset"
              onClick={() => void sendToWorker('resetSettings').then(report)}
            >
              {t('optionsReset')}
            </button>
            <span role="status" data-testid="settings-status">
              {save.kind === 'saved' && <span class="status-ok">{t('optionsSaved')}</span>}
              {save.kind === 'failed' && (
                <span class="status-bad">{t('optionsSaveFailed', save.reason)}</span>
              )}
            </span>
          </div>
        </form>
      )}
      <PrivacyCenter />
    </main>
  );
}
