import { describe, expect, it } from 'vitest';
import { readCappedText } from './capped-text';

/** A response whose body arrives in the given chunks, counting how many were pulled. */
function chunked(chunks: string[]) {
  const encoder = new TextEncoder();
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
  return { response: new Response(body), pulled: () => pulled };
}

describe('readCappedText', () => {
  it('reads a body within the cap whole, multi-byte letters across chunks included', async () => {
    const text = 'Чайник · 茶壶 · ☕';
    const bytes = new TextEncoder().encode(text);
    const response = new Response(
      new ReadableStream({
        start(c) {
          c.enqueue(bytes.subarray(0, 3));
          c.enqueue(bytes.subarray(3));
          c.close();
        },
      }),
    );
    expect(await readCappedText(response, 1_000)).toEqual({ text, complete: true });
  });

  it('stops at the cap, keeps the text before it, and downloads no further chunk', async () => {
    const { response, pulled } = chunked(['aaaa', 'bbbb', 'cccc', 'dddd']);
    expect(await readCappedText(response, 6)).toEqual({ text: 'aaaabb', complete: false });
    expect(pulled()).toBeLessThanOrEqual(3);
  });

  it('takes a body exactly at the cap as complete', async () => {
    const { response } = chunked(['abc', 'def']);
    expect(await readCappedText(response, 6)).toEqual({ text: 'abcdef', complete: true });
  });

  it('reads an empty body as empty text', async () => {
    expect(await readCappedText(new Response(null), 10)).toEqual({ text: '', complete: true });
  });
});
