/**
 * chrome.storage.sync's limits (the same in Chrome and Firefox), and how the browser measures an
 * item against them: its key plus its value as JSON. Pure.
 */
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;
export const MAX_WRITE_OPERATIONS_PER_MINUTE = 120;
export const MAX_WRITE_OPERATIONS_PER_HOUR = 1_800;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string: never less than what the browser counts. */
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

/** The size of one stored item as the quota counts it. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? '');
}
