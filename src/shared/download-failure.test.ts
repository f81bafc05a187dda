import { describe, expect, it, vi } from 'vitest';

vi.mock('./i18n', () => ({
  t: (key: string, subs?: string | string[]) =>
    key === 'progressFailedFile'
      ? `${(subs as string[])[0]}: ${(subs as string[])[1]}`
      : `<${key}>`,
}));

const { failureText, interruptKey } = await import('./download-failure');

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
