import { describe, expect, it, vi } from 'vitest';
import { isQuotaError, STORAGE_FULL_MESSAGE, StorageFullError, withRoom } from './storage-full';

const idbQuota = () => new DOMException('The transaction was aborted.', 'QuotaExceededError');
const storageQuota = () => new Error('Resource::kQuotaBytes quota exceeded');

describe('isQuotaError', () => {
  it('knows IndexedDB and chrome.storage quota errors, and nothing else', () => {
    expect(isQuotaError(idbQuota())).toBe(true);
    expect(isQuotaError(storageQuota())).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: idbQuota() }))).toBe(true);
    expect(isQuotaError(new DOMException('gone', 'AbortError'))).toBe(false);
    expect(isQuotaError(new TypeError('x is undefined'))).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('withRoom', () => {
  it('writes once when there is room, without pruning', async () => {
    const makeRoom = vi.fn(async () => 3);
    expect(await withRoom(async () => 'ok', makeRoom)).toEqual({ value: 'ok' });
    expect(makeRoom).not.toHaveBeenCalled();
  });

  it('makes room once and retries once after a quota error', async () => {
    const write = vi.fn().mockRejectedValueOnce(idbQuota()).mockResolvedValueOnce('saved');
    const makeRoom = vi.fn(async () => 7);
    expect(await withRoom(write, makeRoom)).toEqual({ value: 'saved', madeRoom: 7 });
    expect(write).toHaveBeenCalledTimes(2);
    expect(makeRoom).toHaveBeenCalledTimes(1);
  });

  it('gives up after the one retry with a message a user can act on', async () => {
    const write = vi.fn().mockRejectedValue(storageQuota());
    const makeRoom = vi.fn(async () => 0);
    const failure = withRoom(write, makeRoom);
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(write).toHaveBeenCalledTimes(2);
    expect(makeRoom).toHaveBeenCalledTimes(1);
  });

  it('still retries when making room itself fails', async () => {
    const write = vi.fn().mockRejectedValueOnce(idbQuota()).mockResolvedValueOnce(1);
    const outcome = await withRoom(write, () => Promise.reject(idbQuota()));
    expect(outcome).toEqual({ value: 1, madeRoom: 0 });
  });

  it('passes other errors through untouched, without pruning', async () => {
    const makeRoom = vi.fn(async () => 1);
    const broken = new TypeError('not a quota problem');
    await expect(withRoom(() => Promise.reject(broken), makeRoom)).rejects.toBe(broken);
    expect(makeRoom).not.toHaveBeenCalled();
  });
});
