/**
 * Item-page loads side by side: the same URL in the profile with AliKeep and in the one without,
 * alternating (A B B A …) so drift in the machine's speed falls on both. Each load opens a new
 * tab, enables CDP Performance before navigating, waits until AliKeep's panel has read the page
 * (extension) or for the same wall time (baseline), lets trailing work settle, and then reads the
 * main-thread counters and the in-page probe.
 */
import type { Page } from '@playwright/test';
import { PROBE_SCRIPT, READY_SIGNAL, readProbe, type ProbeResult } from './page-probe';
import type { Profile, ProfileKind } from './profiles';
import { median, sleep, withTimeout } from './stats';

export interface LoadSample {
  profile: ProfileKind;
  url: string;
  /** ScriptDuration + TaskDuration (CDP Performance.getMetrics), ms. */
  mainThreadMs: number;
  scriptMs: number;
  taskMs: number;
  /** Wall time from navigation start to the reading of the counters, ms. */
  windowMs: number;
  /** Extension profile: navigation start to the panel saying "ready", ms. */
  readyMs: number | null;
  probe: ProbeResult;
}

export interface PairedLoadOptions {
  loads: number;
  /** Time left after readiness for trailing work (price recording, re-renders), ms. */
  tailMs: number;
  /** Resource path of the product API on client-rendered pages (for the probe). */
  productApiPath: string;
  log: (line: string) => void;
}

const probed = new WeakSet<Profile>();

export async function installProbe(profile: Profile): Promise<void> {
  if (probed.has(profile)) return;
  await profile.context.addInitScript({ content: PROBE_SCRIPT });
  probed.add(profile);
}

function waitForReadySignal(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('console', (m) => {
      if (m.text() === READY_SIGNAL) resolve();
    });
  });
}

/** One load; the baseline waits `windowMs`, the extension profile until its panel is ready. */
export async function loadOnce(
  profile: Profile,
  url: string,
  options: { windowMs: number | null; tailMs: number; productApiPath: string },
): Promise<LoadSample> {
  const page = await profile.context.newPage();
  try {
    const ready = profile.kind === 'extension' ? waitForReadySignal(page) : null;
    const cdp = await profile.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const start = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    let readyMs: number | null = null;
    if (ready) {
      await withTimeout(`AliKeep's panel to read ${url}`, 15_000, ready);
      readyMs = Date.now() - start;
      await sleep(options.tailMs);
    } else {
      await sleep(start + (options.windowMs ?? 0) - Date.now());
    }
    const windowMs = Date.now() - start;
    // The counters live in the renderer as long as the tab does: read them through the
    // session that enabled them, before anything else runs in the page.
    const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const ms = (name: string) => (list.find((m) => m.name === name)?.value ?? NaN) * 1000;
    const scriptMs = ms('ScriptDuration');
    const taskMs = ms('TaskDuration');
    if (!Number.isFinite(scriptMs + taskMs))
      throw new Error('Performance.getMetrics gave no ScriptDuration/TaskDuration');
    const probe = await readProbe(page, options.productApiPath);
    return {
      profile: profile.kind,
      url,
      mainThreadMs: scriptMs + taskMs,
      scriptMs,
      taskMs,
      windowMs,
      readyMs,
      probe,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function pairedLoads(
  withExtension: Profile,
  baseline: Profile,
  url: string,
  options: PairedLoadOptions,
): Promise<{ extension: LoadSample[]; baseline: LoadSample[] }> {
  await installProbe(withExtension);
  await installProbe(baseline);
  const common = { tailMs: options.tailMs, productApiPath: options.productApiPath };
  const windows: number[] = [];
  const extensionRun = async () => {
    const s = await loadOnce(withExtension, url, { ...common, windowMs: null });
    windows.push(s.windowMs);
    return s;
  };
  const baselineRun = (windowMs: number) => loadOnce(baseline, url, { ...common, windowMs });

  // Warm-up: HTTP cache, code cache and the extension's first settings read, in both profiles.
  await baselineRun((await extensionRun()).windowMs);

  const out = { extension: [] as LoadSample[], baseline: [] as LoadSample[] };
  for (let i = 0; i < options.loads; i++) {
    if (i % 2 === 0) {
      const e = await extensionRun();
      out.extension.push(e);
      out.baseline.push(await baselineRun(e.windowMs));
    } else {
      // Baseline first: it gets the extension's typical window so far, its pair follows.
      out.baseline.push(await baselineRun(median(windows)));
      out.extension.push(await extensionRun());
    }
  }
  options.log(
    `  ${url}: ${options.loads} loads each, extension ready after ${Math.round(
      median(out.extension.map((s) => s.readyMs ?? 0)),
    )} ms (median)`,
  );
  return out;
}
