/**
 * Asking for and giving back the optional permissions of opt-in features (rules in
 * feature-permissions.ts). Only what this build's manifest lists as optional can be asked for.
 */
import type { Policy } from '../../policy/schema';
import { browser } from '../shared/browser';
import { log } from '../shared/log';
import { releasablePermissions, silentPermissions } from './feature-permissions';
import { inManifest } from './optional-permissions';

/**
 * Call first thing in the click handler that switches features on: Chrome honours the request only
 * during the user's gesture. Resolves false when the browser refused.
 */
export function requestFeaturePermissions(
  policy: Policy,
  featureIds: readonly string[],
): Promise<boolean> {
  const permissions = inManifest(silentPermissions(policy, featureIds));
  if (permissions.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ permissions }).catch((error: unknown) => {
    log.warn('Optional permissions were not granted:', String(error));
    return false;
  });
}

/** Gives back what the switched-off features alone used. */
export async function releaseFeaturePermissions(
  policy: Policy,
  switchedOff: readonly string[],
  stillOn: readonly string[],
): Promise<void> {
  const permissions = inManifest(releasablePermissions(policy, switchedOff, stillOn));
  if (permissions.length === 0) return;
  await browser.permissions.remove({ permissions }).catch((error: unknown) => {
    log.warn('Optional permissions could not be removed:', String(error));
  });
}
