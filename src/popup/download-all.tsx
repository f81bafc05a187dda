/**
 * The popup's "download all": the tab's content script starts it with what it read, and the popup
 * follows the job to its end. The button stays disabled while the job runs, so a second click
 * cannot save every file twice.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DownloadProgress } from '../background/downloads/job';
import { formatCount } from '../shared/format-number';
import { t } from '../shared/i18n';
import { sendToTab, sendToWorker } from '../shared/messaging';
import { followDownload } from './follow-download';
import { failureText, progressText } from '../shared/download-text';

type State =
  | { step: 'starting' }
  | { step: 'started'; files: number; progress: DownloadProgress | null }
  | { step: 'lost' }
  | { step: 'error'; message: string };

/** At most this many failed files are listed, as in the page's own progress. */
const FAILURES_SHOWN = 20;

function statusLine(state: State): string {
  if (state.step === 'starting') return '';
  if (state.step === 'lost') return t('popupDownloadLost');
  if (state.step === 'error') return state.message;
  const { progress } = state;
  return progress ? progressText(progress) : t('popupDownloadStarted', formatCount(state.files));
}

export function DownloadAll({ tabId }: { tabId: () => Promise<number | null> }) {
  const [state, setState] = useState<State | null>(null);
  // Set at the click itself, before any render: a second click in the same moment finds it.
  const busy = useRef(false);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'starting' });
    const id = await tabId();
    const reply = id === null ? null : await sendToTab(id, 'startDownloadAll');
    if (!reply?.ok) {
      busy.current = false;
      return setState(reply ? { step: 'error', message: reply.error.message } : null);
    }
    const { jobId, files } = reply.value;
    setState({ step: 'started', files, progress: null });
    stop.current = followDownload(
      () => sendToWorker('getDownload', { jobId }),
      (update) => {
        if ('lost' in update) {
          busy.current = false;
          return setState({ step: 'lost' });
        }
        if (update.progress.state !== 'running') busy.current = false;
        setState({ step: 'started', files, progress: update.progress });
      },
    );
  };

  const running =
    state?.step === 'starting' ||
    (state?.step === 'started' &&
      state.progress?.state !== 'done' &&
      state.progress?.state !== 'cancelled');
  const failed = state?.step === 'started' ? (state.progress?.failed ?? []) : [];
  const line = state ? statusLine(state) : '';
  return (
    <div class="download-all">
      <button
        type="button"
        class="primary"
        data-testid="popup-download-all"
        disabled={running}
        aria-busy={running}
        onClick={() => void start()}
      >
        {running ? t('popupDownloadRunning') : t('popupDownloadAll')}
      </button>
      {line && (
        <p role="status" data-testid="popup-download-status">
          {line}
        </p>
      )}
      {failed.length > 0 && (
        <ul class="failures" data-testid="popup-download-failures">
          {failed.slice(0, FAILURES_SHOWN).map((f) => (
            <li key={f.key}>{failureText(f)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
