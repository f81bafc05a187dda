/**
 * The privacy center, mounted in the options page: a switch per additional feature, a live
 * inventory per data item, export everything, price history files, delete one item or everything,
 * the policy text and its change log. Reads come straight from storage; every write goes through the worker.
 */
import '../../consent/consent.css';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { buildPolicyDocument } from '../../../policy/document';
import { policy } from '../../../policy/policy';
import {
  emptyConsent,
  isFeatureOn,
  optInFeatureIds,
  type ConsentRecord,
} from '../../consent/consent-record';
import { readConsent, watchConsent } from '../../consent/consent-state';
import { releaseFeaturePermissions } from '../../consent/permission-requests';
import { PolicyDocumentView } from '../../consent/policy-document-view';
import { browser } from '../../shared/browser';
import { formatCalendarDate } from '../../shared/format-date';
import { t } from '../../shared/i18n';
import type { Reply } from '../../shared/messages';
import { sendToWorker } from '../../shared/messaging';
import { FeatureSwitches } from './feature-switches';
import { exportFileName, type InventoryRow } from './inventory';
import { InventoryTable } from './inventory-table';
import { PriceHistoryFiles } from './price-history-files';
import { readFullExport, readInventory } from './read-data';
import { saveFile } from './save-file';

type Status = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

export function PrivacyCenter() {
  const [record, setRecord] = useState<ConsentRecord>(emptyConsent);
  const [rows, setRows] = useState<InventoryRow[] | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const refresh = useCallback(() => {
    readInventory(policy).then(setRows, (error: unknown) =>
      setStatus({ kind: 'failed', text: String(error) }),
    );
  }, []);

  useEffect(() => {
    readConsent().then(setRecord, () => undefined);
    const stopConsent = watchConsent(setRecord);
    refresh();
    // Storage changes show at once; the price database has no events, so look again on return.
    const onStorage = () => refresh();
    browser.storage.onChanged.addListener(onStorage);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopConsent();
      browser.storage.onChanged.removeListener(onStorage);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const report = (reply: Reply<unknown>, done = t('optionsSaved')) =>
    setStatus(
      reply.ok ? { kind: 'done', text: done } : { kind: 'failed', text: reply.error.message },
    );

  const erase = (items: string[] | 'all') =>
    void sendToWorker('deleteData', { items }).then((reply) => {
      report(reply, t('privacyDeleted'));
      refresh();
    });

  const deleteEverything = () => {
    setConfirmAll(false);
    void sendToWorker('deleteData', { items: 'all' }).then(async (reply) => {
      report(reply, t('privacyDeleted'));
      // Every additional feature is off now: give back what they were granted.
      if (reply.ok) await releaseFeaturePermissions(policy, optInFeatureIds, []);
      refresh();
    });
  };

  const exportAll = () =>
    void readFullExport(policy).then(
      (data) => {
        saveFile(exportFileName(Date.now()), `${JSON.stringify(data, null, 2)}\n`);
        setStatus({ kind: 'done', text: t('privacyExported') });
      },
      (error: unknown) => setStatus({ kind: 'failed', text: String(error) }),
    );

  return (
    <section class="privacy" data-testid="privacy-center" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacyTitle')}</h2>
      <p class="muted">
        {t('privacyIntro', [policy.version, formatCalendarDate(policy.effectiveDate)])}{' '}
        <a href="../consent/policy.html" target="_blank">
          {t('consentPolicyLink')}
        </a>
      </p>

      <h3>{t('privacyFeaturesHeading')}</h3>
      <FeatureSwitches policy={policy} record={record} report={report} erase={erase} />

      <h3>{t('privacyInventoryHeading')}</h3>
      <InventoryTable policy={policy} rows={rows} erase={erase} />

      <div class="actions">
        <button type="button" data-testid="privacy-export" onClick={exportAll}>
          {t('privacyExport')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="privacy-delete-all"
          onClick={() => setConfirmAll(true)}
        >
          {t('privacyDeleteAll')}
        </button>
      </div>
      {confirmAll && (
        <div class="confirm" role="alertdialog" aria-labelledby="privacy-confirm-text">
          <p id="privacy-confirm-text">{t('privacyDeleteAllConfirm')}</p>
          <button
            type="button"
            class="danger"
            data-testid="privacy-delete-all-confirm"
            onClick={deleteEverything}
          >
            {t('privacyDeleteAllYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmAll(false)}>
            {t('privacyCancel')}
          </button>
        </div>
      )}
      <p role="status" data-testid="privacy-status">
        {status.kind === 'done' && <span class="status-ok">{status.text}</span>}
        {status.kind === 'failed' && <span class="status-bad">{status.text}</span>}
      </p>

      <PriceHistoryFiles historyOn={isFeatureOn(record, 'price-history')} imported={refresh} />

      <h3>{t('privacyChangeLogHeading')}</h3>
      <ul data-testid="privacy-change-log">
        {[...policy.changeLog].reverse().map((entry) => (
          <li>
            <strong>{entry.version}</strong> ({formatCalendarDate(entry.date)}):{' '}
            {entry.changes.join(' ')}
          </li>
        ))}
      </ul>

      <details>
        <summary>{t('privacyPolicyHeading')}</summary>
        <PolicyDocumentView document={buildPolicyDocument(policy)} headingLevel={2} />
      </details>
    </section>
  );
}
