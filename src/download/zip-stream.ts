/**
 * A ZIP archive written as a stream, one file after the other, so memory holds about one chunk
 * at a time whatever the archive's size (streamed so that memory stays bounded).
 *
 * Files are STORED (fflate's ZipPassThrough): JPEG, WebP, AVIF and MP4 are compressed already, so
 * deflating them costs CPU and saves nothing. Each chunk fflate produces goes to the sink, and the
 * next chunk of input is not read before the sink's promise settles: a slow sink slows the reader
 * instead of filling memory. Names with non-ASCII letters get the UTF-8 flag (bit 11) from fflate.
 *
 * Limits: fflate writes no ZIP64 records, so an archive stops at 4 GiB and 65 535 entries; `add`
 * rejects before crossing them. A source that fails mid-file leaves a broken entry in bytes that
 * already went out: the writer then rejects every later call, and the caller starts the archive
 * over (or reads small files completely before adding them). A refused name (unsafe, duplicate)
 * emits nothing and leaves the writer usable.
 */
import { Zip, ZipPassThrough } from 'fflate';
import { isSafeRelativePath, pathKey } from './safe-path';

/** Receives the archive's bytes in order; `final` marks the last chunk. May return a promise to
 * apply back-pressure. The chunk may be a view of the caller's own buffer, which it reuses once
 * the sink is done: read or copy it before returning (or before the promise settles), never keep
 * it, never modify it. */
export type ZipSink = (chunk: Uint8Array, final: boolean) => void | Promise<void>;

/** A file's bytes. An iterable's chunk is not touched after the writer asks for the next one, and
 * by then the sink is done with it: a source may read every chunk into the same buffer. */
export type ZipSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface ZipEntry {
  name: string;
  size: number;
  crc: number;
}

export interface ZipWriter {
  /** Adds one file. Calls made while another file is being added wait their turn. */
  add(name: string, source: ZipSource, options?: { mtime?: Date }): Promise<ZipEntry>;
  /** Writes the central directory; the sink gets `final: true` with it. */
  finish(): Promise<{ entries: ZipEntry[]; bytes: number }>;
  /** Stops: later calls reject. Bytes already sent stay sent. */
  abort(reason?: unknown): void;
  /** Archive bytes handed to the sink so far. */
  readonly bytesWritten: number;
  /** Bytes produced but not yet accepted by the sink. */
  readonly bufferedBytes: number;
}

export interface ZipWriterOptions {
  /** Larger Uint8Array inputs are passed on in views of this size (no copy). Default 1 MiB. */
  chunkSize?: number;
  /** Time stamp for entries without their own (clamped to fflate's 1980-2099). Default: now. */
  mtime?: Date;
}

const MAX_ARCHIVE_BYTES = 0xffffffff;
const MAX_ENTRIES = 0xffff;
const DOS_FIRST = new Date(1980, 0, 1).getTime();
const DOS_LAST = new Date(2099, 11, 31, 23, 59, 58).getTime();

/** fflate throws outside 1980-2099 (local time), so clamp; an invalid date becomes the first. */
function dosTime(date: Date): Date {
  const time = date.getTime();
  return new Date(Number.isNaN(time) ? DOS_FIRST : Math.min(Math.max(time, DOS_FIRST), DOS_LAST));
}

export function createZipWriter(sink: ZipSink, options: ZipWriterOptions = {}): ZipWriter {
  const chunkSize = options.chunkSize ?? 1 << 20;
  const defaultTime = options.mtime ?? new Date();
  const queue: { chunk: Uint8Array; final: boolean }[] = [];
  const names = new Set<string>();
  const entries: ZipEntry[] = [];
  let failure: unknown;
  let finished = false;
  let bytesWritten = 0;
  let bufferedBytes = 0;
  let tail: Promise<unknown> = Promise.resolve();

  const zip = new Zip((error, chunk, final) => {
    if (error) failure ??= error;
    else if (chunk.length > 0 || final) {
      queue.push({ chunk, final });
      bufferedBytes += chunk.length;
    }
  });

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const next = queue.shift();
      if (!next) break;
      // Counted before the sink runs: after it, the chunk's buffer belongs to its owner again.
      const length = next.chunk.length;
      try {
        await sink(next.chunk, next.final);
      } catch (error) {
        fail(error);
        throw error;
      }
      if (failure !== undefined) throw failure; // aborted while the sink was busy
      bufferedBytes -= length;
      bytesWritten += length;
    }
    if (failure !== undefined) throw failure;
  }

  function fail(error: unknown): void {
    failure ??= error ?? new Error('ZIP writer aborted');
    queue.length = 0;
    bufferedBytes = 0;
    zip.terminate();
  }

  /** Runs steps one after the other, even when the caller does not await. */
  function serial<T>(step: () => Promise<T>): Promise<T> {
    const run = tail.then(() => {
      if (failure !== undefined) throw failure;
      return step();
    });
    tail = run.catch(() => undefined);
    return run;
  }

  async function* chunks(source: ZipSource): AsyncIterable<Uint8Array> {
    if (source instanceof Uint8Array) {
      for (let at = 0; at < source.length; at += chunkSize)
        yield source.subarray(at, at + chunkSize);
    } else yield* source;
  }

  async function addNow(name: string, source: ZipSource, mtime: Date): Promise<ZipEntry> {
    if (finished) throw new Error('The archive is already finished');
    if (
      !isSafeRelativePath(name, {
        maxSegmentBytes: 255,
        maxFileNameBytes: 255,
        maxPathLength: 4096,
      })
    )
      throw new Error(`Not a safe entry name: ${JSON.stringify(name)}`);
    if (names.has(pathKey(name))) throw new Error(`Duplicate entry name: ${name}`);
    if (entries.length >= MAX_ENTRIES)
      throw new Error('A ZIP without ZIP64 holds at most 65535 entries');
    names.add(pathKey(name));

    const file = new ZipPassThrough(name);
    file.mtime = dosTime(mtime);
    try {
      zip.add(file);
      for await (const chunk of chunks(source)) {
        if (failure !== undefined) throw failure;
        if (bytesWritten + bufferedBytes + chunk.length > MAX_ARCHIVE_BYTES - (1 << 20))
          throw new Error('The archive would pass 4 GiB, which ZIP without ZIP64 cannot hold');
        if (chunk.length === 0) continue;
        file.push(chunk, false);
        await drain();
      }
      file.push(new Uint8Array(0), true);
      await drain();
    } catch (error) {
      fail(error);
      throw error;
    }
    const entry = { name, size: file.size, crc: file.crc };
    entries.push(entry);
    return entry;
  }

  return {
    add: (name, source, entryOptions) =>
      serial(() => addNow(name, source, entryOptions?.mtime ?? defaultTime)),
    finish: () =>
      serial(async () => {
        if (finished) throw new Error('The archive is already finished');
        finished = true;
        zip.end();
        await drain();
        return { entries: [...entries], bytes: bytesWritten };
      }),
    abort: (reason) => fail(reason ?? new Error('ZIP writer aborted')),
    get bytesWritten() {
      return bytesWritten;
    },
    get bufferedBytes() {
      return bufferedBytes;
    },
  };
}
