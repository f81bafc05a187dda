/**
 * What AliKeep remembers about the user's privacy choices (storage.local key `consent`), and the one
 * rule for changing it. Pure: the worker (consent-writer.ts) stores what these functions return.
 *
 * Additional features are off until chosen: a missing, damaged or future record can only read as
 * "off", never as "on". A major policy change pauses the opt-in features it touches until the user
 * answers again (consent-change.ts).
 */
import * as v from 'valibot';
import type { Policy } from '../../policy/schema';

/** The additional (opt-in) features of the policy; consent-record.test.ts keeps them in step. */
export const optInFeatureIds = [
  'price-history',
  'price-alerts',
  'background-recheck',
  'background-recheck-tabs',
  'sync',
] as const;
export type OptInFeatureId = (typeof optInFeatureIds)[number];

export const CONSENT_FORMAT = 1;

/** The policy as the user last answered it: its words then, so a later version can be compared. */
export interface AcceptedPolicy {
  version: string;
  effectiveDate: string;
  declaration: Policy;
}

/** A major change the user has not answered yet. */
export interface PendingReview {
  fromVersion: string;
  toVersion: string;
  /** Feature ids (basic or opt-in) to show again, with what changed for them. */
  features: string[];
}

export interface ConsentRecord {
  format: typeof CONSENT_FORMAT;
  /** Null until the user first answers. */
  accepted: AcceptedPolicy | null;
  /** Epoch ms of the last answer. */
  answeredAt: number | null;
  /** The user's choice per opt-in feature; false until chosen. */
  features: Record<OptInFeatureId, boolean>;
  /** Opt-in features a major policy change stopped until the user answers again. */
  paused: OptInFeatureId[];
  review: PendingReview | null;
}

export const optInFeatureSchema = v.picklist(optInFeatureIds);

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const semver = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/));

/**
 * Enough of a stored declaration for classifyChange to read. Loose on purpose: a copy written by an
 * older version may lack fields added since, and consent-change.ts treats an unreadable copy as
 * "everything changed".
 */
const declarationSchema = v.looseObject({
  version: semver,
  effectiveDate: isoDate,
  features: v.array(
    v.looseObject({
      id: v.string(),
      tier: v.picklist(['basic', 'additional']),
      status: v.string(),
    }),
  ),
  permissions: v.array(v.looseObject({ name: v.string(), features: v.array(v.string()) })),
  hostAccess: v.array(v.looseObject({ id: v.string(), features: v.array(v.string()) })),
  dataItems: v.array(v.looseObject({ id: v.string(), features: v.array(v.string()) })),
  recipients: v.array(v.looseObject({ id: v.string(), features: v.array(v.string()) })),
});

const acceptedSchema = v.object({
  version: semver,
  effectiveDate: isoDate,
  // Checked but kept as stored: classifyChange compares JSON, so key order must not move.
  declaration: v.custom<Policy>((input) => v.is(declarationSchema, input)),
});

const reviewSchema = v.object({
  fromVersion: semver,
  toVersion: semver,
  features: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100)),
});

const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The whole stored record; loadConsent reads a record that fails it field by field. */
export const consentRecordSchema = v.object({
  format: v.literal(CONSENT_FORMAT),
  accepted: v.nullable(acceptedSchema),
  answeredAt: v.nullable(epochMs),
  features: v.object(
    Object.fromEntries(optInFeatureIds.map((id) => [id, v.boolean()])) as Record<
      OptInFeatureId,
      v.BooleanSchema<undefined>
    >,
  ),
  paused: v.array(optInFeatureSchema),
  review: v.nullable(reviewSchema),
}) satisfies v.GenericSchema<unknown, ConsentRecord>;

export function emptyConsent(): ConsentRecord {
  return {
    format: CONSENT_FORMAT,
    accepted: null,
    answeredAt: null,
    features: Object.fromEntries(optInFeatureIds.map((id) => [id, false])) as Record<
      OptInFeatureId,
      boolean
    >,
    paused: [],
    review: null,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whatever is stored (nothing, a damaged object, a newer format) as a valid record. Each field
 * that does not read falls back to its default, and a feature is on only if stored exactly `true`.
 */
export function loadConsent(raw: unknown): ConsentRecord {
  if (raw === undefined) return emptyConsent();
  const whole = v.safeParse(consentRecordSchema, raw);
  if (whole.success) return whole.output;
  const stored = isRecord(raw) ? raw : {};
  const record = emptyConsent();
  const features = isRecord(stored.features) ? stored.features : {};
  for (const id of optInFeatureIds) record.features[id] = features[id] === true;
  const field = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : fallback;
  };
  record.accepted = field(v.nullable(acceptedSchema), stored.accepted, null);
  record.answeredAt = field(v.nullable(epochMs), stored.answeredAt, null);
  record.review = field(v.nullable(reviewSchema), stored.review, null);
  // A paused list that does not read pauses everything: safer than resuming what should wait.
  const paused = stored.paused ?? [];
  record.paused = Array.isArray(paused)
    ? optInFeatureIds.filter((id) => (paused as unknown[]).includes(id))
    : [...optInFeatureIds];
  return record;
}

/** Whether an opt-in feature may run now: chosen, and not paused by a policy change. */
export function isFeatureOn(record: ConsentRecord, id: OptInFeatureId): boolean {
  return record.features[id] && !record.paused.includes(id);
}

/** An answer from the consent page or the privacy center. */
export interface ConsentAnswer {
  /** The policy version the page showed; an answer to an older one is refused. */
  policyVersion: string;
  /** The choices made, by opt-in feature id; features left out keep their choice. */
  features: Partial<Record<OptInFeatureId, boolean>>;
  /**
   * True from the consent page, which shows every feature (or every change): the answer accepts
   * the current policy as a whole and ends any pending review. False from one privacy-center switch.
   */
  answersAll: boolean;
}

export const consentAnswerSchema = v.object({
  policyVersion: semver,
  features: v.partial(
    v.strictObject(
      Object.fromEntries(optInFeatureIds.map((id) => [id, v.boolean()])) as Record<
        OptInFeatureId,
        v.BooleanSchema<undefined>
      >,
    ),
  ),
  answersAll: v.boolean(),
}) satisfies v.GenericSchema<unknown, ConsentAnswer>;

export type AnswerResult = { ok: true; record: ConsentRecord } | { ok: false; problem: string };

const acceptedFrom = (policy: Policy): AcceptedPolicy => ({
  version: policy.version,
  effectiveDate: policy.effectiveDate,
  declaration: structuredClone(policy),
});

/** The record after the user's answer, or why the answer cannot be taken. */
export function applyAnswer(
  record: ConsentRecord,
  answer: ConsentAnswer,
  policy: Policy,
  now: number,
): AnswerResult {
  if (answer.policyVersion !== policy.version) {
    return {
      ok: false,
      problem: `The page showed version ${answer.policyVersion} of the privacy policy, but AliKeep now has version ${policy.version}; reload the page and answer again.`,
    };
  }
  const answered = optInFeatureIds.filter((id) => answer.features[id] !== undefined);
  for (const id of answered) {
    const feature = policy.features.find((f) => f.id === id);
    if (!feature || feature.tier !== 'additional') {
      return { ok: false, problem: `"${id}" is not an additional feature of this policy.` };
    }
    if (answer.features[id] && feature.status === 'planned') {
      return { ok: false, problem: `"${feature.name}" is not in this version of AliKeep yet.` };
    }
  }
  const features = { ...record.features };
  for (const id of answered) features[id] = answer.features[id] === true;
  let paused = record.paused.filter((id) => !answered.includes(id));
  let review = record.review;
  if (answer.answersAll) {
    // Whatever the page did not ask about again gets no new consent: it stays off.
    for (const id of paused) features[id] = false;
    paused = [];
    review = null;
  } else if (review) {
    const left = review.features.filter((id) => !answered.includes(id as OptInFeatureId));
    review = left.length > 0 ? { ...review, features: left } : null;
  }
  // The current policy counts as accepted once nothing of an earlier one is left unanswered.
  const accepted = review === null ? acceptedFrom(policy) : record.accepted;
  return {
    ok: true,
    record: { format: CONSENT_FORMAT, accepted, answeredAt: now, features, paused, review },
  };
}

/** What pages need to know, without the stored copy of the policy. */
export interface ConsentSummary {
  acceptedVersion: string | null;
  answeredAt: number | null;
  features: Record<OptInFeatureId, boolean>;
  paused: OptInFeatureId[];
  review: PendingReview | null;
}

export function summarizeConsent(record: ConsentRecord): ConsentSummary {
  return {
    acceptedVersion: record.accepted?.version ?? null,
    answeredAt: record.answeredAt,
    features: { ...record.features },
    paused: [...record.paused],
    review: record.review,
  };
}
