/**
 * Reading the user's privacy choices from any context: straight from storage.local (no need to wake
 * the worker), and live through storage.onChanged. Writes go to the worker (consent-writer.ts,
 * message `saveConsent`). The record's shape and rules are in consent-record.ts.
 */
import { browser, extensionContextAlive, type Storage } from '../shared/browser';
import { storageKeys } from '../shared/storage-keys';
import {
  isFeatureOn,
  loadConsent,
  type ConsentRecord,
  type OptInFeatureId,
} from './consent-record';

export {
  consentAnswerSchema,
  consentRecordSchema,
  optInFeatureIds,
  type ConsentAnswer,
  type ConsentRecord,
  type ConsentSummary,
  type OptInFeatureId,
} from './consent-record';

export async function readConsent(): Promise<ConsentRecord> {
  const stored = await browser.storage.local.get(storageKeys.consent);
  return loadConsent(stored[storageKeys.consent]);
}

/**
 * Whether an additional feature may run now: false until the user switched it on, and while a
 * policy change it is part of waits for their answer. Check it before every collection.
 */
export async function featureEnabled(id: OptInFeatureId): Promise<boolean> {
  return isFeatureOn(await readConsent(), id);
}

/** Calls `onChange` with every new stored record; returns the function that stops listening. */
export function watchConsent(onChange: (next: ConsentRecord) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[storageKeys.consent];
    if (area !== 'local' || !change) return;
    onChange(loadConsent(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    if (extensionContextAlive()) browser.storage.onChanged.removeListener(listener);
  };
}
