/**
 * What the consent page shows, from the policy declaration and the stored choices. Pure.
 * - First run (or opened again later): every shipped feature, basic ones as "works without asking",
 *   opt-in ones as boxes (off until ticked; later visits show the user's own choices), planned ones
 *   as coming later.
 * - After a major policy change: only the features it touches, each with what changed; their boxes
 *   start off, because the earlier agreement does not cover the change.
 */
import { featureDisclosures, type FeatureDisclosure } from '../../policy/describe';
import type { Feature, Policy } from '../../policy/schema';
import { reviewConsent, describeChange } from './consent-change';
import { optInFeatureIds, type ConsentRecord, type OptInFeatureId } from './consent-record';

export interface ConsentPageModel {
  mode: 'first-run' | 'review' | 'answered';
  basic: FeatureDisclosure[];
  optIn: FeatureDisclosure[];
  planned: Feature[];
  /** Plain lines of what changed, by feature id (review only). */
  changes: Record<string, string[]>;
  /** Where each box starts. */
  initial: Partial<Record<OptInFeatureId, boolean>>;
  /** The versions a review goes from and to. */
  review: { from: string; to: string } | null;
}

const isOptInId = (id: string): id is OptInFeatureId =>
  (optInFeatureIds as readonly string[]).includes(id);

export function consentPageModel(policy: Policy, record: ConsentRecord): ConsentPageModel {
  const shipped = featureDisclosures(policy).filter((d) => d.feature.status === 'shipped');
  const planned = policy.features.filter((f) => f.status === 'planned');
  const pending = record.review ? reviewConsent(record, policy) : null;
  if (record.review && pending) {
    const shown = new Set(record.review.features);
    const changes: Record<string, string[]> = {};
    for (const f of pending.features) {
      changes[f.featureId] = f.changes.map((c) => describeChange(c, policy));
    }
    const inReview = shipped.filter((d) => shown.has(d.feature.id));
    const optIn = inReview.filter((d) => d.optIn);
    return {
      mode: 'review',
      basic: inReview.filter((d) => !d.optIn),
      optIn,
      planned: [],
      changes,
      initial: Object.fromEntries(
        optIn
          .map((d) => d.feature.id)
          .filter(isOptInId)
          .map((id) => [id, false]),
      ),
      review: { from: record.review.fromVersion, to: record.review.toVersion },
    };
  }
  const optIn = shipped.filter((d) => d.optIn);
  return {
    mode: record.accepted ? 'answered' : 'first-run',
    basic: shipped.filter((d) => !d.optIn),
    optIn,
    planned,
    changes: {},
    initial: Object.fromEntries(
      optIn
        .map((d) => d.feature.id)
        .filter(isOptInId)
        .map((id) => [id, record.features[id] && !record.paused.includes(id)]),
    ),
    review: null,
  };
}

/** The answer the page sends for the boxes it shows. */
export function answerFor(
  policy: Policy,
  model: ConsentPageModel,
  boxes: Partial<Record<OptInFeatureId, boolean>>,
) {
  const features: Partial<Record<OptInFeatureId, boolean>> = {};
  for (const d of model.optIn) {
    if (isOptInId(d.feature.id)) features[d.feature.id] = boxes[d.feature.id] === true;
  }
  return { policyVersion: policy.version, features, answersAll: true };
}
