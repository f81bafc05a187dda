import { describe, expect, it } from 'vitest';
import type { BlobTasks } from '../../offscreen/blob-tasks';
import type { OffscreenMessage } from '../../shared/messages';
import { NO_BLOB_ROUTE, blobSender, chooseBlobRoute, type BlobRouteDeps } from './blob-route';

const chromeOffscreen = { createDocument: async () => undefined };
const createObjectURL = () => 'blob:x';

describe('chooseBlobRoute', () => {
  it('takes the offscreen document where chrome.offscreen exists (Chrome service worker)', () => {
    expect(chooseBlobRoute({ offscreen: chromeOffscreen, createObjectURL: undefined })).toBe(
      'offscreen',
    );
  });

  it('keeps the offscreen document even where the worker could make blob URLs', () => {
    expect(chooseBlobRoute({ offscreen: chromeOffscreen, createObjectURL })).toBe('offscreen');
  });

  it('works in place where there is no chrome.offscreen but a DOM (Firefox event page)', () => {
    expect(chooseBlobRoute({ offscreen: undefined, createObjectURL })).toBe('in-place');
    // A namespace without the method it needs does not count.
    expect(chooseBlobRoute({ offscreen: {}, createObjectURL })).toBe('in-place');
  });

  it('finds no road when neither exists', () => {
    expect(chooseBlobRoute({ offscreen: undefined, createObjectURL: undefined })).toBeNull();
  });
});

function fakeDeps() {
  const calls: string[] = [];
  const tasks: BlobTasks = {
    offscreenConvert: async ({ url, format }) => {
      calls.push(`in-place convert ${url}`);
      return { blobUrl: 'blob:moz-extension://a/1', bytes: 10, mime: `image/${format}` };
    },
    offscreenZip: async ({ entries }) => {
      calls.push(`in-place zip ${entries.length}`);
      throw new Error('The server answered 404.');
    },
    offscreenRevoke: async ({ blobUrl }) => {
      calls.push(`in-place revoke ${blobUrl}`);
      return null;
    },
  };
  let made = 0;
  const deps: BlobRouteDeps = {
    ensureOffscreen: async () => void calls.push('ensure offscreen'),
    sendToOffscreen: async (type: OffscreenMessage) => {
      calls.push(`send ${type}`);
      return { ok: true, value: null } as never;
    },
    inPlace: () => {
      made++;
      return tasks;
    },
  };
  return { calls, deps, made: () => made };
}

const convert = { url: 'https://ae01.alicdn.com/a.jpg', format: 'jpeg', quality: 0.9 } as const;

describe('blobSender', () => {
  it('offscreen: opens the document before converting or zipping, not before revoking', async () => {
    const { calls, deps, made } = fakeDeps();
    const send = blobSender('offscreen', deps);
    await send('offscreenConvert', convert);
    await send('offscreenZip', { jobId: 'job-123', entries: [] });
    await send('offscreenRevoke', { blobUrl: 'blob:chrome-extension://a/1' });
    expect(calls).toEqual([
      'ensure offscreen',
      'send offscreenConvert',
      'ensure offscreen',
      'send offscreenZip',
      'send offscreenRevoke',
    ]);
    expect(made()).toBe(0);
  });

  it('in place: runs the shared tasks here, without any offscreen document', async () => {
    const { calls, deps, made } = fakeDeps();
    const send = blobSender('in-place', deps);
    expect(await send('offscreenConvert', convert)).toEqual({
      ok: true,
      value: { blobUrl: 'blob:moz-extension://a/1', bytes: 10, mime: 'image/jpeg' },
    });
    expect(await send('offscreenRevoke', { blobUrl: 'blob:moz-extension://a/1' })).toEqual({
      ok: true,
      value: null,
    });
    expect(calls).toEqual([
      'in-place convert https://ae01.alicdn.com/a.jpg',
      'in-place revoke blob:moz-extension://a/1',
    ]);
    expect(made()).toBeGreaterThan(0);
  });

  it('in place: a failing task comes back as an error reply, as the offscreen router answers', async () => {
    const { deps } = fakeDeps();
    const reply = await blobSender('in-place', deps)('offscreenZip', {
      jobId: 'job-123',
      entries: [{ url: convert.url, stem: 'a', convert: null, quality: 0.9 }],
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'The server answered 404.' },
    });
  });

  it('no road: every request fails with a plain message', async () => {
    const { calls, deps } = fakeDeps();
    const reply = await blobSender(null, deps)('offscreenConvert', convert);
    expect(reply).toEqual({ ok: false, error: { code: 'unreachable', message: NO_BLOB_ROUTE } });
    expect(calls).toEqual([]);
  });
});
