/**
 * Figure 3a: long tasks (over 50 ms) on item pages that are AliKeep's. Attributed from traces: a
 * renderer main-thread task counts when it ran any of the extension's script (by URL or by its
 * isolated world). The in-page PerformanceObserver count of the paired loads is reported beside
 * it, extension minus baseline (never below 0), as a cross-check that needs no attribution; on a
 * busy 2-core machine a wall-clock long task can also be a descheduled one.
 */
import { exactly, figure, type Measured } from './figures';
import type { LoadSample } from './paired-loads';
import { median, round, sum } from './stats';
import type { TraceAttribution } from './trace';

export function longTaskFigures(
  traces: TraceAttribution[],
  runs: { extension: LoadSample[]; baseline: LoadSample[] }[],
): Measured[] {
  const attributed = traces.flatMap((t) => t.longTasks);
  const long = (samples: LoadSample[]) =>
    samples.flatMap((s) => s.probe.longTasks.filter((t) => t.duration > 50).map((t) => t.duration));
  const extTasks = runs.flatMap((r) => long(r.extension));
  const baseTasks = runs.flatMap((r) => long(r.baseline));
  const ext = extTasks.length;
  const base = baseTasks.length;
  const lengths = (d: number[]) => (d.length ? ` (median ${round(median(d), 0)} ms)` : '');
  const loads = sum(runs.map((r) => r.extension.length));
  const scriptMs = traces.map((t) => t.scriptMs);
  const byFile = new Map<string, number[]>();
  for (const t of traces)
    for (const [file, ms] of Object.entries(t.scriptMsByFile))
      byFile.set(file, [...(byFile.get(file) ?? []), ms]);
  const files = [...byFile]
    .map(
      ([file, ms]) => `${file.replace(/^\/(assets|src\/content)\//, '')} ${round(median(ms), 1)}`,
    )
    .join(', ');
  return [
    figure(
      `Long tasks > 50 ms running AliKeep script (traced, ${traces.length} loads)`,
      attributed.length,
      'tasks',
      exactly(0),
      attributed.length
        ? `tasks with our script (traced, so slower than untraced): ${attributed
            .map((t) => `${round(t.ms, 0)} ms (largest part: ${t.largest})`)
            .join('; ')}`
        : undefined,
    ),
    figure(
      `Long tasks > 50 ms, extension − baseline (PerformanceObserver, ${loads} loads each)`,
      Math.max(0, ext - base),
      'tasks',
      exactly(0),
      `long tasks seen: extension ${ext}${lengths(extTasks)}, baseline ${base}${lengths(baseTasks)}; wall-clock, so a task descheduled on a busy machine counts too`,
    ),
    figure(
      `AliKeep script + injection time on the main thread (traced), median`,
      traces.length ? round(median(scriptMs), 1) : null,
      'ms',
      undefined,
      `script time by file, median ms: ${files}`,
    ),
  ];
}
