import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStagingBuffer } from './staging-buffer';
import { concat } from './test-streams';

const chunksArb = fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 40 });

describe('createStagingBuffer', () => {
  it('hands out the bytes written, in order, in full buffers and one last part', () => {
    fc.assert(
      fc.property(chunksArb, fc.integer({ min: 1, max: 257 }), (chunks, capacity) => {
        const out: Uint8Array[] = [];
        const staging = createStagingBuffer(capacity, (bytes) => out.push(bytes.slice()));
        for (const chunk of chunks) staging.write(chunk);
        const beforeEnd = out.length;
        staging.flush();
        expect(concat(out)).toEqual(concat(chunks));
        expect(out.slice(0, beforeEnd).every((p) => p.length === capacity)).toBe(true);
        expect(out.every((p) => p.length > 0)).toBe(true);
        expect(staging.held).toBe(0);
      }),
    );
  });

  it('lets the writer reuse its chunk and the Blobs keep what was written, not what came after', async () => {
    await fc.assert(
      fc.asyncProperty(chunksArb, fc.integer({ min: 1, max: 64 }), async (chunks, capacity) => {
        const blobs: Blob[] = [];
        const staging = createStagingBuffer(capacity, (bytes) => blobs.push(new Blob([bytes])));
        // One scratch array reused for every chunk, scribbled over after each write.
        const scratch = new Uint8Array(300);
        for (const chunk of chunks) {
          scratch.set(chunk);
          staging.write(scratch.subarray(0, chunk.length));
          scratch.fill(0xee);
        }
        staging.flush();
        const read = new Uint8Array(await new Blob(blobs).arrayBuffer());
        expect(read).toEqual(concat(chunks));
      }),
    );
  });

  it('holds one buffer whatever goes through it', () => {
    const buffers = new Set<ArrayBufferLike>();
    const staging = createStagingBuffer(1000, (bytes) => buffers.add(bytes.buffer));
    for (let i = 0; i < 100; i++) staging.write(new Uint8Array(777).fill(i));
    staging.flush();
    expect(buffers.size).toBe(1);
    expect([...buffers][0]?.byteLength).toBe(1000);
  });

  it('splits a chunk larger than the buffer across several parts', () => {
    const sizes: number[] = [];
    const staging = createStagingBuffer(4, (bytes) => sizes.push(bytes.length));
    staging.write(new Uint8Array(3));
    staging.write(new Uint8Array(10));
    expect(sizes).toEqual([4, 4, 4]);
    expect(staging.held).toBe(1);
    staging.flush();
    staging.flush();
    expect(sizes).toEqual([4, 4, 4, 1]);
  });

  it('refuses a capacity that cannot hold a byte', () => {
    expect(() => createStagingBuffer(0, () => undefined)).toThrow(/positive whole capacity/);
    expect(() => createStagingBuffer(1.5, () => undefined)).toThrow(/positive whole capacity/);
  });
});
