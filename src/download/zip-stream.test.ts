import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZipWriter, type ZipSink } from './zip-stream';

function collector() {
  const chunks: Uint8Array[] = [];
  let finals = 0;
  const sink: ZipSink = (chunk, final) => {
    chunks.push(chunk.slice());
    if (final) finals++;
  };
  const archive = () => {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  return { sink, archive, finals: () => finals };
}

const pattern = (size: number, seed: number) => {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed * 7) & 255;
  return data;
};

async function* pieces(data: Uint8Array, size: number) {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

// Local header flags (offset 6) and method (offset 8) of the first entry.
const view = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset, zip.byteLength);

describe('createZipWriter', () => {
  it('writes entries that unzip to the same bytes, with non-ASCII names and empty files', async () => {
    const { sink, archive, finals } = collector();
    const zip = createZipWriter(sink, { mtime: new Date(2026, 0, 5, 12, 0) });
    const files: Record<string, Uint8Array> = {
      'Лампа (1005001)/галерея-1.jpg': pattern(70_000, 1),
      '台灯/视频 1.mp4': pattern(3, 2),
      'empty.bin': new Uint8Array(0),
      'emoji 😀/x.webp': pattern(1 << 20, 3),
    };
    await zip.add(
      'Лампа (1005001)/галерея-1.jpg',
      files['Лампа (1005001)/галерея-1.jpg'] ?? new Uint8Array(),
    );
    await zip.add('台灯/视频 1.mp4', [pattern(1, 2), pattern(3, 2).subarray(1)]);
    await zip.add('empty.bin', new Uint8Array(0));
    const entry = await zip.add(
      'emoji 😀/x.webp',
      pieces(files['emoji 😀/x.webp'] ?? new Uint8Array(), 4096),
    );
    expect(entry).toMatchObject({ name: 'emoji 😀/x.webp', size: 1 << 20 });
    const summary = await zip.finish();

    const bytes = archive();
    expect(summary.bytes).toBe(bytes.length);
    expect(summary.entries.map((e) => e.name)).toEqual(Object.keys(files));
    expect(finals()).toBe(1);
    const out = unzipSync(bytes);
    expect(Object.keys(out).sort()).toEqual(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) expect(out[name], name).toEqual(data);

    const header = view(bytes);
    expect(header.getUint32(0, true)).toBe(0x04034b50);
    expect(header.getUint16(6, true) & 0x0800).toBe(0x0800); // UTF-8 names
    expect(header.getUint16(8, true)).toBe(0); // STORED
  });

  it('keeps pending bytes bounded: 50 files of 1 MB', async () => {
    const MB = 1 << 20;
    let produced = 0;
    let consumed = 0;
    let peak = 0;
    let total = 0;
    async function* file(seed: number) {
      for (let at = 0; at < MB; at += 64 * 1024) {
        const chunk = pattern(64 * 1024, seed + at);
        produced += chunk.length;
        peak = Math.max(peak, produced - consumed);
        yield chunk;
      }
    }
    const zip = createZipWriter(async (chunk) => {
      await new Promise((resolve) => setTimeout(resolve, 0)); // a slow disk
      peak = Math.max(peak, produced - consumed, zip.bufferedBytes);
      consumed += Math.min(chunk.length, produced - consumed);
      total += chunk.length;
    });
    for (let i = 0; i < 50; i++) await zip.add(`file-${i}.bin`, file(i));
    await zip.finish();
    expect(total).toBeGreaterThan(50 * MB);
    expect(peak).toBeLessThanOrEqual(2 * MB);
  });

  it('keeps pending bytes bounded with whole 1 MB arrays too', async () => {
    const MB = 1 << 20;
    let peak = 0;
    const zip = createZipWriter(async () => {
      peak = Math.max(peak, zip.bufferedBytes);
      await Promise.resolve();
    });
    for (let i = 0; i < 50; i++) await zip.add(`f${i}.bin`, new Uint8Array(MB));
    await zip.finish();
    expect(peak).toBeLessThanOrEqual(MB + 4096);
  });

  it('lets a source read every chunk into one buffer, even when the sink copies late', async () => {
    const chunks: Uint8Array[] = [];
    const zip = createZipWriter(async (chunk) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      chunks.push(chunk.slice()); // only now, just before the promise settles
    });
    const scratch = new Uint8Array(4096);
    async function* reusing(data: Uint8Array) {
      for (let at = 0; at < data.length; at += scratch.length) {
        const piece = data.subarray(at, at + scratch.length);
        scratch.set(piece);
        yield scratch.subarray(0, piece.length);
        scratch.fill(0xee); // the next read starts by writing over the buffer
      }
    }
    const files = {
      'a.jpg': pattern(10_000, 1),
      'b.jpg': pattern(4096, 2),
      'c.jpg': pattern(5, 3),
    };
    for (const [name, data] of Object.entries(files)) await zip.add(name, reusing(data));
    const { bytes } = await zip.finish();
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(bytes);
    const out = unzipSync(new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()));
    for (const [name, data] of Object.entries(files)) expect(out[name], name).toEqual(data);
  });

  it('queues adds made without waiting, in call order', async () => {
    const { sink, archive } = collector();
    const zip = createZipWriter(sink);
    const adds = ['a.jpg', 'b.jpg', 'c.jpg'].map((name, i) =>
      zip.add(name, pieces(pattern(10_000, i), 999)),
    );
    await Promise.all(adds);
    await zip.finish();
    expect(Object.keys(unzipSync(archive()))).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
  });

  it('refuses unsafe and duplicate names', async () => {
    const zip = createZipWriter(() => undefined);
    await expect(zip.add('../evil.jpg', new Uint8Array(1))).rejects.toThrow(/safe entry name/);
    const zip2 = createZipWriter(() => undefined);
    await expect(zip2.add('/abs.jpg', new Uint8Array(1))).rejects.toThrow(/safe entry name/);
    const { sink, archive } = collector();
    const zip3 = createZipWriter(sink);
    await zip3.add('A.jpg', new Uint8Array(1));
    await expect(zip3.add('a.JPG', new Uint8Array(1))).rejects.toThrow(/Duplicate/);
    await expect(zip3.add('b/../c.jpg', new Uint8Array(1))).rejects.toThrow(/safe entry name/);
    // A refused name emits nothing: the archive goes on.
    await zip3.add('b.jpg', new Uint8Array(2));
    await zip3.finish();
    expect(Object.keys(unzipSync(archive()))).toEqual(['A.jpg', 'b.jpg']);
  });

  it('stops for good when the source or the sink fails', async () => {
    const zip = createZipWriter(() => undefined);
    async function* broken() {
      yield new Uint8Array(10);
      throw new Error('network down');
    }
    await expect(zip.add('a.jpg', broken())).rejects.toThrow('network down');
    await expect(zip.add('b.jpg', new Uint8Array(1))).rejects.toThrow('network down');
    await expect(zip.finish()).rejects.toThrow('network down');

    const failing = createZipWriter(() => Promise.reject(new Error('disk full')));
    await expect(failing.add('a.jpg', new Uint8Array(10))).rejects.toThrow('disk full');
  });

  it('can be aborted, and cannot be finished twice', async () => {
    const zip = createZipWriter(() => undefined);
    zip.abort(new Error('cancelled'));
    await expect(zip.add('a.jpg', new Uint8Array(1))).rejects.toThrow('cancelled');
    const done = createZipWriter(() => undefined);
    await done.finish();
    await expect(done.finish()).rejects.toThrow(/already finished/);
  });

  it('clamps dates ZIP cannot store', async () => {
    const { sink, archive } = collector();
    const zip = createZipWriter(sink);
    await zip.add('old.jpg', new Uint8Array(1), { mtime: new Date(1970, 0, 1) });
    await zip.add('bad.jpg', new Uint8Array(1), { mtime: new Date(Number.NaN) });
    await zip.finish();
    expect(Object.keys(unzipSync(archive()))).toEqual(['old.jpg', 'bad.jpg']);
  });
});
