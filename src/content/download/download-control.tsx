/**
 * The download button in the panel, the picker it opens, and the download's progress: files done
 * of all, bytes, failures with a retry, and cancel.
 */
import { useRef, useState } from 'preact/hooks';
import type { DownloadProgress } from '../../background/downloads/job';
import type { Product } from '../../extract/model';
import type { Settings } from '../../settings/defaults';
import { t } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';
import { toPayload } from '../../shared/product-schema';
import { Picker } from './picker';
import { failureText, progressText } from '../../shared/download-text';

export interface DownloadControlProps {
  product: Product;
  settings: Settings;
  progress: DownloadProgress | null;
  onProgress: (progress: DownloadProgress | null) => void;
  /** Opens the picker at once (the shopper clicked the plain pill's button). */
  initiallyOpen?: boolean;
}

export function DownloadControl({
  product,
  settings,
  progress,
  onProgress,
  initiallyOpen = false,
}: DownloadControlProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  /**
   * Closes the picker with focus back on the button that opened it: the picker's controls are
   * about to go, and focus would otherwise fall to the page's body.
   */
  const close = () => {
    button.current?.focus();
    setOpen(false);
  };

  const start = async (shown: Product, urls: string[]) => {
    close();
    setError(null);
    const reply = await sendToWorker('startDownload', {
      product: toPayload(shown),
      selection: urls,
    });
    if (!reply.ok) return setError(reply.error.message);
    const first = await sendToWorker('getDownload', { jobId: reply.value.jobId });
    if (first.ok && first.value) onProgress(first.value);
  };
  const running = progress?.state === 'running';

  return (
    <>
      <button
        type="button"
        class="download"
        data-testid="alikeep-download"
        aria-label={t('downloadButtonLabel')}
        aria-haspopup="dialog"
        aria-expanded={open}
        ref={button}
        onClick={() => (open ? close() : setOpen(true))}
      >
        ⬇ {t('downloadButton')}
      </button>
      {progress && (
        <span
          class="progress"
          role="status"
          data-testid="alikeep-progress"
          data-state={progress.state}
        >
          {progressText(progress)}
        </span>
      )}
      {running && (
        <button
          type="button"
          data-testid="alikeep-download-cancel"
          onClick={() => void sendToWorker('cancelDownload', { jobId: progress.jobId })}
        >
          {t('progressCancel')}
        </button>
      )}
      {progress && progress.failed.length > 0 && (
        <div class="failures" data-testid="alikeep-download-failures">
          <ul>
            {progress.failed.slice(0, 20).map((f) => (
              <li key={f.key}>{failureText(f)}</li>
            ))}
          </ul>
          {!running && (
            <button
              type="button"
              data-testid="alikeep-download-retry"
              onClick={() => void sendToWorker('retryDownload', { jobId: progress.jobId })}
            >
              {t('progressRetry')}
            </button>
          )}
        </div>
      )}
      {error && (
        <span role="alert" class="error">
          {error}
        </span>
      )}
      {open && (
        <Picker
          product={product}
          settings={settings}
          onStart={(shown, urls) => void start(shown, urls)}
          onClose={close}
        />
      )}
    </>
  );
}
