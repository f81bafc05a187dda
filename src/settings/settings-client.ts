/**
 * How the popup, options page and content scripts see settings: read straight from storage (no need
 * to wake the worker), repaired in memory, and followed live through storage.onChanged. Writes always
 * go to the worker.
 */
import { browser, extensionContextAlive, type Storage } from '../shared/browser';
import { storageKeys } from '../shared/storage-keys';
import { loadSettings, type StoredSettings } from './stored';

export async function readSettings(): Promise<StoredSettings> {
  const raw = (await browser.storage.local.get(storageKeys.settings))[storageKeys.settings];
  return loadSettings(raw).stored;
}

/** Calls `onChange` with every new stored state; returns the function that stops listening. */
export function watchSettings(onChange: (next: StoredSettings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[storageKeys.settings];
    if (area !== 'local' || !change) return;
    onChange(loadSettings(change.newValue).stored);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    if (extensionContextAlive()) browser.storage.onChanged.removeListener(listener);
  };
}
