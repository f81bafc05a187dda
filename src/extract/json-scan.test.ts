import { describe, expect, it } from 'vitest';
import { matchBracket, parseLooseObject, readAssigned, readFlatAssignments } from './json-scan';
import { extractProduct } from './extract';

describe('reading assignments out of script text', () => {
  it('reads a JS object literal whose values are JSON', () => {
    const text = `window.runParams = {\n  data: {"a": {"b": "}{"}}, // comment\n  csrfToken: 'x\\'y', abVersion: "", n: -1.5e3, f: foo(1), t: true };`;
    expect(readAssigned(text, 'runParams')).toEqual({
      data: { a: { b: '}{' } },
      csrfToken: "x'y",
      abVersion: '',
      n: -1500,
      t: true,
    });
  });

  it('reads JS numbers that are no JSON (leading zeros)', () => {
    expect(readAssigned('x = {a: 007, b: -01.50, c: null, d: false}', 'x')).toEqual({
      a: 7,
      b: -1.5,
      c: null,
      d: false,
    });
  });

  it('skips comparisons, property names and longer names', () => {
    const text =
      'if (x.runParams == null) {} var myrunParams = {a: 1}; y = {runParams: {b: 2}}; runParams = {c: 3};';
    expect(readAssigned(text, 'runParams')).toEqual({ c: 3 });
  });

  it('skips assignments the caller refuses', () => {
    const text = 'window.runParams = {};\nwindow.runParams = { data: {"titleModule": {}} };';
    expect(readAssigned(text, 'runParams')).toEqual({});
    expect(readAssigned(text, 'runParams', (v) => 'data' in v)).toEqual({
      data: { titleModule: {} },
    });
  });

  it('reads the data on a page that empties runParams first', () => {
    const script =
      'window.runParams = {};\nwindow.runParams = { data: {"titleModule":{"subject":"Lamp"},"commonModule":{"productId":1005001122334455},"pageModule":{}} };';
    const result = extractProduct({ url: '', scripts: [script] });
    expect(result.ok && result.product.title).toBe('Lamp');
  });

  it('reads flat assignments, the first of each name', () => {
    const text =
      'window.runParams.a="1";\nwindow.runParams.b = [1, 2];\nwindow.runParams.a="2";\nwindow.runParams.c == 3;';
    expect(readFlatAssignments(text, 'window.runParams.')).toEqual({ a: '1', b: [1, 2] });
  });

  it('never lets a page set __proto__', () => {
    const loose = parseLooseObject('{__proto__: {"polluted": true}, "__proto__": 1, ok: 1}');
    expect(loose).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const flat = readFlatAssignments(
      'window.runParams.__proto__={"polluted":true};',
      'window.runParams.',
    );
    expect(Object.keys(flat)).toEqual([]);
  });

  it('gives up on truncated or unbalanced text', () => {
    expect(readAssigned('window.runParams = { data: {"a": [1, 2', 'runParams')).toBeUndefined();
    expect(matchBracket('{"a": "}"', 0)).toBe(-1);
    expect(matchBracket('x{}', 0)).toBe(-1);
    expect(matchBracket('{"a": ["}"]}', 0)).toBe(12);
  });
});
