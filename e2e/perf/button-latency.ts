/**
 * Figure 4a: from the moment the page has its product data to AliKeep's download button being in
 * the panel. Server-rendered pages carry the data inline, so it is known at DOMContentLoaded; the
 * client-rendered page knows it when the product API's answer has arrived (its responseEnd).
 * Both instants and the button's appearance are performance.now() in the page (see page-probe).
 */
import { atMost, figure, type Measured } from './figures';
import type { LoadSample } from './paired-loads';
import { median, p90, round } from './stats';

export function buttonLatencyFigures(
  label: string,
  samples: LoadSample[],
  dataKnown: 'domContentLoaded' | 'productApiEnd',
): Measured[] {
  const latencies = samples.flatMap((s) => {
    const from = s.probe[dataKnown];
    return from !== null && s.probe.buttonAt !== null ? [s.probe.buttonAt - from] : [];
  });
  const what = dataKnown === 'domContentLoaded' ? 'DOMContentLoaded' : 'product API answer';
  if (latencies.length < samples.length)
    throw new Error(
      `${label}: ${samples.length - latencies.length} of ${samples.length} loads had no ${what} or no download button`,
    );
  return [
    figure(
      `Data known → download button, ${label} (from ${what}), median`,
      round(median(latencies), 1),
      'ms',
      atMost(100),
    ),
    figure(`Data known → download button, ${label}, p90`, round(p90(latencies), 1), 'ms'),
  ];
}
