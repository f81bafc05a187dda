/**
 * Writes near the storage quota: IndexedDB throws a `QuotaExceededError` DOMException (or aborts
 * its transaction with one), chrome.storage rejects with "QUOTA_BYTES quota exceeded". Either way
 * the write makes room once (the caller's `makeRoom`, which prunes the oldest price history) and is
 * tried again once; a second failure becomes a StorageFullError whose message a user can act on.
 */

export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export const STORAGE_FULL_MESSAGE =
  'Your browser has no storage space left for AliKeep, even after deleting the oldest price history. Free disk space or delete price history in AliKeep’s options, then try again.';

export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  if (error === null || typeof error !== 'object') return false;
  const { name, message, cause } = error as { name?: unknown; message?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (typeof message === 'string' && /quota\w* exceeded|QUOTA_BYTES/i.test(message)) return true;
  return cause !== undefined && cause !== error && isQuotaError(cause);
}

export interface RoomOutcome<T> {
  value: T;
  /** Set when the write only succeeded after making room; what making room freed. */
  madeRoom?: number;
}

/** Runs `write`; on a quota error makes room once and retries once. Other errors pass through. */
export async function withRoom<T>(
  write: () => Promise<T>,
  makeRoom: () => Promise<number>,
): Promise<RoomOutcome<T>> {
  try {
    return { value: await write() };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  const freed = await makeRoom().catch(() => 0);
  try {
    return { value: await write(), madeRoom: freed };
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(STORAGE_FULL_MESSAGE);
    throw error;
  }
}
