import type { LinterMessage, LinterResult } from 'addons-linter';
import { describe, expect, it } from 'vitest';
import { lintVerdict } from './lint-report';

function result(messages: LinterMessage[]): LinterResult {
  const of = (type: LinterMessage['_type']) => messages.filter((m) => m._type === type);
  return {
    count: messages.length,
    summary: {
      errors: of('error').length,
      warnings: of('warning').length,
      notices: of('notice').length,
    },
    errors: of('error'),
    warnings: of('warning'),
    notices: of('notice'),
  };
}

const notice: LinterMessage = {
  _type: 'notice',
  code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
  message: 'Manifest key not supported by the specified minimum Firefox version',
  file: 'manifest.json',
};

describe('lintVerdict', () => {
  it('passes a clean package and one with notices only, listing the notices', () => {
    expect(lintVerdict(result([])).pass).toBe(true);
    const verdict = lintVerdict(result([notice]));
    expect(verdict.pass).toBe(true);
    expect(verdict.lines).toEqual([
      'addons-linter: 0 errors, 0 warnings, 1 notices',
      '  notice KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION: Manifest key not supported by the specified minimum Firefox version (manifest.json)',
      'The Firefox package passes.',
    ]);
  });

  it('fails on a warning, saying where it is', () => {
    const verdict = lintVerdict(
      result([
        {
          _type: 'warning',
          code: 'UNSAFE_VAR_ASSIGNMENT',
          message: 'Unsafe assignment to innerHTML',
          file: 'assets/a.js',
          line: 1,
          column: 8420,
        },
      ]),
    );
    expect(verdict.pass).toBe(false);
    expect(verdict.lines).toContain(
      '  warning UNSAFE_VAR_ASSIGNMENT: Unsafe assignment to innerHTML (assets/a.js:1:8420)',
    );
  });

  it('fails on an error', () => {
    const verdict = lintVerdict(
      result([{ _type: 'error', code: 'MANIFEST_FIELD_REQUIRED', message: '"/name" is missing' }]),
    );
    expect(verdict.pass).toBe(false);
    expect(verdict.lines.at(-1)).toBe(
      'The Firefox package fails: errors and warnings must be fixed.',
    );
  });
});
