import { describe, expect, it } from 'vitest';
import { policy } from '../../policy/policy';
import type { Policy } from '../../policy/schema';
import { everythingShipped } from '../../policy/test-policies';
import {
  applyAnswer,
  consentAnswerSchema,
  consentRecordSchema,
  emptyConsent,
  isFeatureOn,
  loadConsent,
  optInFeatureIds,
  summarizeConsent,
  type ConsentAnswer,
  type ConsentRecord,
} from './consent-record';
import * as v from 'valibot';

const NOW = Date.UTC(2026, 10, 23, 12);
const shipped = everythingShipped();

function answer(features: ConsentAnswer['features'], answersAll = true, p: Policy = shipped) {
  return { policyVersion: p.version, features, answersAll };
}

function apply(record: ConsentRecord, a: ConsentAnswer, p: Policy = shipped): ConsentRecord {
  const result = applyAnswer(record, a, p, NOW);
  if (!result.ok) throw new Error(result.problem);
  return result.record;
}

describe('the opt-in feature ids', () => {
  it('are exactly the additional features of the policy', () => {
    const additional = policy.features.filter((f) => f.tier === 'additional').map((f) => f.id);
    expect([...optInFeatureIds].sort()).toEqual(additional.sort());
  });
});

describe('loadConsent', () => {
  it('reads nothing stored as every feature off and nothing accepted', () => {
    const record = loadConsent(undefined);
    expect(record).toEqual(emptyConsent());
    for (const id of optInFeatureIds) expect(isFeatureOn(record, id)).toBe(false);
    expect(v.is(consentRecordSchema, record)).toBe(true);
  });

  it('keeps a valid record as it is', () => {
    const record = apply(emptyConsent(), answer({ 'price-history': true }));
    expect(loadConsent(structuredClone(record))).toEqual(record);
  });

  it('turns a damaged record into one where only what was clearly chosen is on', () => {
    const record = loadConsent({
      format: 1,
      features: { 'price-history': true, 'price-alerts': 'yes', sync: 1 },
      paused: ['sync', 'nonsense'],
      answeredAt: -5,
      accepted: { version: 'one' },
      review: 'later',
    });
    expect(record.features).toEqual({
      'price-history': true,
      'price-alerts': false,
      'background-recheck': false,
      'background-recheck-tabs': false,
      sync: false,
    });
    expect(record.paused).toEqual(['sync']);
    expect(record).toMatchObject({ answeredAt: null, accepted: null, review: null });
  });

  it('pauses everything when the paused list cannot be read', () => {
    const record = loadConsent({ features: { 'price-history': true }, paused: 'oops' });
    expect(record.paused).toEqual([...optInFeatureIds]);
    expect(isFeatureOn(record, 'price-history')).toBe(false);
  });

  it('reads a record from a newer format by the fields it understands', () => {
    const stored = { ...apply(emptyConsent(), answer({ sync: true })), format: 2, extra: 1 };
    const record = loadConsent(stored);
    expect(record.format).toBe(1);
    expect(record.features.sync).toBe(true);
    expect(record.accepted?.version).toBe(shipped.version);
  });
});

describe('applyAnswer', () => {
  it('records the choices, the time and the policy accepted', () => {
    const record = apply(emptyConsent(), answer({ 'price-history': true, 'price-alerts': false }));
    expect(record.features).toMatchObject({ 'price-history': true, 'price-alerts': false });
    expect(record.answeredAt).toBe(NOW);
    expect(record.accepted).toEqual({
      version: shipped.version,
      effectiveDate: shipped.effectiveDate,
      declaration: shipped,
    });
    expect(isFeatureOn(record, 'price-history')).toBe(true);
    expect(summarizeConsent(record)).toEqual({
      acceptedVersion: shipped.version,
      answeredAt: NOW,
      features: record.features,
      paused: [],
      review: null,
    });
  });

  it('refuses an answer to another version of the policy', () => {
    const result = applyAnswer(
      emptyConsent(),
      { ...answer({ sync: true }), policyVersion: '0.9.0' },
      shipped,
      NOW,
    );
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/reload the page/) });
  });

  it('refuses to switch on a feature this version does not have', () => {
    const planned = structuredClone(shipped);
    planned.features.find((f) => f.id === 'sync')!.status = 'planned';
    const on = applyAnswer(emptyConsent(), answer({ sync: true }, true, planned), planned, NOW);
    expect(on).toEqual({ ok: false, problem: expect.stringMatching(/not in this version/) });
    // Saying no to it is always fine.
    expect(
      applyAnswer(emptyConsent(), answer({ sync: false }, true, planned), planned, NOW).ok,
    ).toBe(true);
  });

  it('leaves choices not in the answer as they were', () => {
    const first = apply(emptyConsent(), answer({ 'price-history': true, sync: true }));
    const second = apply(first, answer({ sync: false }, false));
    expect(second.features).toMatchObject({ 'price-history': true, sync: false });
  });

  it('resumes a paused feature switched on again, and settles the review once all is answered', () => {
    const pending: ConsentRecord = {
      ...apply(emptyConsent(), answer({ 'price-history': true, sync: true })),
      paused: ['price-history', 'sync'],
      review: { fromVersion: '1.0.0', toVersion: '2.0.0', features: ['price-history', 'sync'] },
    };
    const one = apply(pending, answer({ 'price-history': true }, false));
    expect(isFeatureOn(one, 'price-history')).toBe(true);
    expect(one.paused).toEqual(['sync']);
    expect(one.review?.features).toEqual(['sync']);
    expect(one.accepted).toEqual(pending.accepted);
    const both = apply(one, answer({ sync: false }, false));
    expect(both.review).toBeNull();
    expect(both.paused).toEqual([]);
    expect(both.accepted?.declaration).toEqual(shipped);
  });

  it('switches off what a whole answer did not ask about again, and ends the review', () => {
    const pending: ConsentRecord = {
      ...apply(emptyConsent(), answer({ 'price-history': true, sync: true })),
      paused: ['sync'],
      review: { fromVersion: '1.0.0', toVersion: '2.0.0', features: ['sync', 'download'] },
    };
    const record = apply(pending, answer({ 'price-history': true }));
    expect(record.features).toMatchObject({ 'price-history': true, sync: false });
    expect(record).toMatchObject({ paused: [], review: null });
  });

  it('accepts only the answer shapes the message schema allows', () => {
    expect(v.is(consentAnswerSchema, answer({ 'price-history': true }))).toBe(true);
    expect(v.is(consentAnswerSchema, answer({ tracking: true } as never))).toBe(false);
    expect(v.is(consentAnswerSchema, { ...answer({}), policyVersion: 'latest' })).toBe(false);
  });
});
