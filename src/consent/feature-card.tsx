/**
 * One feature in plain words, as the policy declares it: what it does, each kind of data it
 * touches, where that stays, for how long, and whether it ever leaves the browser. The disclosure
 * comes in already in the user's language (policy-words.ts).
 */
import type { ComponentChildren } from 'preact';
import type { FeatureDisclosure } from '../../policy/describe';
import { t } from '../shared/i18n';
import { InlineText } from './policy-document-view';

export function DataList({ disclosure }: { disclosure: FeatureDisclosure }) {
  if (disclosure.dataItems.length === 0) return <p class="muted">{t('consentNoData')}</p>;
  return (
    <ul class="data-list">
      {disclosure.dataItems.map(({ item, where, howLong, recipients }) => (
        <li>
          <strong>{item.name}</strong>: {item.what}
          <dl>
            <dt>{t('consentDataWhere')}</dt>
            <dd>{where}</dd>
            <dt>{t('consentDataHowLong')}</dt>
            <dd>{howLong}</dd>
            <dt>{t('consentDataLeaves')}</dt>
            <dd>
              {recipients.length === 0
                ? t('consentDataStaysHere')
                : t('consentDataSentTo', recipients.map((r) => r.name).join(', '))}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function FeatureCard({
  disclosure,
  control,
  changes,
}: {
  disclosure: FeatureDisclosure;
  /** A checkbox or switch in place of the plain title. */
  control?: ComponentChildren;
  changes?: string[];
}) {
  const { feature } = disclosure;
  return (
    <section class="feature-card" data-feature={feature.id}>
      {control ?? <h3>{feature.name}</h3>}
      <p>{feature.summary}</p>
      {changes && changes.length > 0 && (
        <div class="changes">
          <strong>{t('consentWhatChanged')}</strong>
          <ul>
            {changes.map((line) => (
              <li>
                <InlineText text={line} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <DataList disclosure={disclosure} />
    </section>
  );
}
