/**
 * The worker's side of consent: the only writer of the `consent` record. Writes run one after
 * another, each reading the stored record afresh, so an answer from the consent page and a switch in
 * the privacy center never overwrite each other. The queue only orders this worker's writes; nothing
 * in it must survive a restart.
 */
import { policy as currentPolicy } from '../../policy/policy';
import type { Policy } from '../../policy/schema';
import { storageKeys } from '../shared/storage-keys';
import { reconcileConsent, type Reconciled } from './consent-change';
import {
  applyAnswer,
  loadConsent,
  summarizeConsent,
  type ConsentAnswer,
  type ConsentRecord,
  type ConsentSummary,
} from './consent-record';

/** The part of chrome.storage.local this needs; a fake in unit tests. */
export interface ConsentArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ConsentOptions {
  policy?: Policy;
  now?: () => number;
}

let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

export async function readStoredConsent(area: ConsentArea): Promise<ConsentRecord> {
  return loadConsent((await area.get(storageKeys.consent))[storageKeys.consent]);
}

/**
 * Handler of the `saveConsent` message: applies an answer from the consent page or the privacy
 * center. Throws (the router returns it as an error reply) when the answer cannot be taken.
 */
export function saveConsent(
  area: ConsentArea,
  answer: ConsentAnswer,
  { policy = currentPolicy, now = Date.now }: ConsentOptions = {},
): Promise<ConsentSummary> {
  return serialized(async () => {
    const result = applyAnswer(await readStoredConsent(area), answer, policy, now());
    if (!result.ok) throw new Error(result.problem);
    await area.set({ [storageKeys.consent]: result.record });
    return summarizeConsent(result.record);
  });
}

/** Every choice back to its default: additional features off, nothing accepted. */
export function resetConsent(area: ConsentArea): Promise<void> {
  return serialized(() => area.remove(storageKeys.consent));
}

/**
 * After an update (runtime.onInstalled, reason 'update'): compares what the user accepted with this
 * version's policy, pauses what a major change touches, and says whether to reopen the consent page.
 */
export function reconcileAfterUpdate(
  area: ConsentArea,
  { policy = currentPolicy }: ConsentOptions = {},
): Promise<Reconciled> {
  return serialized(async () => {
    const before = await readStoredConsent(area);
    const result = reconcileConsent(before, policy);
    if (JSON.stringify(result.record) !== JSON.stringify(before)) {
      await area.set({ [storageKeys.consent]: result.record });
    }
    return result;
  });
}
