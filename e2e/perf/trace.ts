/**
 * A Chromium performance trace of one item-page load in the extension profile, and what in it
 * belongs to AliKeep: the renderer main-thread tasks over 50 ms that ran any of the extension's
 * script, and the time spent in the extension's script, per file. A trace costs the page time of
 * its own, so these loads are separate from the paired loads and only attribute, never compare.
 */
import type { CDPSession } from '@playwright/test';
import { READY_SIGNAL } from './page-probe';
import { installProbe } from './paired-loads';
import type { Profile } from './profiles';
import { sleep, withTimeout } from './stats';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export interface TraceAttribution {
  /** Main-thread tasks over 50 ms that ran extension script: length, and the largest part of ours. */
  longTasks: { ms: number; largest: string }[];
  /** Extension script time on the page's main thread, ms, by file (chrome-extension:// path). */
  scriptMsByFile: Record<string, number>;
  scriptMs: number;
}

/** Few categories: tracing slows the page, the disabled-by-default ones most. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'extensions'];
/** The renderer's task event in the 'toplevel' category. */
const TASK = 'ThreadControllerImpl::RunTask';

/** Events that run script: their own URL says whose script it is. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.run',
  'v8.callFunction',
  'V8.CompileCode',
  'ScriptInjection::InjectJs',
]);

async function collect(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await withTimeout('the trace to arrive', 20_000, complete);
  }
  return events;
}

function urlOf(e: TraceEvent, origin: string): string | null {
  const text = JSON.stringify(e.args ?? {});
  const at = text.indexOf(origin);
  if (at < 0) return null;
  const end = text.slice(at).search(/["\\?#]/);
  return text.slice(at + origin.length, end < 0 ? undefined : at + end);
}

/**
 * Whose script an event ran: a chrome-extension:// URL in its arguments, or our isolated world.
 * Content-script injection (creating the isolated world, running the injected file) is ours too:
 * the profile has no other extension.
 */
function isOurs(e: TraceEvent, origin: string, worldName: string): boolean {
  if (e.name === 'ScriptInjection::InjectJs') return true;
  if (e.args?.worldName === worldName) return true;
  return JSON.stringify(e.args ?? {}).includes(origin);
}

/** Total duration of the outermost events (nested ones are inside their parent's time). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const until = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (until.get(thread) ?? -1)) continue;
    until.set(thread, e.ts + (e.dur ?? 0));
    out.push(e);
  }
  return out;
}

export function attribute(
  events: TraceEvent[],
  extensionId: string,
  worldName: string,
): TraceAttribution {
  const origin = `chrome-extension://${extensionId}`;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const ours = onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && isOurs(e, origin, worldName));

  const scriptMs = outermost(ours).reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);
  const scriptMsByFile: Record<string, number> = {};
  for (const e of outermost(ours.filter((x) => urlOf(x, origin) !== null))) {
    const file = urlOf(e, origin)!;
    scriptMsByFile[file] = (scriptMsByFile[file] ?? 0) + (e.dur ?? 0) / 1000;
  }

  const longTasks = onMain
    .filter((e) => e.name === TASK && (e.dur ?? 0) > 50_000)
    .flatMap((task) => {
      const inside = ours.filter(
        (e) =>
          e.pid === task.pid &&
          e.tid === task.tid &&
          e.ts >= task.ts &&
          e.ts < task.ts + (task.dur ?? 0),
      );
      if (inside.length === 0) return [];
      const top = inside.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
      const where = urlOf(top, origin) ?? '';
      return [
        {
          ms: (task.dur ?? 0) / 1000,
          largest: `${top.name}${where ? ` ${where.split('/').pop()}` : ''} ${Math.round((top.dur ?? 0) / 1000)} ms`,
        },
      ];
    });
  return { longTasks, scriptMsByFile, scriptMs };
}

/** Loads `url` once in the extension profile under a trace and attributes what ran. */
export async function traceLoad(
  profile: Profile,
  url: string,
  options: { tailMs: number; worldName: string },
): Promise<TraceAttribution> {
  if (!profile.extensionId) throw new Error('tracing needs the extension profile');
  await installProbe(profile); // for the readiness signal
  const page = await profile.context.newPage();
  try {
    const ready = new Promise<void>((resolve) =>
      page.on('console', (m) => m.text() === READY_SIGNAL && resolve()),
    );
    const cdp = await profile.context.newCDPSession(page);
    const events = await collect(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      await withTimeout(`AliKeep's panel to read ${url} (traced)`, 15_000, ready);
      await sleep(options.tailMs);
    });
    return attribute(events, profile.extensionId, options.worldName);
  } finally {
    await page.close().catch(() => undefined);
  }
}
