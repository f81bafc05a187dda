/**
 * Every key the extension writes to chrome.storage, in one registry. The policy drift tests read this
 * file: a key missing here, or here but undeclared in policy/, fails `npm test`.
 */
export const storageKeys = {
  /** storage.local: the user's preferences (src/settings). */
  settings: 'settings',
  /** storage.session: downloads in progress (src/background/downloads). */
  downloadQueue: 'downloadQueue',
  /** storage.local: the user's privacy choices (src/consent). */
  consent: 'consent',
  /** storage.local: notices about stored data until the user dismisses them (src/settings/notices.ts). */
  notices: 'notices',
} as const;

export type StorageKey = (typeof storageKeys)[keyof typeof storageKeys];
