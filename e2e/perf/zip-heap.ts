/**
 * Figure 8d: memory of the context that builds the archive during a real ZIP-mode download of the
 * bench product's 40 images. Chrome builds it in AliKeep's offscreen document; its DevTools target
 * is found through the browser's own CDP session and sampled with Runtime.getHeapUsage every
 * ~20 ms from the click on "Download" until the archive is complete on disk. Two peaks are
 * reported, each minus the same measured at rest just before (after a garbage collection): the V8
 * heap, and the V8 heap plus the ArrayBuffer backing stores (the buffers bodies are read into and
 * the archive is staged in, and any that wait to be collected). A first ZIP download opens the
 * document and is not measured.
 */
import type { CDPSession } from '@playwright/test';
import { saveOnce } from './download-speed';
import { atMost, figure, type Measured } from './figures';
import type { Profile } from './profiles';
import { median, round, sleep, waitFor } from './stats';

const MB = 1024 * 1024;
const SAMPLE_MS = 20;
const OFFSCREEN_PATH = '/src/offscreen/index.html';

interface HeapUsage {
  usedSize: number;
  backingStorageSize: number;
}

/** A DevTools session on one target, spoken through the browser session (no flat sessions here). */
async function attach(browserSession: CDPSession, targetId: string) {
  const { sessionId } = (await browserSession.send('Target.attachToTarget', {
    targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  return {
    async send<T>(method: string, params: object = {}): Promise<T> {
      const id = nextId++;
      const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
        waiting.set(id, resolve),
      );
      await browserSession.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
      const { result, error } = await reply;
      waiting.delete(id);
      if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
      return result as T;
    },
  };
}

async function setZip(profile: Profile, on: boolean): Promise<void> {
  const page = await profile.context.newPage();
  try {
    await page.goto(`chrome-extension://${profile.extensionId}/src/options/index.html`);
    const reply = (await page.evaluate(
      (zip) =>
        chrome.runtime.sendMessage({ type: 'updateSettings', payload: { downloadZip: zip } }),
      on,
    )) as { ok?: boolean };
    if (!reply?.ok) throw new Error('the settings did not take ZIP mode');
  } finally {
    await page.close();
  }
}

export interface ZipHeapOptions {
  itemUrl: string;
  /** The largest of the files, in bytes: the target is this plus 32 MB. */
  largestFile: number;
  files: number;
}

export async function zipHeapFigures(
  profile: Profile,
  { itemUrl, largestFile, files }: ZipHeapOptions,
): Promise<Measured[]> {
  const browser = profile.context.browser();
  if (!profile.extensionId || !browser) throw new Error('the ZIP heap needs the extension profile');
  await setZip(profile, true);
  const session = await browser.newBrowserCDPSession();
  try {
    await saveOnce(profile, itemUrl, 1); // opens the offscreen document
    const target = await waitFor(
      'the offscreen document',
      async () => {
        const { targetInfos } = (await session.send('Target.getTargets')) as {
          targetInfos: { targetId: string; url: string }[];
        };
        return targetInfos.find(
          (t) => t.url === `chrome-extension://${profile.extensionId}${OFFSCREEN_PATH}`,
        );
      },
      5_000,
    );
    const offscreen = await attach(session, target.targetId);
    const usage = async () => {
      const u = await offscreen.send<HeapUsage>('Runtime.getHeapUsage');
      return { total: u.usedSize + u.backingStorageSize, heap: u.usedSize };
    };
    await offscreen.send('HeapProfiler.collectGarbage');
    await sleep(200);
    const rest: { total: number; heap: number }[] = [];
    for (let i = 0; i < 10; i++) {
      rest.push(await usage());
      await sleep(SAMPLE_MS);
    }
    const idle = median(rest.map((r) => r.total));
    const idleHeap = median(rest.map((r) => r.heap));

    let sampling = true;
    let peak = 0;
    let heapPeak = 0;
    let samples = 0;
    const sampler = (async () => {
      while (sampling) {
        const u = await usage();
        peak = Math.max(peak, u.total);
        heapPeak = Math.max(heapPeak, u.heap);
        samples++;
        await sleep(SAMPLE_MS);
      }
    })();
    let saved;
    try {
      saved = await saveOnce(profile, itemUrl, 1);
    } finally {
      sampling = false;
      await sampler;
    }
    const goal = atMost(round((largestFile + 32 * MB) / MB, 2));
    return [
      figure(
        `ZIP mode, ${files} images: offscreen JS heap peak over rest`,
        round(Math.max(0, heapPeak - idleHeap) / MB, 2),
        'MB',
        goal,
        `${samples} samples over ${Math.round(saved.ms)} ms (archive ${round(saved.bytes / MB, 1)} MB); ` +
          `target: largest file ${round(largestFile / MB, 2)} MB + 32 MB`,
      ),
      figure(
        `ZIP mode, ${files} images: offscreen JS heap + ArrayBuffers peak over rest`,
        round(Math.max(0, peak - idle) / MB, 2),
        'MB',
        goal,
        `every ArrayBuffer alive counts, collected or not yet; at rest ${round(idle / MB, 1)} MB`,
      ),
    ];
  } finally {
    await session.detach().catch(() => undefined);
    await setZip(profile, false);
  }
}
