import { describe, expect, it } from 'vitest';
import type { Policy } from '../../policy/schema';
import { everythingShipped, must } from '../../policy/test-policies';
import {
  describeChange,
  featuresOfChange,
  reconcileConsent,
  reviewConsent,
} from './consent-change';
import {
  applyAnswer,
  emptyConsent,
  isFeatureOn,
  loadConsent,
  type ConsentRecord,
} from './consent-record';

const NOW = Date.UTC(2026, 10, 23, 12);

/** Version 1.0.0 with every feature shipped, as the user accepted it. */
const v1 = everythingShipped();

/** A later version: `change` applied to a copy of v1, at `version`. */
function later(version: string, change: (p: Policy) => void): Policy {
  const p = structuredClone(v1);
  change(p);
  p.version = version;
  return p;
}

/** The user answered v1 with these features on. */
function answered(on: string[]): ConsentRecord {
  const features = Object.fromEntries(on.map((id) => [id, true]));
  const result = applyAnswer(
    emptyConsent(),
    { policyVersion: v1.version, features, answersAll: true },
    v1,
    NOW,
  );
  if (!result.ok) throw new Error(result.problem);
  return result.record;
}

const item = (p: Policy, id: string) =>
  must(
    p.dataItems.find((d) => d.id === id),
    id,
  );

describe('reviewConsent', () => {
  it('shows everything to a user who never answered', () => {
    const review = reviewConsent(emptyConsent(), v1);
    expect(review.kind).toBe('first-run');
    expect(review.features.map((f) => f.featureId)).toEqual(v1.features.map((f) => f.id));
    expect(review.pause).toEqual([]);
  });

  it('finds nothing when the policy did not change, also after the record was stored', () => {
    expect(reviewConsent(answered(['sync']), v1)).toMatchObject({ kind: 'none', features: [] });
    const stored = loadConsent(JSON.parse(JSON.stringify(answered(['sync']))));
    expect(reviewConsent(stored, v1)).toEqual({
      kind: 'none',
      changes: [],
      features: [],
      pause: [],
    });
  });

  it('ties a major change to the features of the data it is about', () => {
    const v2 = later('2.0.0', (p) => (item(p, 'price-history').retention = { days: 3650 }));
    const review = reviewConsent(answered(['price-history', 'sync']), v2);
    expect(review.kind).toBe('major');
    expect(review.features.map((f) => f.featureId)).toEqual([
      'price-history',
      'background-recheck',
    ]);
    expect(review.features[0]?.changes[0]?.description).toMatch(/kept longer/);
    // Only what is on needs to stop; sync is not touched.
    expect(review.pause).toEqual(['price-history']);
  });

  it('leaves out features that are still planned', () => {
    const v2 = later('2.0.0', (p) => {
      must(p.features.find((f) => f.id === 'background-recheck')).status = 'planned';
      item(p, 'price-history').retention = { days: 3650 };
    });
    const review = reviewConsent(answered(['price-history']), v2);
    expect(review.features.map((f) => f.featureId)).toEqual(['price-history']);
  });

  it('asks about everything again when the accepted copy cannot be read', () => {
    const record = answered(['price-alerts']);
    record.accepted!.declaration = { dataItems: [{ id: 'settings', features: [] }] } as never;
    const review = reviewConsent(record, v1);
    expect(review.kind).toBe('major');
    expect(review.features).toHaveLength(v1.features.length);
    expect(review.pause).toEqual(['price-alerts']);
  });
});

describe('reconcileConsent after an update', () => {
  it('takes a minor change as read: only the version and date move', () => {
    const v11 = later('1.1.0', (p) => {
      item(p, 'settings').what += ' Reworded.';
      p.effectiveDate = '2026-12-01';
    });
    const before = answered(['price-history']);
    const { record, reopen, review } = reconcileConsent(before, v11);
    expect(review.kind).toBe('minor');
    expect(reopen).toBe(false);
    expect(record.accepted).toMatchObject({ version: '1.1.0', effectiveDate: '2026-12-01' });
    expect(record.features).toEqual(before.features);
    expect(isFeatureOn(record, 'price-history')).toBe(true);
  });

  it('pauses the opt-in features a major change touches and reopens the consent page', () => {
    const v2 = later('2.0.0', (p) => item(p, 'watchlist').sentTo.push('browser-sync'));
    // Sending the watchlist to sync is a new recipient for it: a major change for its features.
    item(v2, 'watchlist').firefoxCategory = 'browsingActivity';
    const before = answered(['price-alerts', 'price-history']);
    const { record, reopen } = reconcileConsent(before, v2);
    expect(reopen).toBe(true);
    expect(record.paused).toEqual(['price-alerts']);
    expect(isFeatureOn(record, 'price-alerts')).toBe(false);
    expect(isFeatureOn(record, 'price-history')).toBe(true);
    expect(record.review).toEqual({
      fromVersion: '1.0.0',
      toVersion: '2.0.0',
      features: ['price-alerts', 'background-recheck'],
    });
    // What was accepted stays the base until the user answers.
    expect(record.accepted?.version).toBe('1.0.0');
  });

  it('reopens for a basic feature too, without pausing it (it works without asking)', () => {
    const v2 = later('2.0.0', (p) =>
      p.dataItems.push({
        ...item(p, 'settings'),
        id: 'recent',
        storage: { area: 'storage.local', keys: ['recent'] },
        features: ['download'],
      }),
    );
    const { record, reopen } = reconcileConsent(answered([]), v2);
    expect(reopen).toBe(true);
    expect(record.paused).toEqual([]);
    expect(record.review?.features).toEqual(['download']);
  });

  it('adds a second major change to a review still waiting', () => {
    const v2 = later('2.0.0', (p) => (item(p, 'price-history').retention = { days: 3650 }));
    const first = reconcileConsent(answered(['price-history', 'sync']), v2).record;
    const v3 = later('3.0.0', (p) => {
      item(p, 'price-history').retention = { days: 3650 };
      item(p, 'synced-settings').purpose = 'To share preferences and more.';
    });
    const { record } = reconcileConsent(first, v3);
    expect(record.paused).toEqual(['price-history', 'sync']);
    expect(record.review).toMatchObject({ fromVersion: '1.0.0', toVersion: '3.0.0' });
    expect(record.review?.features).toEqual(['price-history', 'background-recheck', 'sync']);
  });

  it('does not ask twice about the same update', () => {
    const v2 = later('2.0.0', (p) => (item(p, 'price-history').retention = { days: 3650 }));
    const first = reconcileConsent(answered(['price-history']), v2);
    const again = reconcileConsent(first.record, v2);
    expect(again.reopen).toBe(false);
    expect(again.record).toEqual(first.record);
  });

  it('changes nothing for a user who never answered', () => {
    const v2 = later('2.0.0', (p) => (item(p, 'price-history').retention = { days: 3650 }));
    const before = emptyConsent();
    expect(reconcileConsent(before, v2)).toMatchObject({ record: before, reopen: false });
  });
});

describe('describing a change', () => {
  it('names what it is about in the words of the policy', () => {
    const v2 = later('2.0.0', (p) => (item(p, 'price-history').retention = { days: 3650 }));
    const change = must(reviewConsent(answered([]), v2).changes[0]);
    expect(featuresOfChange(change, v2)).toEqual(['price-history', 'background-recheck']);
    const was = item(v1, 'price-history').retention as { days: number };
    expect(describeChange(change, v2)).toBe(
      `Price history: kept longer: ${was.days} days → 3650 days`,
    );
    const sent = {
      kind: 'major' as const,
      subject: 'dataItems.watchlist',
      description: 'now sent to "browser-sync"',
    };
    expect(describeChange(sent, v2)).toBe(
      'Watchlist: now sent to “The sync service of your browser”',
    );
    expect(
      describeChange({ kind: 'major', subject: 'permissions.tabs', description: 'new' }, v2),
    ).toBe('Permission “tabs”: new');
    expect(
      featuresOfChange({ kind: 'minor', subject: 'controller', description: 'x' }, v2),
    ).toEqual([]);
  });
});
