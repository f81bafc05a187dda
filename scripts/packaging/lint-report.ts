/**
 * The verdict on an addons-linter run: the package passes with no error and no warning (what
 * addons.mozilla.org would show a reviewer); notices are listed but do not fail it.
 */
import type { LinterMessage, LinterResult } from 'addons-linter';

export interface LintVerdict {
  pass: boolean;
  lines: string[];
}

function describe(m: LinterMessage): string {
  const where = m.file
    ? ` (${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''})`
    : '';
  return `  ${m._type} ${m.code}: ${m.message}${where}`;
}

export function lintVerdict(result: LinterResult): LintVerdict {
  const { errors, warnings, notices } = result;
  const pass = errors.length === 0 && warnings.length === 0;
  return {
    pass,
    lines: [
      `addons-linter: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`,
      ...[...errors, ...warnings, ...notices].map(describe),
      pass
        ? 'The Firefox package passes.'
        : 'The Firefox package fails: errors and warnings must be fixed.',
    ],
  };
}
