/**
 * The worker's real protocol under fuzzing: messages from foreign senders, of unknown types or with
 * malformed payloads are all rejected before any handler runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offscreenProtocol, tabProtocol, workerProtocol } from './messages';
import { createRouter, type Handlers } from './router';

const env = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };

function spyHandlers<P extends Record<string, unknown>>(protocol: P) {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(protocol).map((name) => [
      name,
      async () => {
        calls.push(name);
        return null;
      },
    ]),
  ) as unknown as Handlers<never>;
  return { calls, handlers };
}

const protocols = { worker: workerProtocol, tab: tabProtocol, offscreen: offscreenProtocol };

// Thousands of generated messages per case: generous time on a busy 2-core machine.
describe.each(Object.entries(protocols))('%s protocol', { timeout: 30_000 }, (_name, protocol) => {
  const names = Object.keys(protocol);
  const { calls, handlers } = spyHandlers(protocol);
  const route = createRouter(protocol as never, handlers, env);

  it('rejects every message from another extension or a web page, whatever it says', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.anything(),
        fc.record({
          id: fc.oneof(fc.constant(undefined), fc.string(), fc.constant('other-extension')),
          url: fc.oneof(fc.constant('https://evil.example/'), fc.webUrl()),
        }),
        async (type, payload, sender) => {
          fc.pre(sender.id !== 'ours');
          const reply = await route({ type, payload }, sender);
          expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
        },
      ),
      { numRuns: 500 },
    );
    expect(calls).toEqual([]);
  });

  it('rejects unknown types and non-objects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (message) => {
        const type = (message as { type?: unknown } | null)?.type;
        fc.pre(!(typeof type === 'string' && names.includes(type)));
        const reply = await route(message, { id: 'ours', url: 'chrome-extension://ours/x.html' });
        expect(reply.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(calls).toEqual([]);
  });

  it('runs no handler for a payload its schema refuses', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.string(),
          fc.integer(),
          fc.array(fc.anything()),
          fc.dictionary(fc.string(), fc.anything()),
          fc.record({ product: fc.anything(), selection: fc.anything() }),
          fc.record({ jobId: fc.string() }),
          fc.record({ urls: fc.array(fc.string()) }),
        ),
        fc.boolean(),
        async (type, payload, fromPage) => {
          const sender = fromPage
            ? { id: 'ours', url: 'chrome-extension://ours/src/popup/index.html' }
            : { id: 'ours', url: 'https://www.aliexpress.com/item/1.html', tab: { id: 3 } };
          const before = calls.length;
          const reply = await route({ type, payload }, sender);
          if (!reply.ok) {
            rejected++;
            expect(calls.length).toBe(before);
          }
        },
      ),
      { numRuns: 1500 },
    );
    expect(rejected).toBeGreaterThan(1000);
  });
});
