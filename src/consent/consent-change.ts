/**
 * What a new version of the policy means for what the user agreed to ("Changes after
 * install"): a major change (policy/classify-change.ts) reopens the consent page for just the
 * features it touches and pauses those of them that are opt-in and on; a minor one is taken as read
 * and only the date shown moves. Pure.
 */
import { classifyChange, type ChangeKind, type PolicyChange } from '../../policy/classify-change';
import type { Policy } from '../../policy/schema';
import { shippedView } from '../../policy/shipped';
import { optInFeatureIds, type ConsentRecord, type OptInFeatureId } from './consent-record';

export interface FeatureChanges {
  featureId: string;
  changes: PolicyChange[];
}

export interface ConsentReview {
  /** `first-run`: nothing was ever accepted, so everything is new to the user. */
  kind: 'first-run' | 'none' | ChangeKind;
  changes: PolicyChange[];
  /** Shipped features that major changes touch, in the policy's order, with those changes. */
  features: FeatureChanges[];
  /** Opt-in features that are on and must wait for a new answer. */
  pause: OptInFeatureId[];
}

/** The features a change is about, as `current` declares them (`dataItems.x` → x's features). */
export function featuresOfChange(change: PolicyChange, current: Policy): string[] {
  const dot = change.subject.indexOf('.');
  if (dot < 0) return [];
  const group = change.subject.slice(0, dot);
  const id = change.subject.slice(dot + 1);
  switch (group) {
    case 'features':
      return [id];
    case 'dataItems':
      return current.dataItems.find((d) => d.id === id)?.features ?? [];
    case 'recipients':
      return current.recipients.find((r) => r.id === id)?.features ?? [];
    case 'permissions':
      return current.permissions.find((p) => p.name === id)?.features ?? [];
    case 'hostAccess':
      return current.hostAccess.find((h) => h.id === id)?.features ?? [];
    default:
      return [];
  }
}

function everything(
  record: ConsentRecord,
  current: Policy,
  kind: ConsentReview['kind'],
): ConsentReview {
  const shipped = shippedView(current).features;
  return {
    kind,
    changes: [],
    features: shipped.map((f) => ({ featureId: f.id, changes: [] })),
    pause:
      kind === 'first-run'
        ? []
        : onNow(
            record,
            shipped.map((f) => f.id),
          ),
  };
}

const onNow = (record: ConsentRecord, ids: string[]): OptInFeatureId[] =>
  optInFeatureIds.filter((id) => ids.includes(id) && record.features[id]);

/** Compares what the user accepted with `current`. */
export function reviewConsent(record: ConsentRecord, current: Policy): ConsentReview {
  if (!record.accepted) return everything(record, current, 'first-run');
  let classified: ReturnType<typeof classifyChange>;
  try {
    classified = classifyChange(record.accepted.declaration, current);
  } catch {
    // A copy this version cannot read: ask about everything again rather than guess.
    return everything(record, current, 'major');
  }
  const shipped = shippedView(current).features.map((f) => f.id);
  const touched = new Map<string, PolicyChange[]>();
  for (const change of classified.changes) {
    if (change.kind !== 'major') continue;
    for (const id of featuresOfChange(change, current)) {
      if (!shipped.includes(id)) continue;
      touched.set(id, [...(touched.get(id) ?? []), change]);
    }
  }
  const features = shipped
    .filter((id) => touched.has(id))
    .map((id) => ({ featureId: id, changes: touched.get(id)! }));
  return {
    kind: classified.kind,
    changes: classified.changes,
    features,
    pause: onNow(
      record,
      features.map((f) => f.featureId),
    ),
  };
}

export interface Reconciled {
  record: ConsentRecord;
  review: ConsentReview;
  /** Open the consent page to ask again. */
  reopen: boolean;
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/**
 * The record after an update brought `current`: a minor change is accepted as it is (only the
 * version and date shown move); a major one pauses the opt-in features it touches and asks again.
 * Nothing changes for a user who never answered: additional features are off for them anyway.
 */
export function reconcileConsent(record: ConsentRecord, current: Policy): Reconciled {
  const review = reviewConsent(record, current);
  if (review.kind === 'first-run' || review.kind === 'none') {
    return { record, review, reopen: false };
  }
  if (review.kind === 'minor' || review.features.length === 0) {
    const accepted = {
      version: current.version,
      effectiveDate: current.effectiveDate,
      declaration: structuredClone(current),
    };
    return { record: { ...record, accepted }, review, reopen: false };
  }
  const ids = review.features.map((f) => f.featureId);
  const pending = {
    fromVersion: record.review?.fromVersion ?? record.accepted!.version,
    toVersion: current.version,
    features: union(record.review?.features ?? [], ids),
  };
  // Asked already (the same update seen twice): pause as before, but do not open another tab.
  const asked =
    record.review !== null &&
    record.review.toVersion === pending.toVersion &&
    pending.features.every((id) => record.review!.features.includes(id));
  return {
    record: { ...record, paused: union(record.paused, review.pause), review: pending },
    review,
    reopen: !asked,
  };
}

/** A change in plain words, naming the data, recipient, permission or feature it is about. */
export function describeChange(change: PolicyChange, current: Policy): string {
  const dot = change.subject.indexOf('.');
  const group = change.subject.slice(0, dot);
  const id = change.subject.slice(dot + 1);
  const names: Record<string, string | undefined> = {
    features: current.features.find((f) => f.id === id)?.name,
    dataItems: current.dataItems.find((d) => d.id === id)?.name,
    recipients: current.recipients.find((r) => r.id === id)?.name,
    permissions: `Permission “${id}”`,
    hostAccess: 'Sites',
  };
  const name = names[group] ?? id;
  // The classifier writes for developers: periods as JSON, features and recipients by id.
  const description = change.description
    .replace(/\{"days":(\d+)\}/g, (_, days: string) => `${days} days`)
    .replace(/"until-deleted"/g, 'until you delete it')
    .replace(/"session"/g, 'only while in use')
    .replace(/"([a-z0-9-]+)"/g, (quoted, ref: string) => {
      const named =
        current.features.find((f) => f.id === ref) ?? current.recipients.find((r) => r.id === ref);
      return named ? `“${named.name}”` : quoted;
    });
  return `${name}: ${description}`;
}
