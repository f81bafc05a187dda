/**
 * The download settings of the options page: format and quality, ZIP, what to include, and the
 * naming template with a live preview of the names it gives.
 */
import { useEffect, useState } from 'preact/hooks';
import { previewTemplate, type IssueCode } from '../download/filename-template';
import type { Product } from '../extract/model';
import { downloadFormats, type Settings, type SettingsPatch } from '../settings/defaults';
import { t, type MessageKey } from '../shared/i18n';

interface FieldProps {
  values: Settings;
  update: (patch: SettingsPatch) => void;
}

const formatLabels: Record<Settings['downloadFormat'], MessageKey> = {
  original: 'settingFormatOriginal',
  jpeg: 'settingFormatJpeg',
  png: 'settingFormatPng',
};

const issueLabels: Record<IssueCode, MessageKey> = {
  'empty-template': 'templateIssueEmptyTemplate',
  'too-long': 'templateIssueTooLong',
  'unknown-token': 'templateIssueUnknownToken',
  'unclosed-brace': 'templateIssueUnclosedBrace',
  'unmatched-brace': 'templateIssueUnmatchedBrace',
  'absolute-path': 'templateIssueAbsolutePath',
  'empty-folder': 'templateIssueEmptyFolder',
  'dot-folder': 'templateIssueDotFolder',
  'too-deep': 'templateIssueTooDeep',
  'ext-not-at-end': 'templateIssueExtNotAtEnd',
  'no-ext': 'templateIssueNoExt',
  'no-index': 'templateIssueNoIndex',
};

/** A made-up product for the preview: every token has something to show. */
const SAMPLE: Product = {
  id: '1005001234567890',
  site: 'aliexpress',
  url: 'https://www.aliexpress.com/item/1005001234567890.html',
  generation: 'component',
  title: 'Ceramic Pour-Over Coffee Set, 4 Pieces',
  media: [
    { kind: 'gallery', url: 'https://ae01.alicdn.com/kf/Sexample1.jpg' },
    { kind: 'variant', url: 'https://ae01.alicdn.com/kf/Sexample2.jpg', label: 'Red' },
  ],
  variants: [{ id: '1', name: 'Red' }],
  store: { name: 'Morning Ritual Store' },
};

export function DownloadFields({ values, update }: FieldProps) {
  const [template, setTemplate] = useState(values.folderTemplate);
  // Any stored change (a reset, "delete everything", another setting) shows the template in use:
  // text that was refused is not left standing as if it were.
  useEffect(() => setTemplate(values.folderTemplate), [values]);
  const preview = previewTemplate(template, SAMPLE);
  const allErrors = preview.issues.filter((i) => i.severity === 'error');
  // An empty template is that, not also "a folder name is empty".
  const errors = allErrors.some((i) => i.code === 'empty-template')
    ? allErrors.filter((i) => i.code === 'empty-template')
    : allErrors;

  return (
    <fieldset class="group">
      <legend>{t('settingDownloads')}</legend>
      <label class="field">
        <span>{t('settingFormat')}</span>
        <select
          data-testid="setting-downloadFormat"
          value={values.downloadFormat}
          onChange={(e) =>
            update({ downloadFormat: e.currentTarget.value as Settings['downloadFormat'] })
          }
        >
          {downloadFormats.map((f) => (
            <option key={f} value={f}>
              {t(formatLabels[f])}
            </option>
          ))}
        </select>
      </label>
      {values.downloadFormat === 'jpeg' && (
        <label class="field">
          <span>{t('settingJpegQuality')}</span>
          <input
            type="range"
            min="50"
            max="100"
            step="1"
            data-testid="setting-jpegQuality"
            value={Math.round(values.jpegQuality * 100)}
            onChange={(e) => update({ jpegQuality: Number(e.currentTarget.value) / 100 })}
          />
          <output>{Math.round(values.jpegQuality * 100)}</output>
        </label>
      )}
      <label class="field">
        <span>{t('settingZip')}</span>
        <input
          type="checkbox"
          data-testid="setting-downloadZip"
          checked={values.downloadZip}
          onChange={(e) => update({ downloadZip: e.currentTarget.checked })}
        />
      </label>
      <label class="field">
        <span>{t('settingIncludeVideos')}</span>
        <input
          type="checkbox"
          data-testid="setting-includeVideos"
          checked={values.includeVideos}
          onChange={(e) => update({ includeVideos: e.currentTarget.checked })}
        />
      </label>
      <label class="field">
        <span>{t('settingIncludeDescription')}</span>
        <input
          type="checkbox"
          data-testid="setting-includeDescription"
          checked={values.includeDescription}
          onChange={(e) => update({ includeDescription: e.currentTarget.checked })}
        />
      </label>
      <label class="field wide">
        <span>{t('settingTemplate')}</span>
        <input
          type="text"
          spellcheck={false}
          data-testid="setting-folderTemplate"
          value={template}
          aria-invalid={errors.length > 0}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setTemplate(next);
            if (!previewTemplate(next, SAMPLE).issues.some((i) => i.severity === 'error')) {
              update({ folderTemplate: next });
            }
          }}
        />
      </label>
      <p class="muted">{t('settingTemplateTokens')}</p>
      {preview.issues
        .filter((i) => i.severity === 'warning')
        .map((w) => (
          <p class="muted" key={w.code}>
            {t(issueLabels[w.code])}
          </p>
        ))}
      {errors.length > 0 ? (
        <p class="status-bad" role="alert" data-testid="template-errors">
          {[t('templateNotSaved'), ...new Set(errors.map((e) => t(issueLabels[e.code])))].join(' ')}
        </p>
      ) : (
        <ul class="preview" data-testid="template-preview">
          {preview.examples.map((e) => (
            <li key={e.kind}>
              <code>{e.path}</code>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
