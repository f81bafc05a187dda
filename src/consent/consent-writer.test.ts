import { describe, expect, it } from 'vitest';
import { everythingShipped } from '../../policy/test-policies';
import { loadConsent } from './consent-record';
import {
  readStoredConsent,
  reconcileAfterUpdate,
  resetConsent,
  saveConsent,
  type ConsentArea,
} from './consent-writer';

/** storage.local in memory, with a delay on every call so writes could interleave. */
function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const tick = () => new Promise((r) => setTimeout(r, 1));
  let sets = 0;
  const area: ConsentArea = {
    async get(key) {
      await tick();
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      await tick();
      sets += 1;
      Object.assign(data, structuredClone(items));
    },
    async remove(key) {
      await tick();
      delete data[key];
    },
  };
  return { area, data, sets: () => sets };
}

const policy = everythingShipped();
const options = { policy, now: () => 1_000 };
const answer = (features: Record<string, boolean>, answersAll = false) => ({
  policyVersion: policy.version,
  features,
  answersAll,
});

describe('saveConsent', () => {
  it('stores the answer under the consent key and returns what pages need', async () => {
    const { area, data } = fakeArea();
    const summary = await saveConsent(area, answer({ 'price-history': true }, true), options);
    expect(summary).toMatchObject({
      acceptedVersion: policy.version,
      answeredAt: 1_000,
      features: { 'price-history': true },
    });
    expect(loadConsent(data.consent).features['price-history']).toBe(true);
  });

  it('applies answers that arrive together one after the other, losing none', async () => {
    const { area } = fakeArea();
    await Promise.all([
      saveConsent(area, answer({ 'price-history': true }), options),
      saveConsent(area, answer({ sync: true }), options),
      saveConsent(area, answer({ 'price-alerts': true }), options),
    ]);
    const record = await readStoredConsent(area);
    expect(record.features).toMatchObject({
      'price-history': true,
      sync: true,
      'price-alerts': true,
    });
  });

  it('rejects an answer it cannot take, and writes nothing', async () => {
    const { area, sets } = fakeArea();
    await expect(
      saveConsent(area, { ...answer({ sync: true }), policyVersion: '0.1.0' }, options),
    ).rejects.toThrow(/reload the page/);
    expect(sets()).toBe(0);
    // The queue goes on after a failure.
    await saveConsent(area, answer({ sync: true }), options);
    expect(sets()).toBe(1);
  });
});

describe('resetConsent', () => {
  it('removes the record: every additional feature is off again', async () => {
    const { area, data } = fakeArea();
    await saveConsent(area, answer({ sync: true }, true), options);
    await resetConsent(area);
    expect('consent' in data).toBe(false);
    expect((await readStoredConsent(area)).features.sync).toBe(false);
  });
});

describe('reconcileAfterUpdate', () => {
  it('writes only when the policy changed', async () => {
    const { area, sets } = fakeArea();
    await saveConsent(area, answer({ 'price-history': true }, true), options);
    expect(await reconcileAfterUpdate(area, { policy })).toMatchObject({ reopen: false });
    expect(sets()).toBe(1);
  });

  it('pauses what a major change touches and asks to reopen the page', async () => {
    const { area } = fakeArea();
    await saveConsent(area, answer({ 'price-history': true }, true), options);
    const v2 = structuredClone(policy);
    v2.version = '2.0.0';
    v2.dataItems.find((d) => d.id === 'price-history')!.retention = 'until-deleted';
    const result = await reconcileAfterUpdate(area, { policy: v2 });
    expect(result.reopen).toBe(true);
    expect((await readStoredConsent(area)).paused).toEqual(['price-history']);
  });
});
