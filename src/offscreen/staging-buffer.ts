/**
 * One reusable buffer that gathers small chunks into large ones. Each chunk is copied in as it is
 * written, so its owner may reuse it as soon as `write` returns; each time the buffer is full,
 * `flush` gets a view of it. That view is written over right after `flush` returns, so `flush`
 * copies it at once: `new Blob([bytes])` does (the Blob constructor copies its parts). Memory
 * holds this one buffer however many bytes go through it.
 */
export interface StagingBuffer {
  write(chunk: Uint8Array): void;
  /** Hands over the bytes still held, if any. */
  flush(): void;
  /** Bytes held, not yet flushed. */
  readonly held: number;
}

export function createStagingBuffer(
  capacity: number,
  flush: (bytes: Uint8Array<ArrayBuffer>) => void,
): StagingBuffer {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`A staging buffer needs a positive whole capacity, not ${capacity}`);
  const buffer = new Uint8Array(capacity);
  let held = 0;
  const out = () => {
    if (held === 0) return;
    const filled = buffer.subarray(0, held);
    held = 0;
    flush(filled);
  };
  return {
    write(chunk) {
      for (let at = 0; at < chunk.length;) {
        const take = Math.min(capacity - held, chunk.length - at);
        buffer.set(chunk.subarray(at, at + take), held);
        held += take;
        at += take;
        if (held === capacity) out();
      }
    },
    flush: out,
    get held() {
      return held;
    },
  };
}
