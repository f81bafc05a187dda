/**
 * Figure 8b: the streamed ZIP writer keeps memory bounded. Fifty 1 MB files go through
 * createZipWriter into a deliberately slow sink; the figure is the most the writer ever held
 * produced-but-unaccepted (its bufferedBytes), sampled at every sink call. The offscreen
 * document's own heap is not measured here (see the README note).
 */
import { randomFillSync } from 'node:crypto';
import { createZipWriter, type ZipWriter } from '../../src/download/zip-stream';
import { atMost, figure, type Measured } from './figures';
import { round, sleep } from './stats';

const MB = 1024 * 1024;
const FILES = 50;
/** Per sink call: about 1 MB per 2 ms, far slower than the writer can produce. */
const SINK_DELAY_MS = 2;

export async function zipMemoryFigures(): Promise<Measured[]> {
  const file = randomFillSync(new Uint8Array(MB));
  let peak = 0;
  let written = 0;
  let writer: ZipWriter | undefined;
  writer = createZipWriter(async (chunk) => {
    peak = Math.max(peak, writer?.bufferedBytes ?? 0);
    written += chunk.length;
    await sleep(SINK_DELAY_MS);
  });
  const started = performance.now();
  for (let i = 0; i < FILES; i++) await writer.add(`photos/file-${i}.jpg`, file);
  const { bytes } = await writer.finish();
  const ms = performance.now() - started;
  if (bytes !== written)
    throw new Error(`the ZIP writer reported ${bytes} bytes, the sink got ${written}`);
  return [
    figure(
      `ZIP writer peak buffered bytes, ${FILES} × 1 MB into a slow sink`,
      round(peak / MB, 2),
      'MB',
      atMost(8),
      `archive ${round(bytes / MB, 1)} MB written in ${Math.round(ms)} ms`,
    ),
  ];
}
