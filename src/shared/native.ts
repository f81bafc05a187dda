/**
 * The browser's own `chrome` namespace, without the polyfill. Only for code that must stay light:
 * the item page's first script (src/content/item-page.ts, one entry per site) and the strings it
 * shows. Everything else goes through src/shared/browser.ts. Both Chrome and Firefox provide `chrome`, and the calls
 * made through here (storage, runtime messaging, i18n) return promises or values in both.
 */
export const native: typeof chrome | undefined = (globalThis as { chrome?: typeof chrome }).chrome;

/** False once the extension was reloaded, updated or removed under a running content script. */
export function nativeContextAlive(): boolean {
  try {
    return Boolean(native?.runtime?.id);
  } catch {
    return false;
  }
}
