/**
 * The one way to show text to users: every string is a key in public/_locales/en/messages.json.
 * The type makes a missing key a compile error; i18n.test.ts fails on keys defined but never used.
 */
import type messages from '../../public/_locales/en/messages.json';
import { native } from './native';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return native?.i18n.getMessage(key, substitutions) || key;
  } catch {
    // The extension context is gone (reloaded under a running content script): show the key, not an error.
    return key;
  }
}

/**
 * Resolves once the browser serves the extension's messages. Right after an install the first page
 * can briefly get empty strings; waiting a few frames keeps keys from showing to the user.
 */
export async function messagesReady(timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  const has = () => {
    try {
      return (native?.i18n.getMessage('extName') ?? '') !== '';
    } catch {
      return false;
    }
  };
  while (!has() && Date.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
