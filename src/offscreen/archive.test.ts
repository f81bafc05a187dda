import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildArchive, type ArchiveEntry } from './archive';
import { convertImage } from './convert';
import { byteStream, type ServedStream } from './test-streams';

// The browser's decoders are not in Node: the conversion answers with bytes that say what it got.
vi.mock('./convert', () => ({
  convertImage: vi.fn(async (source: Blob, format: string) => {
    const got = new Uint8Array(await source.arrayBuffer());
    return new Blob([new TextEncoder().encode(`${format}:`), got]);
  }),
}));

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const file = (head: number[], size: number, seed: number) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 13 + seed) & 255;
  bytes.set(head);
  return bytes;
};
const jpeg = (size: number, seed = 1) => file([0xff, 0xd8, 0xff, 0xe0], size, seed);
const webp = (size: number, animated = false) =>
  file(
    [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8X'), 10, 0, 0, 0, animated ? 0x02 : 0],
    size,
    2,
  );

/** fetch answering from a table, each body a byte stream served in 64 KB pieces, as Chrome does;
 * the answer says whether every read of every body went into a buffer the reader lent. */
function serve(files: Record<string, Uint8Array | number>): { lentOnly: () => boolean } {
  const served: ServedStream[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files[url];
    if (body === undefined || typeof body === 'number')
      return new Response(null, { status: typeof body === 'number' ? body : 404 });
    served.push(byteStream(body, [64 * 1024]));
    return new Response(served.at(-1)?.stream);
  });
  return { lentOnly: () => served.length > 0 && served.every((s) => s.lent.every(Boolean)) };
}

const url = (name: string) => `https://ae01.alicdn.com/kf/${name}`;
const entry = (name: string, stem: string, convert: ArchiveEntry['convert'] = null) => ({
  url: url(name),
  stem,
  convert,
  quality: 0.9,
});

async function unzip(blob: Blob) {
  expect(blob.type).toBe('application/zip');
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('buildArchive', () => {
  beforeEach(() => {
    vi.mocked(convertImage).mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('packs each file byte for byte, named by its real format, and lists the ones that fail', async () => {
    const big = jpeg(1300 * 1024 + 17); // more than one Blob part
    const served = serve({
      [url('a.jpg')]: big,
      [url('b.jpg')]: webp(70_000), // WebP served under a .jpg name
      [url('c.mp4')]: new Uint8Array([1, 2, 3]), // unknown bytes: the URL's extension
      [url('gone.jpg')]: 404,
      [url('d.jpg')]: jpeg(1000, 5),
      [url('empty.png')]: new Uint8Array(0),
    });
    const progress: number[] = [];
    const { blob, failed } = await buildArchive(
      [
        entry('a.jpg', 'Lamp/gallery-1'),
        entry('b.jpg', 'Lamp/gallery-2'),
        entry('c.mp4', 'Lamp/video-1'),
        entry('gone.jpg', 'Lamp/gallery-3'),
        entry('d.jpg', 'Lamp/gallery-1'), // the same name again
        entry('empty.png', 'Lamp/gallery-4'),
      ],
      (done) => progress.push(done),
    );
    expect(failed).toEqual([{ url: url('gone.jpg'), error: 'The server answered 404.' }]);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    const files = await unzip(blob);
    expect(Object.keys(files)).toEqual([
      'Lamp/gallery-1.jpg',
      'Lamp/gallery-2.webp',
      'Lamp/video-1.mp4',
      'Lamp/gallery-1 (2).jpg',
      'Lamp/gallery-4.png',
    ]);
    expect(files['Lamp/gallery-1.jpg']).toEqual(big);
    expect(files['Lamp/gallery-2.webp']).toEqual(webp(70_000));
    expect(files['Lamp/video-1.mp4']).toEqual(new Uint8Array([1, 2, 3]));
    expect(files['Lamp/gallery-1 (2).jpg']).toEqual(jpeg(1000, 5));
    expect(files['Lamp/gallery-4.png']).toEqual(new Uint8Array(0));
    expect(served.lentOnly()).toBe(true);
  });

  it('converts still WebP to the chosen format from the whole original, and keeps animations', async () => {
    const still = webp(200_000);
    const moving = webp(5000, true);
    serve({ [url('s.jpg')]: still, [url('m.webp')]: moving, [url('j.jpg')]: jpeg(900) });
    const { blob, failed } = await buildArchive(
      [
        entry('s.jpg', 'P/gallery-1', 'jpeg'),
        entry('m.webp', 'P/gallery-2', 'png'),
        entry('j.jpg', 'P/gallery-3', 'png'),
      ],
      () => undefined,
    );
    expect(failed).toEqual([]);
    const files = await unzip(blob);
    expect(Object.keys(files)).toEqual(['P/gallery-1.jpg', 'P/gallery-2.webp', 'P/gallery-3.jpg']);
    const prefix = new TextEncoder().encode('jpeg:');
    const converted = files['P/gallery-1.jpg'];
    expect(converted?.subarray(0, prefix.length)).toEqual(prefix);
    expect(converted?.subarray(prefix.length)).toEqual(still);
    expect(files['P/gallery-2.webp']).toEqual(moving);
    expect(files['P/gallery-3.jpg']).toEqual(jpeg(900));
    expect(convertImage).toHaveBeenCalledTimes(1);
  });

  it('gives a file that cannot be fetched its own failure and goes on', async () => {
    serve({ [url('ok.jpg')]: jpeg(10) });
    const { blob, failed } = await buildArchive(
      [entry('ok.jpg', 'x/1'), { ...entry('ok.jpg', 'x/2'), url: 'https://evil.example/a.jpg' }],
      () => undefined,
    );
    expect(failed).toEqual([
      { url: 'https://evil.example/a.jpg', error: 'Not a declared media host.' },
    ]);
    expect(Object.keys(await unzip(blob))).toEqual(['x/1.jpg']);
  });
});
