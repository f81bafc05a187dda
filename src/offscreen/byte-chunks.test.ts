import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteChunks, createReadBuffers, type ReadBuffers } from './byte-chunks';
import { byteStream, concat } from './test-streams';

/** A plain (not byte) stream: the reader falls back to default reads. */
function plainStream(data: Uint8Array, sizes: number[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  let turn = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (at >= data.length) return controller.close();
      const size = Math.min(sizes[turn++ % sizes.length] ?? 1, data.length - at);
      controller.enqueue(data.slice(at, at + size));
      at += size;
    },
  });
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const copies: Uint8Array[] = [];
  for await (const chunk of chunks) copies.push(chunk.slice());
  return concat(copies);
}

const dataArb = fc.uint8Array({ maxLength: 3000 });
const sizesArb = fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 });

describe('byteChunks', () => {
  it('yields every byte of a byte stream, in order, reading into lent buffers', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataArb,
        sizesArb,
        fc.integer({ min: 1, max: 512 }),
        async (data, sizes, bufferBytes) => {
          const served = byteStream(data, sizes);
          const out = await collect(byteChunks(served.stream, createReadBuffers(bufferBytes)));
          expect(out).toEqual(data);
          expect(served.lent.every(Boolean)).toBe(true);
          expect(served.cancelled()).toBe(false);
        },
      ),
    );
  });

  it('peeks at the first bytes and still yields them first', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataArb,
        sizesArb,
        fc.integer({ min: 0, max: 400 }),
        fc.boolean(),
        async (data, sizes, want, bytes) => {
          const stream = bytes ? byteStream(data, sizes).stream : plainStream(data, sizes);
          const chunks = byteChunks(stream, createReadBuffers(128));
          const head = await chunks.peek(want);
          expect(head.length).toBeGreaterThanOrEqual(Math.min(want, data.length));
          expect(head).toEqual(data.subarray(0, head.length));
          expect(await collect(chunks)).toEqual(data);
        },
      ),
    );
  });

  it('falls back to default reads when the stream is not a byte stream', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, sizesArb, async (data, sizes) => {
        expect(await collect(byteChunks(plainStream(data, sizes)))).toEqual(data);
      }),
    );
  });

  it('reads files one after the other through one buffer', async () => {
    const pool = createReadBuffers(64);
    const taken: ArrayBuffer[] = [];
    const given: ArrayBuffer[] = [];
    const spy: ReadBuffers = {
      take: () => {
        const buffer = pool.take();
        taken.push(buffer);
        return buffer;
      },
      give: (buffer) => {
        given.push(buffer);
        pool.give(buffer);
      },
    };
    const files = [1000, 5, 0, 300].map((n, i) => new Uint8Array(n).fill(i + 1));
    for (const file of files) {
      const chunks = byteChunks(byteStream(file, [50, 7]).stream, spy);
      await chunks.peek(16);
      expect(await collect(chunks)).toEqual(file);
    }
    // Each file takes the buffer the one before gave back: one allocation in all.
    expect(taken).toHaveLength(files.length);
    expect(given).toHaveLength(files.length);
    for (let i = 1; i < taken.length; i++) expect(taken[i]).toBe(given[i - 1]);
  });

  it('cancels the stream when the reading stops early, or on cancel', async () => {
    const data = new Uint8Array(10_000).fill(7);
    const early = byteStream(data, [100]);
    for await (const chunk of byteChunks(early.stream)) {
      expect(chunk.length).toBe(100);
      break;
    }
    expect(early.cancelled()).toBe(true);

    const unread = byteStream(data, [100]);
    const chunks = byteChunks(unread.stream);
    expect((await chunks.peek(4)).length).toBe(100);
    await chunks.cancel();
    expect(unread.cancelled()).toBe(true);
    expect(await collect(chunks)).toEqual(new Uint8Array(0));
  });

  it('passes a read error on, and the next stream still gets a buffer', async () => {
    const pool = createReadBuffers(64);
    const data = new Uint8Array(1000).fill(3);
    await expect(collect(byteChunks(byteStream(data, [100], 300).stream, pool))).rejects.toThrow(
      'connection reset',
    );
    expect(await collect(byteChunks(byteStream(data, [100]).stream, pool))).toEqual(data);
  });

  it('reads no body as an empty file', async () => {
    const chunks = byteChunks(null);
    expect(await chunks.peek(256)).toEqual(new Uint8Array(0));
    expect(await collect(chunks)).toEqual(new Uint8Array(0));
  });
});

describe('createReadBuffers', () => {
  it('hands back the buffer it was given, and a new one for a buffer a failed read kept', () => {
    const buffers = createReadBuffers(32);
    const first = buffers.take();
    expect(first.byteLength).toBe(32);
    buffers.give(first);
    expect(buffers.take()).toBe(first);
    expect(buffers.take()).not.toBe(first);
    buffers.give(first);
    structuredClone(first, { transfer: [first] }); // detaches it, as a failed BYOB read does
    const next = buffers.take();
    expect(next).not.toBe(first);
    expect(next.byteLength).toBe(32);
  });
});
