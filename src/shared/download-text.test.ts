import { describe, expect, it, vi } from 'vitest';

vi.mock('./i18n', () => ({
  t: (key: string, subs?: string | string[]) =>
    key === 'progressFailedFile'
      ? `${(subs as string[])[0]}: ${(subs as string[])[1]}`
      : `<${key}${subs === undefined ? '' : ` ${[subs].flat().join(' ')}`}>`,
}));

const { failureText, interruptKey, progressText } = await import('./download-text');

describe('download failures', () => {
  it('name the file, not its folder path, and say Chrome’s reason in words', () => {
    expect(
      failureText({
        name: 'AliExpress/Ceramic Pour-Over Coffee Set (1005001000000101)/gallery-2.webp',
        error: 'SERVER_BAD_CONTENT',
      }),
    ).toBe('gallery-2.webp: <failureNotServed>');
  });

  it('group every interrupt reason by what the shopper can do', () => {
    expect(interruptKey('FILE_NO_SPACE')).toBe('failureDiskFull');
    expect(interruptKey('FILE_NAME_TOO_LONG')).toBe('failureNameTooLong');
    expect(interruptKey('FILE_ACCESS_DENIED')).toBe('failureNotWritten');
    expect(interruptKey('FILE_VIRUS_INFECTED')).toBe('failureBlocked');
    expect(interruptKey('NETWORK_TIMEOUT')).toBe('failureNetwork');
    expect(interruptKey('SERVER_FORBIDDEN')).toBe('failureServer');
    expect(interruptKey('USER_CANCELED')).toBe('failureCancelled');
    expect(interruptKey('CRASH')).toBe('failureStopped');
  });

  it('keep AliKeep’s own messages as they are', () => {
    expect(failureText({ name: 'gallery-2', error: 'The server answered 404.' })).toBe(
      'gallery-2: The server answered 404.',
    );
  });
});

describe('download progress', () => {
  const progress = {
    jobId: 'j',
    productId: '1',
    total: 11,
    done: 3,
    bytes: 1_200_000,
    archive: false,
    failed: [],
  };
  it('counts files and bytes while running, and says how it ended', () => {
    expect(progressText({ ...progress, state: 'running' })).toMatch(
      /^<progressRunning 3 11 1.2\sMB>$/,
    );
    expect(progressText({ ...progress, state: 'done', done: 11 })).toMatch(
      /^<progressDone 11 1.2\sMB>$/,
    );
    expect(progressText({ ...progress, state: 'cancelled' })).toBe('<progressCancelled>');
  });
});
