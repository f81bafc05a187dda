/**
 * Reads data out of inline script text without evaluating it. Page scripts assign JSON, or JS
 * object literals whose values are JSON (`window.runParams = {\n data: {...}, csrfToken: '...' }`),
 * so a bracket matcher that respects strings plus JSON.parse is enough. Every scan is linear.
 */
import type { Obj } from './values';

/** Index just past the bracket that closes the one at `start`, or -1 (unbalanced or truncated). */
export function matchBracket(text: string, start: number): number {
  const open = text[start];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff) i++;
    else if (text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else break;
  }
  return i;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  0: '\0',
};

/** Reads a JS string literal at `start`; returns the value and the index after it. */
function readStringLiteral(
  text: string,
  start: number,
): { value: string; end: number } | undefined {
  const quote = text[start];
  let out = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === quote) return { value: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = text[++i];
    if (n === undefined) return undefined;
    if (n === 'u' || n === 'x') {
      const len = n === 'u' ? 4 : 2;
      const hex = text.slice(i + 1, i + 1 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += len;
    } else if (n === '\n') {
      // line continuation
    } else out += ESCAPES[n] ?? n;
  }
  return undefined;
}

/** Reads one JS literal value (object, array, string, number, boolean, null) at `start`. */
export function readValueAt(
  text: string,
  start: number,
  depth = 0,
): { value: unknown; end: number } | undefined {
  const i = skipSpace(text, start);
  const c = text[i];
  if (c === undefined) return undefined;
  if (c === '{' || c === '[') {
    const end = matchBracket(text, i);
    if (end < 0) return undefined;
    const slice = text.slice(i, end);
    let value = parseJson(slice);
    if (value === undefined && c === '{' && depth < 4) value = parseLooseObject(slice, depth + 1);
    return value === undefined ? undefined : { value, end };
  }
  if (c === '"' || c === "'" || c === '`') {
    const s = readStringLiteral(text, i);
    return s && { value: s.value, end: s.end };
  }
  const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
  if (!m) return undefined;
  // Number() and not JSON.parse: JS literals such as `007` are no JSON and must not throw.
  const value =
    m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  return { value, end: i + m[0].length };
}

/**
 * Reads a JS object literal with unquoted keys. Values that are not plain literals
 * (function calls, identifiers) are skipped up to the next top-level comma.
 */
export function parseLooseObject(text: string, depth = 0): Obj | undefined {
  let i = skipSpace(text, 0);
  if (text[i] !== '{') return undefined;
  i++;
  const out: Obj = {};
  while (i < text.length) {
    i = skipSpace(text, i);
    if (text[i] === '}') return out;
    let key: string | undefined;
    if (text[i] === '"' || text[i] === "'") {
      const s = readStringLiteral(text, i);
      if (!s) return undefined;
      key = s.value;
      i = s.end;
    } else {
      const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 200));
      if (!m) return undefined;
      key = m[0];
      i += m[0].length;
    }
    i = skipSpace(text, i);
    if (text[i] !== ':') return undefined;
    const v = readValueAt(text, i + 1, depth);
    if (v) {
      if (key !== '__proto__') out[key] = v.value;
      i = skipSpace(text, v.end);
    } else {
      i = skipToComma(text, i + 1);
    }
    if (text[i] === ',') i++;
    else if (text[i] !== '}') return out;
  }
  return out;
}

function skipToComma(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === '}') return i;
    if (c === '{' || c === '[') {
      const end = matchBracket(text, i);
      if (end < 0) return text.length;
      i = end - 1;
    } else if (c === '"' || c === "'" || c === '`') {
      const s = readStringLiteral(text, i);
      if (!s) return text.length;
      i = s.end - 1;
    }
  }
  return i;
}

/** How many occurrences of a name a scan tries before giving up (hostile pages repeat markers). */
const MAX_OCCURRENCES = 20;

/**
 * The value assigned to `name` (`name = value`, `name: value` is not an assignment). `name` may end
 * a longer dotted path (`_init_data_` matches `window._dida_config_._init_data_ =`). With `accept`,
 * assignments it refuses are skipped (`window.runParams = {}` before the one with the data).
 */
export function readAssigned(
  text: string,
  name: string,
  accept: (value: object) => boolean = () => true,
): unknown {
  let from = 0;
  for (let n = 0; n < MAX_OCCURRENCES; n++) {
    const at = text.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = text.charCodeAt(at - 1);
    if (at > 0 && isIdentChar(before)) continue;
    const i = skipSpace(text, from);
    if (text[i] !== '=' || text[i + 1] === '=') continue;
    const v = readValueAt(text, i + 1);
    if (v && v.value !== null && typeof v.value === 'object' && accept(v.value)) return v.value;
  }
  return undefined;
}

function isIdentChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36
  );
}

/** All `prefix<key> = value` assignments (`window.runParams.minPrice="5.99";`), first one wins. */
export function readFlatAssignments(text: string, prefix: string): Obj {
  const out: Obj = {};
  let from = 0;
  for (let n = 0; n < MAX_LIST_ASSIGNMENTS; n++) {
    const at = text.indexOf(prefix, from);
    if (at < 0) break;
    from = at + prefix.length;
    const m = /^([A-Za-z_$][\w$]*)\s*=(?!=)/.exec(text.slice(from, from + 120));
    if (!m?.[1]) continue;
    const v = readValueAt(text, from + m[0].length);
    if (!v) continue;
    if (m[1] !== '__proto__' && !Object.hasOwn(out, m[1])) out[m[1]] = v.value;
    from = v.end;
  }
  return out;
}

const MAX_LIST_ASSIGNMENTS = 500;
