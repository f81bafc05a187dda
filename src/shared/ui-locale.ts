/**
 * The language the browser shows its own interface in, as a BCP 47 tag for Intl. Prices, sizes and
 * dates follow it, so they read the way the extension's messages are written (both come from the
 * browser's UI language, not from the page the user is on).
 */
import { native } from './native';

export const DEFAULT_LOCALE = 'en';

/** `pt_BR` or `pt-BR` → `pt-BR`; anything Intl does not accept → the default. */
export function toLocaleTag(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(raw.trim().replace(/_/g, '-'))[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

let cached: string | undefined;

export function uiLocale(): string {
  if (cached === undefined) {
    try {
      cached = toLocaleTag(native?.i18n.getUILanguage());
    } catch {
      // The extension context is gone (reloaded under a running content script): format as the default.
      return DEFAULT_LOCALE;
    }
  }
  return cached;
}
