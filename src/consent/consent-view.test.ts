import { describe, expect, it } from 'vitest';
import { policy } from '../../policy/policy';
import type { Policy } from '../../policy/schema';
import { everythingShipped } from '../../policy/test-policies';
import { reconcileConsent } from './consent-change';
import { applyAnswer, emptyConsent, type ConsentRecord } from './consent-record';
import { answerFor, consentPageModel } from './consent-view';

const all = everythingShipped();
const ids = (list: { feature: { id: string } }[]) => list.map((d) => d.feature.id);

function answered(p: Policy, features: Record<string, boolean>): ConsentRecord {
  const result = applyAnswer(
    emptyConsent(),
    { policyVersion: p.version, features, answersAll: true },
    p,
    1,
  );
  if (!result.ok) throw new Error(result.problem);
  return result.record;
}

describe('the consent page on first run', () => {
  it('lists shipped basic features, boxes for shipped opt-in ones, and planned ones apart', () => {
    const model = consentPageModel(policy, emptyConsent());
    const shipped = policy.features.filter((f) => f.status === 'shipped');
    expect(model.mode).toBe('first-run');
    expect(ids(model.basic)).toEqual(shipped.filter((f) => f.tier === 'basic').map((f) => f.id));
    expect(ids(model.optIn)).toEqual(
      shipped.filter((f) => f.tier === 'additional').map((f) => f.id),
    );
    expect(model.planned.map((f) => f.id)).toEqual(
      policy.features.filter((f) => f.status === 'planned').map((f) => f.id),
    );
  });

  it('starts every box off', () => {
    const model = consentPageModel(all, emptyConsent());
    expect(ids(model.optIn)).toEqual([
      'price-history',
      'price-alerts',
      'background-recheck',
      'background-recheck-tabs',
      'sync',
    ]);
    expect(model.initial).toEqual({
      'price-history': false,
      'price-alerts': false,
      'background-recheck': false,
      'background-recheck-tabs': false,
      sync: false,
    });
  });

  it('describes the data each feature touches, from the declaration', () => {
    const history = consentPageModel(all, emptyConsent()).optIn[0]!;
    expect(history.dataItems.map((d) => d.item.id)).toEqual(['price-history']);
    expect(history.dataItems[0]).toMatchObject({
      where: 'In a database inside your browser on this device',
      recipients: [],
    });
  });
});

describe('the consent page opened again', () => {
  it("shows the user's own choices, paused ones off", () => {
    const record = answered(all, { 'price-history': true, sync: true });
    record.paused = ['sync'];
    const model = consentPageModel(all, { ...record, review: null });
    expect(model.mode).toBe('answered');
    expect(model.initial).toMatchObject({ 'price-history': true, sync: false });
  });
});

describe('the consent page after a major change', () => {
  const v2 = structuredClone(all);
  v2.version = '2.0.0';
  v2.dataItems.find((d) => d.id === 'price-history')!.retention = 'until-deleted';
  const { record } = reconcileConsent(answered(all, { 'price-history': true }), v2);

  it('shows only the features the change touches, with what changed, boxes off', () => {
    const model = consentPageModel(v2, record);
    expect(model.mode).toBe('review');
    expect(model.review).toEqual({ from: '1.0.0', to: '2.0.0' });
    expect(ids(model.basic)).toEqual([]);
    expect(ids(model.optIn)).toEqual(['price-history', 'background-recheck']);
    expect(model.planned).toEqual([]);
    expect(model.initial).toEqual({ 'price-history': false, 'background-recheck': false });
    const was = all.dataItems.find((d) => d.id === 'price-history')!.retention as { days: number };
    expect(model.changes['price-history']).toEqual([
      `Price history: kept longer: ${was.days} days → until you delete it`,
    ]);
  });

  it('answers for exactly the boxes it shows, as a whole answer', () => {
    const model = consentPageModel(v2, record);
    expect(answerFor(v2, model, { 'price-history': true, sync: true })).toEqual({
      policyVersion: '2.0.0',
      features: { 'price-history': true, 'background-recheck': false },
      answersAll: true,
    });
  });
});
