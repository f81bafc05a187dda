import { describe, expect, it } from 'vitest';
import { policy } from './policy';
import {
  renderReadmeSummary,
  spliceSummary,
  SUMMARY_END,
  SUMMARY_START,
} from './render-readme-summary';

describe('the README privacy summary', () => {
  const summary = renderReadmeSummary(policy);

  it('has a row for every shipped feature, opt-in ones marked, and no planned feature', () => {
    for (const f of policy.features) {
      const row = summary.split('\n').find((l) => l.startsWith(`| ${f.name} |`));
      if (f.status === 'planned') expect(row).toBeUndefined();
      else expect(row, f.id).toContain(f.tier === 'additional' ? 'after you opt in' : 'always');
    }
  });

  it('names every recipient of a shipped feature', () => {
    expect(summary).toContain('AliExpress (Alibaba Group)');
  });

  it('replaces only what is between the markers, and refuses a README without them', () => {
    const readme = `# Title\n\n${SUMMARY_START}\nold\n${SUMMARY_END}\n\nAfter.\n`;
    const spliced = spliceSummary(readme, 'new');
    expect(spliced).toBe(`# Title\n\n${SUMMARY_START}\n\nnew\n\n${SUMMARY_END}\n\nAfter.\n`);
    expect(() => spliceSummary('# Title\n', 'new')).toThrow(/needs the lines/);
  });
});
