import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import type { MessageDef } from './messages';
import { createRouter } from './router';

const env = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const fromPopup = { id: 'ours', url: 'chrome-extension://ours/src/popup/index.html' };
const fromTab = { id: 'ours', url: 'https://www.aliexpress.com/item/1.html', tab: { id: 4 } };

const protocol = {
  rename: { from: 'ours', request: v.strictObject({ name: v.string() }) } as MessageDef<
    { name: string },
    string
  >,
  wipe: { from: 'page', request: v.optional(v.null(), null) } as MessageDef<null, boolean>,
  record: { from: 'content', request: v.strictObject({ price: v.number() }) } as MessageDef<
    { price: number },
    number
  >,
};

function setup() {
  const calls: string[] = [];
  const route = createRouter(
    protocol,
    {
      rename: async ({ name }) => {
        calls.push(`rename ${name}`);
        return name.toUpperCase();
      },
      wipe: async () => {
        calls.push('wipe');
        return true;
      },
      record: async ({ price }) => {
        if (price < 0) throw new Error('negative');
        calls.push(`record ${price}`);
        return price;
      },
    },
    env,
  );
  return { route, calls };
}

describe('message router', () => {
  it('runs a valid message from an allowed sender and returns its value', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'rename', payload: { name: 'a' } }, fromPopup)).toEqual({
      ok: true,
      value: 'A',
    });
    expect(await route({ type: 'record', payload: { price: 2 } }, fromTab)).toEqual({
      ok: true,
      value: 2,
    });
    expect(calls).toEqual(['rename a', 'record 2']);
  });

  it.each([
    [undefined, 'unknown-message'],
    ['rename', 'unknown-message'],
    [{ type: 'deleteEverything' }, 'unknown-message'],
    [{ type: 'toString' }, 'unknown-message'],
    [{ type: '__proto__' }, 'unknown-message'],
    [{ type: 'rename', payload: { name: 3 } }, 'invalid-payload'],
    [{ type: 'rename', payload: { name: 'x', extra: 1 } }, 'invalid-payload'],
    [{ type: 'rename' }, 'invalid-payload'],
  ])('rejects %j without side effects', async (message, code) => {
    const { route, calls } = setup();
    const reply = await route(message, fromPopup);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['another extension', { ...fromPopup, id: 'other' }, 'rename'],
    ['a sender without id', { url: fromPopup.url }, 'rename'],
    ['a content script asking for a page-only message', fromTab, 'wipe'],
    ['an extension page posing as a content script', fromPopup, 'record'],
    ['a web page frame without a tab', { id: 'ours', url: 'https://evil.example/' }, 'rename'],
  ])('refuses %s', async (_label, sender, type) => {
    const { route, calls } = setup();
    const payload = type === 'rename' ? { name: 'x' } : type === 'record' ? { price: 1 } : null;
    expect(await route({ type, payload }, sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(calls).toEqual([]);
  });

  it('returns a handler failure as data', async () => {
    const { route } = setup();
    const error = vi.fn();
    const reply = await route({ type: 'record', payload: { price: -1 } }, fromTab).catch(error);
    expect(error).not.toHaveBeenCalled();
    expect(reply).toEqual({ ok: false, error: { code: 'handler-failed', message: 'negative' } });
  });
});
