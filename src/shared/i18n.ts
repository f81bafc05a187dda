/**
 * The one way to show text to users: every string is a key in public/_locales/en/messages.json.
 * The type makes a missing key a compile error; i18n.test.ts fails on keys defined but never used.
 */
import type messages from '../../public/_locales/en/messages.json';
import { browser } from './browser';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    // The extension context is gone (reloaded under a running content script): show the key, not an error.
    return key;
  }
}
