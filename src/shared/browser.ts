/**
 * The one door to the extension APIs. Everything else imports `browser` from here, so unit tests can
 * swap this module for a fake and the policy drift tests can see every API the code uses.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };

/**
 * False once the extension was reloaded, updated or removed under a still-running content script:
 * from then on every API call would throw "Extension context invalidated".
 */
export function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
