/**
 * One switch per additional feature. On: asks the worker to record the choice (and, in the same
 * click, for the permissions Chrome grants silently). Off: stops the feature at once, gives back its
 * optional permissions, and offers to delete the data it declared.
 */
import { useState } from 'preact/hooks';
import { featureDeclarations } from '../../../policy/policy';
import type { Policy } from '../../../policy/schema';
import { isFeatureOn, optInFeatureIds, type ConsentRecord } from '../../consent/consent-record';
import type { OptInFeatureId } from '../../consent/consent-record';
import {
  releaseFeaturePermissions,
  requestFeaturePermissions,
} from '../../consent/permission-requests';
import { t } from '../../shared/i18n';
import type { Reply } from '../../shared/messages';
import { sendToWorker } from '../../shared/messaging';
import { erasableItems } from '../../consent/erase-data';
import { featureText } from '../../consent/policy-words';
import { SyncStatus } from './sync-status';

/** Features whose data the worker deletes itself when they are switched off: nothing to offer. */
const deletedWhenOff: readonly string[] = ['sync'];

/** The data a feature declares in its own file, that there is something to delete of. */
export function dataOfFeature(policy: Policy, id: string): string[] {
  const own = featureDeclarations.find((d) => d.feature.id === id)?.dataItems ?? [];
  const erasable = new Set(erasableItems(policy).map((d) => d.id));
  return own.map((d) => d.id).filter((itemId) => erasable.has(itemId));
}

export function FeatureSwitches({
  policy,
  record,
  report,
  erase,
}: {
  policy: Policy;
  record: ConsentRecord;
  report: (reply: Reply<unknown>) => void;
  erase: (items: string[]) => void;
}) {
  const [offer, setOffer] = useState<string | null>(null);
  const additional = policy.features.filter((f) => f.tier === 'additional');
  const onIds = optInFeatureIds.filter((id) => isFeatureOn(record, id));

  const change = (id: OptInFeatureId, on: boolean) => {
    const granted = on ? requestFeaturePermissions(policy, [id]) : Promise.resolve(true);
    void granted
      .then(() =>
        sendToWorker('saveConsent', {
          policyVersion: policy.version,
          features: { [id]: on },
          answersAll: false,
        }),
      )
      .then(async (reply) => {
        report(reply);
        if (!reply.ok || on) return;
        await releaseFeaturePermissions(
          policy,
          [id],
          onIds.filter((x) => x !== id),
        );
        if (!deletedWhenOff.includes(id) && dataOfFeature(policy, id).length > 0) setOffer(id);
      });
  };

  return (
    <div>
      {additional.map((feature) => {
        const id = feature.id as OptInFeatureId;
        const planned = feature.status === 'planned';
        const paused = record.paused.includes(id);
        const text = featureText(feature, t);
        return (
          <div class="field" data-feature={id}>
            <label class="choice">
              <input
                type="checkbox"
                role="switch"
                data-testid={`privacy-switch-${id}`}
                disabled={planned}
                checked={!planned && isFeatureOn(record, id)}
                onChange={(e) => change(id, e.currentTarget.checked)}
              />
              <span>
                <strong>{text.name}</strong>
                <br />
                <span class="muted">
                  {planned
                    ? t('privacyNotInThisVersion')
                    : paused
                      ? t('privacyPaused')
                      : text.summary}
                </span>
                {paused && (
                  <>
                    {' '}
                    <a href="../consent/index.html">{t('privacyAnswerChange')}</a>
                  </>
                )}
              </span>
            </label>
            {id === 'sync' && !planned && isFeatureOn(record, id) && <SyncStatus />}
            {offer === id && (
              <span class="offer" data-testid={`privacy-offer-delete-${id}`}>
                {t('privacyOfferDelete')}{' '}
                <button
                  type="button"
                  class="danger"
                  data-testid={`privacy-offer-delete-confirm-${id}`}
                  onClick={() => {
                    setOffer(null);
                    erase(dataOfFeature(policy, id));
                  }}
                >
                  {t('privacyDelete')}
                </button>{' '}
                <button type="button" onClick={() => setOffer(null)}>
                  {t('privacyKeep')}
                </button>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
