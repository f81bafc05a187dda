/**
 * The consent page: opened on install and after a major policy change. Each feature in
 * plain words from the policy declaration; basic ones work without asking, additional ones are
 * boxes that start off; one affirmative save sends the answer to the worker.
 */
import { useEffect, useState } from 'preact/hooks';
import { policy } from '../../policy/policy';
import { useSettings } from '../components/use-settings';
import { useTheme } from '../components/use-theme';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import type { ConsentRecord, OptInFeatureId } from './consent-record';
import { readConsent } from './consent-state';
import { answerFor, consentPageModel, type ConsentPageModel } from './consent-view';
import { FeatureCard } from './feature-card';
import { featureText, localizeDisclosure } from './policy-words';
import { releaseFeaturePermissions, requestFeaturePermissions } from './permission-requests';

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

export function ConsentPage() {
  const { stored } = useSettings();
  useTheme(stored?.values.theme);
  const [model, setModel] = useState<ConsentPageModel | null>(null);
  const [boxes, setBoxes] = useState<Partial<Record<OptInFeatureId, boolean>>>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    // The page shows the record as it was when it opened; saving does not reshuffle it.
    readConsent().then(
      (record: ConsentRecord) => {
        const next = consentPageModel(policy, record);
        setModel(next);
        setBoxes(next.initial);
      },
      (error: unknown) => setSave({ kind: 'failed', reason: String(error) }),
    );
  }, []);

  if (!model) {
    return (
      <main class="consent">
        {save.kind === 'failed' ? (
          <p class="status-bad">{t('consentSaveFailed', save.reason)}</p>
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </main>
    );
  }

  const onSave = () => {
    const answer = answerFor(policy, model, boxes);
    const on = Object.entries(answer.features).flatMap(([id, v]) => (v ? [id] : []));
    const off = Object.entries(answer.features).flatMap(([id, v]) => (v ? [] : [id]));
    // Asked before anything is awaited: the browser grants only during the click.
    const granted = requestFeaturePermissions(policy, on);
    setSave({ kind: 'saving' });
    void granted
      .then(() => sendToWorker('saveConsent', answer))
      .then(async (reply) => {
        if (!reply.ok) return setSave({ kind: 'failed', reason: reply.error.message });
        await releaseFeaturePermissions(policy, off, on);
        setSave({ kind: 'saved' });
      });
  };

  const review = model.review;
  return (
    <main class="consent">
      <h1>
        <span class="brand">AliKeep</span> · {review ? t('consentReviewTitle') : t('consentTitle')}
      </h1>
      <p>{review ? t('consentReviewIntro', review.to) : t('consentIntro')}</p>

      {model.basic.length > 0 && (
        <section>
          <h2>{t('consentBasicHeading')}</h2>
          <p class="muted">{t('consentBasicNote')}</p>
          {model.basic.map((d) => (
            <FeatureCard
              disclosure={localizeDisclosure(d, t)}
              changes={model.changes[d.feature.id]}
            />
          ))}
        </section>
      )}

      {model.optIn.length > 0 && (
        <section>
          <h2>{t('consentOptInHeading')}</h2>
          <p class="muted">{t('consentOptInNote')}</p>
          {model.optIn.map((d) => {
            const id = d.feature.id as OptInFeatureId;
            return (
              <FeatureCard
                disclosure={localizeDisclosure(d, t)}
                changes={model.changes[id]}
                control={
                  <label class="choice">
                    <input
                      type="checkbox"
                      data-testid={`alikeep-consent-${id}`}
                      checked={boxes[id] === true}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setBoxes((b) => ({ ...b, [id]: checked }));
                        setSave({ kind: 'idle' });
                      }}
                    />
                    <h3>{featureText(d.feature, t).name}</h3>
                  </label>
                }
              />
            );
          })}
        </section>
      )}

      {model.planned.length > 0 && (
        <section>
          <h2>{t('consentPlannedHeading')}</h2>
          <p class="muted">{t('consentPlannedNote')}</p>
          <ul>
            {model.planned.map((f) => {
              const { name, summary } = featureText(f, t);
              return (
                <li>
                  <strong>{name}</strong>: {summary}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="alikeep-consent-save"
          disabled={save.kind === 'saving'}
          onClick={onSave}
        >
          {t('consentSave')}
        </button>
        <a href="policy.html" target="_blank" data-testid="alikeep-consent-policy-link">
          {t('consentPolicyLink')}
        </a>
      </div>
      <p role="status">
        {save.kind === 'saved' && (
          <span class="status-ok" data-testid="alikeep-consent-saved">
            {t('consentSaved')}
          </span>
        )}
        {save.kind === 'failed' && (
          <span class="status-bad" data-testid="alikeep-consent-failed">
            {t('consentSaveFailed', save.reason)}
          </span>
        )}
      </p>
    </main>
  );
}
