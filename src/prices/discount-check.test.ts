import { describe, expect, it } from 'vitest';
import { checkDiscount } from './discount-check';
import type { PricePoint, PriceSeries } from './history';
import { DAY_MS } from './time';

const NOW = Date.UTC(2025, 5, 1);
const daysAgo = (d: number) => NOW - d * DAY_MS;
const series = (points: PricePoint[]): PriceSeries => ({
  itemId: '1',
  variantId: '',
  currency: 'EUR',
  points,
  lastSeen: NOW,
});

describe('checkDiscount', () => {
  it('a price raised before a "sale" gets no real discount', () => {
    // 10 for months, raised to 25 two weeks before the sale, then "−60%" to 10.
    const s = series([
      { at: daysAgo(120), price: 10 },
      { at: daysAgo(16), price: 25 },
      { at: daysAgo(2), price: 10, original: 25 },
    ]);
    expect(checkDiscount(s, { original: 25, discountPercent: 60 })).toEqual({
      kind: 'checked',
      current: 10,
      currentSince: daysAgo(2),
      claimedPercent: 60,
      realPercent: 0,
      reference: 10,
      referenceAt: daysAgo(32),
      claimedOriginal: 25,
      verdict: 'no-real-discount',
    });
  });

  it('an overstated discount: −60% claimed, −8% against the 30-day low', () => {
    const s = series([
      { at: daysAgo(90), price: 25 },
      { at: daysAgo(40), price: 12.5 },
      { at: daysAgo(20), price: 25 },
      { at: daysAgo(1), price: 11.5 },
    ]);
    const check = checkDiscount(s, { discountPercent: 60 });
    expect(check).toMatchObject({ kind: 'checked', reference: 12.5, verdict: 'overstated' });
    if (check.kind === 'checked') expect(check.realPercent).toBeCloseTo(8);
  });

  it('an honest discount, the claim read from the stored original when none is given', () => {
    const s = series([
      { at: daysAgo(60), price: 20 },
      { at: daysAgo(3), price: 15, original: 20 },
    ]);
    expect(checkDiscount(s)).toMatchObject({
      kind: 'checked',
      claimedPercent: 25,
      realPercent: 25,
      reference: 20,
      verdict: 'honest',
    });
  });

  it('a rise dressed as a sale has a negative real percentage', () => {
    const s = series([
      { at: daysAgo(60), price: 10 },
      { at: daysAgo(3), price: 12, original: 30 },
    ]);
    const check = checkDiscount(s);
    expect(check).toMatchObject({ kind: 'checked', reference: 10, verdict: 'no-real-discount' });
    if (check.kind === 'checked') expect(check.realPercent).toBeCloseTo(-20);
  });

  it('answers only when history covers the 30 days before the current price', () => {
    const s = series([
      { at: daysAgo(40), price: 20 },
      { at: daysAgo(20), price: 15 },
    ]);
    expect(checkDiscount(s, { original: 20 })).toEqual({
      kind: 'not-enough-history',
      currentSince: daysAgo(20),
      trackedSince: daysAgo(40),
    });
    const justEnough = series([
      { at: daysAgo(50), price: 20 },
      { at: daysAgo(20), price: 15 },
    ]);
    expect(checkDiscount(justEnough, { original: 20 }).kind).toBe('checked');
  });

  it('measures from when the price started, not from a later change of the claimed original', () => {
    const s = series([
      { at: daysAgo(70), price: 20 },
      { at: daysAgo(35), price: 15, original: 20 },
      { at: daysAgo(2), price: 15, original: 40 },
    ]);
    expect(checkDiscount(s)).toMatchObject({
      kind: 'checked',
      currentSince: daysAgo(35),
      reference: 20,
    });
  });

  it('says when there is nothing to check', () => {
    expect(checkDiscount(series([{ at: daysAgo(90), price: 10 }]))).toEqual({ kind: 'no-claim' });
    expect(checkDiscount(series([]))).toEqual({ kind: 'no-history' });
    const s = series([{ at: daysAgo(90), price: 10 }]);
    expect(checkDiscount(s, { original: 9, discountPercent: 0 })).toEqual({ kind: 'no-claim' });
  });
});
