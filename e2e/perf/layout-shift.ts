/**
 * Figure 3b: layout shift caused by AliKeep's UI. The panel is positioned out of the page's flow,
 * so it should move nothing: every layout-shift entry whose sources lie inside <alikeep-root> is
 * ours. The whole-page CLS difference between the profiles is reported beside it.
 */
import { exactly, figure, type Measured } from './figures';
import type { LoadSample } from './paired-loads';
import { median, round, sum } from './stats';

const cls = (s: LoadSample) => sum(s.probe.shifts.map((x) => x.value));

export function layoutShiftFigures(
  runs: { label: string; extension: LoadSample[]; baseline: LoadSample[] }[],
): Measured[] {
  const ext = runs.flatMap((r) => r.extension);
  const ours = ext.flatMap((s) =>
    s.probe.shifts
      .filter((x) => x.ours)
      .map((x) => ({
        ...x,
        page: new URL(s.url).hostname,
        afterReady: s.probe.readyAt === null ? null : x.start - s.probe.readyAt,
      })),
  );
  return [
    figure(
      `Layout shift from AliKeep's UI (sum over ${ext.length} loads)`,
      round(sum(ours.map((x) => x.value)), 4),
      'CLS',
      exactly(0),
      ours.length
        ? `${ours.length} shifts with sources inside alikeep-root: ` +
            ours
              .map(
                (x) =>
                  `${x.page} ${round(x.value, 4)} at ${x.afterReady === null ? '?' : Math.round(x.afterReady)} ms after ready (${x.sources.join(', ')})`,
              )
              .join('; ')
        : undefined,
    ),
    ...runs.map((r) =>
      figure(
        `Page CLS, extension − baseline, ${r.label}, median`,
        round(median(r.extension.map(cls)) - median(r.baseline.map(cls)), 4),
        'CLS',
      ),
    ),
  ];
}
