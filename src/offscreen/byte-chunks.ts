/**
 * Reads a byte stream (a fetch body, a Blob's stream) in chunks without allocating one per read.
 *
 * A default reader hands out a fresh ArrayBuffer for every read, and each one lives until V8
 * collects it: packing 30 MB of images that way left tens of MB of spent chunks counted against
 * the offscreen document. Where the stream is a byte stream (fetch bodies and Blob streams in
 * Chrome and Firefox), a BYOB reader fills one buffer instead: each read transfers it, and the
 * next read gets it back from the chunk it returned. Streams that are not byte streams are read
 * with the default reader, as before.
 *
 * So a chunk is only good until the next one is asked for: use or copy it before then. The first
 * bytes can be looked at with `peek` (for sniffing the format) and are still the first chunk the
 * iteration yields. Stopping the iteration early, or `cancel`, cancels the stream.
 */

export interface ByteChunks extends AsyncIterable<Bytes> {
  /** At least `bytes` first bytes (fewer when the stream is shorter), read without being used up:
   * iterating starts with them. The view is good until iterating moves past it. */
  peek(bytes: number): Promise<Bytes>;
  /** Cancels the stream unless it was read to its end; gives the buffer back. */
  cancel(): Promise<void>;
}

type Bytes = Uint8Array<ArrayBuffer>;

/** One spare buffer for BYOB reads, handed from one stream to the next when each is done. */
export interface ReadBuffers {
  take(): ArrayBuffer;
  give(buffer: ArrayBuffer): void;
}

/** Reads of up to this size: fewer round trips than the network's 64 KB pieces, still small. */
export const READ_BYTES = 256 * 1024;

export function createReadBuffers(bytes = READ_BYTES): ReadBuffers {
  let spare: ArrayBuffer | undefined;
  return {
    take() {
      // A read that failed keeps the buffer it was given (detached): then make another.
      const buffer = spare && spare.byteLength > 0 ? spare : new ArrayBuffer(bytes);
      spare = undefined;
      return buffer;
    },
    give(buffer) {
      if (buffer.byteLength > 0) spare = buffer;
    },
  };
}

interface ChunkReader {
  /** The next non-empty chunk, or null at the end. */
  read(): Promise<Bytes | null>;
  /** Called once, at the end or on cancel, when no read is pending. */
  close(cancel: boolean): Promise<void>;
}

function byobReader(stream: ReadableStream<Bytes>): ReadableStreamBYOBReader | undefined {
  try {
    return stream.getReader({ mode: 'byob' });
  } catch {
    return undefined; // not a byte stream
  }
}

function openReader(stream: ReadableStream<Bytes>, buffers: ReadBuffers): ChunkReader {
  const byob = byobReader(stream);
  if (!byob) {
    const reader = stream.getReader();
    return {
      async read() {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return null;
          if (value.byteLength > 0) return value;
        }
      },
      close: async (cancel) => {
        if (cancel) await reader.cancel().catch(() => undefined);
      },
    };
  }
  let buffer: ArrayBuffer | undefined;
  return {
    async read() {
      for (;;) {
        const view = new Uint8Array((buffer ??= buffers.take()));
        buffer = undefined; // transferred: if the read fails, it is gone
        const { done, value } = await byob.read(view);
        if (value) buffer = value.buffer;
        if (done) return null;
        if (value.byteLength > 0) return value;
      }
    },
    close: async (cancel) => {
      if (cancel) await byob.cancel().catch(() => undefined);
      if (buffer) buffers.give(buffer);
      buffer = undefined;
    },
  };
}

const concat = (a: Bytes, b: Bytes) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

export function byteChunks(
  stream: ReadableStream<Bytes> | null,
  buffers: ReadBuffers = createReadBuffers(),
): ByteChunks {
  const reader = stream ? openReader(stream, buffers) : undefined;
  let ended = !reader;
  let peeked: Bytes | null = null;

  async function end(cancel: boolean): Promise<void> {
    if (ended || !reader) return;
    ended = true;
    await reader.close(cancel);
  }

  async function read(): Promise<Bytes | null> {
    if (ended || !reader) return null;
    let chunk: Bytes | null;
    try {
      chunk = await reader.read();
    } catch (error) {
      ended = true;
      throw error;
    }
    if (!chunk) await end(false);
    return chunk;
  }

  return {
    async peek(bytes) {
      let head = peeked ?? (await read());
      while (head && head.length < bytes) {
        const kept = head.slice(); // the next read reuses the buffer `head` views
        const more = await read();
        head = more ? concat(kept, more) : kept;
        if (!more) break;
      }
      peeked = head;
      return head ?? new Uint8Array(0);
    },
    cancel: async () => {
      peeked = null;
      await end(true);
    },
    async *[Symbol.asyncIterator]() {
      try {
        if (peeked) {
          const head = peeked;
          peeked = null;
          yield head;
        }
        for (let chunk = await read(); chunk; chunk = await read()) yield chunk;
      } finally {
        await end(true); // a no-op when the stream was read to its end
      }
    },
  };
}
