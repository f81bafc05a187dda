/**
 * Price history files in the privacy center: export the history as JSON (to import elsewhere) or
 * CSV (for a spreadsheet), and import either kind. Importing merges into what is kept here; the
 * worker checks the file and says what it added or why it refused it.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';
import {
  fileText,
  HISTORY_MIME,
  importMessage,
  MAX_IMPORT_CHARS,
  priceHistoryFileName,
  type HistoryFormat,
} from './price-history-io';
import { saveFile } from './save-file';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'ok'; text: string }
  | { kind: 'bad'; text: string };

export function PriceHistoryFiles({
  historyOn,
  imported,
}: {
  historyOn: boolean;
  /** Called after an import changed what is stored. */
  imported: () => void;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const busy = status.kind === 'busy';

  const exportAs = async (format: HistoryFormat) => {
    const reply = await sendToWorker('exportPriceHistory', { format });
    if (!reply.ok) {
      setStatus({ kind: 'bad', text: t('priceExportFailed', reply.error.message) });
      return;
    }
    saveFile(
      priceHistoryFileName(Date.now(), format),
      fileText(reply.value, format),
      HISTORY_MIME[format],
    );
    setStatus({ kind: 'ok', text: t('privacyExported') });
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_CHARS) {
      setStatus({ kind: 'bad', text: t('priceImportTooLarge', file.name) });
      return;
    }
    setStatus({ kind: 'busy', text: t('priceImporting', file.name) });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'bad', text: t('priceImportUnreadable', file.name) });
      return;
    }
    const reply = await sendToWorker('importPriceHistory', { text });
    if (!reply.ok) {
      setStatus({ kind: 'bad', text: t('priceImportFailed', [file.name, reply.error.message]) });
      return;
    }
    const message = importMessage(file.name, reply.value);
    setStatus({ kind: message.tone, text: t(message.key, message.substitutions) });
    if (reply.value.ok) imported();
  };

  const chosen = (event: Event) => {
    const field = event.currentTarget as HTMLInputElement;
    const file = field.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) imports it again.
    field.value = '';
    if (file) void importFile(file);
  };

  return (
    <div data-testid="price-history-files">
      <h3>{t('priceFilesHeading')}</h3>
      <p class="muted">{t('priceFilesIntro')}</p>
      <div class="actions">
        <button
          type="button"
          data-testid="price-export-json"
          disabled={busy}
          onClick={() => void exportAs('json')}
        >
          {t('priceExportJson')}
        </button>
        <button
          type="button"
          data-testid="price-export-csv"
          disabled={busy}
          onClick={() => void exportAs('csv')}
        >
          {t('priceExportCsv')}
        </button>
        <button
          type="button"
          data-testid="price-import"
          disabled={busy || !historyOn}
          onClick={() => input.current?.click()}
        >
          {t('priceImport')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          hidden
          data-testid="price-import-file"
          onChange={chosen}
        />
      </div>
      {!historyOn && <p class="muted">{t('priceFilesOff')}</p>}
      <p role="status" data-testid="price-files-status">
        {status.kind === 'busy' && <span class="muted">{status.text}</span>}
        {status.kind === 'ok' && <span class="status-ok">{status.text}</span>}
        {status.kind === 'bad' && <span class="status-bad">{status.text}</span>}
      </p>
    </div>
  );
}
