/**
 * Figure 1: main-thread time AliKeep adds to an item page, as CDP counts it (ScriptDuration +
 * TaskDuration of the tab's renderer), extension profile minus baseline, over paired loads.
 * The counters are read as main-thread CPU time (Performance.enable with timeDomain threadTicks),
 * so time the thread spent descheduled on a busy machine does not count. The p90 is the
 * difference of the two profiles' p90s (loads are paired in time, not matched one to one).
 */
import { atMost, figure, type Measured } from './figures';
import type { LoadSample } from './paired-loads';
import { median, p90, round } from './stats';

function delta(
  runs: { extension: LoadSample[]; baseline: LoadSample[] },
  key: 'scriptMs' | 'taskMs',
): number {
  return round(
    median(runs.extension.map((s) => s[key])) - median(runs.baseline.map((s) => s[key])),
    1,
  );
}

export function mainThreadFigures(
  label: string,
  runs: { extension: LoadSample[]; baseline: LoadSample[] },
): Measured[] {
  const ext = runs.extension.map((s) => s.mainThreadMs);
  const base = runs.baseline.map((s) => s.mainThreadMs);
  const note =
    `${label}: extension ${round(median(ext), 1)} ms, baseline ${round(median(base), 1)} ms ` +
    `(median of ${ext.length}; p90 ${round(p90(ext), 1)} / ${round(p90(base), 1)})`;
  return [
    figure(
      `Added main-thread time, ${label}, median`,
      round(median(ext) - median(base), 1),
      'ms',
      atMost(15),
      note,
    ),
    figure(`Added main-thread time, ${label}, p90`, round(p90(ext) - p90(base), 1), 'ms'),
    // The two counters apart: ScriptDuration is part of TaskDuration, so the sum above counts
    // script time twice; these say which kind of work AliKeep adds.
    figure(`Added ScriptDuration alone, ${label}, median`, delta(runs, 'scriptMs'), 'ms'),
    figure(`Added TaskDuration alone, ${label}, median`, delta(runs, 'taskMs'), 'ms'),
  ];
}

/**
 * The same measure for the reference extension (reference-extension.ts): what any content script
 * that draws one button costs, with no target of its own; AliKeep's figure above includes it.
 */
export function referenceMainThreadFigure(runs: {
  extension: LoadSample[];
  baseline: LoadSample[];
}): Measured {
  const ext = runs.extension.map((s) => s.mainThreadMs);
  const base = runs.baseline.map((s) => s.mainThreadMs);
  return figure(
    'Added main-thread time, a content script that only draws one button (reference), median',
    round(median(ext) - median(base), 1),
    'ms',
    undefined,
    `module page: reference ${round(median(ext), 1)} ms, baseline ${round(median(base), 1)} ms ` +
      `(median of ${ext.length}): the cost of any content script before AliKeep's own work`,
  );
}
