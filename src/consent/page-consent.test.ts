import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyConsent, isFeatureOn, loadConsent } from './consent-record';
import { priceHistoryOn } from './page-consent';

const flag = fc.oneof(fc.boolean(), fc.constantFrom<unknown>('true', 1, null, undefined, {}));
const ids = fc.constantFrom('price-history', 'price-alerts', 'sync', 'other');
const stored = fc.oneof(
  fc.record(
    {
      features: fc.oneof(
        fc.dictionary(ids, flag),
        fc.constantFrom<unknown>(null, [], 'x', ['price-history']),
      ),
      paused: fc.oneof(fc.array(ids), fc.constantFrom<unknown>(null, 'price-history', {}, 3)),
      accepted: fc.constantFrom<unknown>(null, { policyVersion: '1.0.0', at: 1 }, 'bad'),
      answeredAt: fc.constantFrom<unknown>(null, 5, -1, 'x'),
      review: fc.constantFrom<unknown>(null, 'x'),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom<unknown>(undefined, null, 0, 'consent', [], true),
);

describe('priceHistoryOn', () => {
  it('agrees with the full consent record on any stored value', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        expect(priceHistoryOn(raw)).toBe(isFeatureOn(loadConsent(raw), 'price-history'));
      }),
      { numRuns: 2000 },
    );
  });

  it('is on after the opt-in and off while a policy change pauses it', () => {
    const record = emptyConsent();
    expect(priceHistoryOn(record)).toBe(false);
    record.features['price-history'] = true;
    expect(priceHistoryOn(record)).toBe(true);
    record.paused = ['price-history'];
    expect(priceHistoryOn(record)).toBe(false);
  });
});
