/**
 * Figure 6: service-worker cold start to the first message answered. The worker is stopped the
 * way Chrome stops an idle one (CDP ServiceWorker.stopAllWorkers, waiting for "stopped"); then an
 * extension page times chrome.runtime.sendMessage({ type: 'getSettings' }) until the answer is
 * back, which includes starting the worker, running its top level and answering from storage.
 * A warm round trip (worker already running) is reported beside it.
 */
import type { Page } from '@playwright/test';
import { stopServiceWorker } from '../harness/cdp';
import { figure, type Measured } from './figures';
import type { Profile } from './profiles';
import { median, p90, round, withTimeout } from './stats';

async function roundTrip(page: Page): Promise<number> {
  const { ms, ok } = await page.evaluate(async () => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'getSettings', payload: null })) as
      { ok?: boolean } | undefined;
    return { ms: performance.now() - started, ok: reply?.ok === true };
  });
  if (!ok) throw new Error('getSettings was not answered with { ok: true }');
  return ms;
}

export async function workerColdStartFigures(profile: Profile, runs: number): Promise<Measured[]> {
  const id = profile.extensionId;
  if (!id) throw new Error('the cold start needs the extension profile');
  const page = await profile.context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/src/options/index.html`, { timeout: 20_000 });
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await roundTrip(page));
    const cold: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await withTimeout(
        'stopping the service worker',
        15_000,
        stopServiceWorker(profile.context, id),
      );
      const ms = await withTimeout('the first message after a stop', 15_000, roundTrip(page));
      if (i > 0) cold.push(ms); // the first stop/start pair warms the stop machinery
    }
    return [
      figure(
        `Service worker cold start → first answer, median of ${cold.length}`,
        round(median(cold), 1),
        'ms',
        undefined,
        `warm round trip ${round(median(warm), 1)} ms`,
      ),
      figure('Service worker cold start → first answer, p90', round(p90(cold), 1), 'ms'),
    ];
  } finally {
    await page.close().catch(() => undefined);
  }
}
