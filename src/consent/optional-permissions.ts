/**
 * One optional permission at a time: whether it is granted, and asking for it. Kept apart from the
 * feature rules (permission-requests.ts) so a light page such as the popup can ask without loading
 * the policy.
 */
import type { Manifest } from 'webextension-polyfill';
import { browser } from '../shared/browser';
import { log } from '../shared/log';

export type OptionalPermission = Manifest.OptionalPermission;

/** The names among `names` that this build's manifest lists as optional (only those can be asked). */
export function inManifest(names: string[]): OptionalPermission[] {
  const optional: string[] = browser.runtime.getManifest().optional_permissions ?? [];
  return names.filter((name) => optional.includes(name)) as OptionalPermission[];
}

export async function hasOptionalPermission(name: OptionalPermission): Promise<boolean> {
  if (inManifest([name]).length === 0) return false;
  return browser.permissions.contains({ permissions: [name] }).catch(() => false);
}

/**
 * Asks for a permission the browser prompts the user for (notifications). Call first thing in the
 * click handler of an extension page: Chrome honours the request only during the user's gesture.
 * Resolves false when the user or the browser refused.
 */
export function requestOptionalPermission(name: OptionalPermission): Promise<boolean> {
  if (inManifest([name]).length === 0) return Promise.resolve(false);
  return browser.permissions.request({ permissions: [name] }).catch((error: unknown) => {
    log.warn(`The ${name} permission was not granted:`, String(error));
    return false;
  });
}
