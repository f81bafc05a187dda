/**
 * Reading values out of lexed source: object literals, call arguments and the string constants
 * they refer to (`const KEY = 'x'`, `export const storageKeys = { settings: 'settings' }`).
 */
import { lexSource, type LexedSource, type SourceFile } from './source-text';

export interface ObjectEntry {
  /** The key's string value, or null when it is computed or spread. */
  key: string | null;
  /** For `[expr]: …` and `...expr`: the expression text. */
  expression?: string;
  valueStart: number;
  valueEnd: number;
}

const OPEN = '([{';
const CLOSE = ')]}';

/** Offset of the bracket closing the one at `open` (in `bare`), or the text's end. */
export function matchingBracket(bare: string, open: number): number {
  let depth = 0;
  for (let i = open; i < bare.length; i += 1) {
    if (OPEN.includes(bare[i]!)) depth += 1;
    else if (CLOSE.includes(bare[i]!) && --depth === 0) return i;
  }
  return bare.length;
}

/** Top-level comma-separated ranges between `from` and `to` (exclusive). */
export function splitTopLevel(bare: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i += 1) {
    const c = bare[i]!;
    if (OPEN.includes(c)) depth += 1;
    else if (CLOSE.includes(c)) depth -= 1;
    else if (c === ',' && depth === 0) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  ranges.push([start, to]);
  return ranges.filter(([a, b]) => bare.slice(a, b).trim() !== '');
}

/** The value of a plain string literal (no substitutions) starting at `offset`, if there is one. */
export function stringAt(lexed: LexedSource, offset: number): string | null {
  const literal = lexed.strings.find((s) => s.start === offset);
  if (!literal) return null;
  const quote = lexed.code[literal.start];
  return lexed.code[literal.end - 1] === quote && literal.end - literal.start >= 2
    ? literal.value
    : null;
}

const skipSpace = (bare: string, i: number) => {
  while (i < bare.length && /\s/.test(bare[i]!)) i += 1;
  return i;
};

/** Entries of the object literal whose `{` is at `open`. */
export function objectEntries(lexed: LexedSource, open: number): ObjectEntry[] {
  const { bare, code } = lexed;
  const close = matchingBracket(bare, open);
  return splitTopLevel(bare, open + 1, close).map(([from, to]) => {
    const start = skipSpace(bare, from);
    if (bare.startsWith('...', start)) {
      return {
        key: null,
        expression: code.slice(start + 3, to).trim(),
        valueStart: to,
        valueEnd: to,
      };
    }
    let key: string | null;
    let expression: string | undefined;
    let afterKey: number;
    if (bare[start] === '[') {
      const end = matchingBracket(bare, start);
      key = null;
      expression = code.slice(start + 1, end).trim();
      afterKey = end + 1;
    } else if (stringAt(lexed, start) !== null) {
      key = stringAt(lexed, start);
      afterKey = lexed.strings.find((s) => s.start === start)!.end;
    } else {
      const name = /^[A-Za-z_$][\w$]*/.exec(bare.slice(start, to));
      key = name ? name[0] : null;
      afterKey = start + (name?.[0].length ?? 0);
    }
    const colon = skipSpace(bare, afterKey);
    const valueStart = bare[colon] === ':' ? skipSpace(bare, colon + 1) : afterKey;
    return { key, expression, valueStart, valueEnd: to };
  });
}

/** The first argument of the call whose `(` is at `open`: [start, end) in `bare`. */
export function firstArgument(bare: string, open: number): [number, number] | null {
  const close = matchingBracket(bare, open);
  const first = splitTopLevel(bare, open + 1, close)[0];
  return first ? [skipSpace(bare, first[0]), first[1]] : null;
}

/** String constants by name and dotted path, across files; a name may have several values. */
export type Constants = Map<string, string[]>;

function addConstant(constants: Constants, name: string, value: string): void {
  const values = constants.get(name) ?? [];
  if (!values.includes(value)) values.push(value);
  constants.set(name, values);
}

function collectObject(lexed: LexedSource, open: number, path: string, into: Constants): void {
  for (const entry of objectEntries(lexed, open)) {
    if (entry.key === null) continue;
    const value = stringAt(lexed, entry.valueStart);
    if (value !== null) addConstant(into, `${path}.${entry.key}`, value);
    else if (lexed.bare[entry.valueStart] === '{') {
      collectObject(lexed, entry.valueStart, `${path}.${entry.key}`, into);
    }
  }
}

const DECLARATION = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]+)?=\s*/g;
/** `OTHER`, `storageKeys.downloadQueue`, `STORES['series']`, up to the end of the statement. */
const ALIAS =
  /^([A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(['"])[^'"\n]+\2\s*\])*)(?:\s+as\s+const)?\s*(?:[;,)\n]|$)/;

/** `into` with `outside` beneath it: names in `into` win. */
function layered(into: Constants, outside: Constants | undefined): Constants {
  return outside ? new Map([...outside, ...into]) : into;
}

/**
 * Collects string constants: `const KEY = 'x'`, object literals of strings, and aliases of either
 * (`const KEY = storageKeys.downloadQueue`), resolved once every file's literals are known.
 * `outside` holds constants of other modules an alias may name without owning them.
 */
export function collectConstants(
  files: SourceFile[],
  into: Constants = new Map(),
  outside?: Constants,
): Constants {
  const aliases: [name: string, expression: string][] = [];
  for (const file of files) {
    const lexed = lexSource(file.text);
    for (const m of lexed.bare.matchAll(DECLARATION)) {
      const at = m.index + m[0].length;
      const value = stringAt(lexed, at);
      if (value !== null) addConstant(into, m[1]!, value);
      else if (lexed.bare[at] === '{') collectObject(lexed, at, m[1]!, into);
      else {
        const alias = ALIAS.exec(lexed.code.slice(at, at + 200));
        if (alias) aliases.push([m[1]!, alias[1]!]);
      }
    }
  }
  // An alias of an alias resolves on a later round; three rounds is deeper than any real chain.
  for (let round = 0; round < 3 && aliases.length > 0; round += 1) {
    const view = layered(into, outside);
    let grew = false;
    for (const [name, expression] of aliases) {
      for (const value of resolveExpression(expression, view)) {
        if (into.get(name)?.includes(value)) continue;
        addConstant(into, name, value);
        grew = true;
      }
    }
    if (!grew) break;
  }
  return into;
}

/**
 * The constants as seen from inside `file`: its own declarations hide same-named ones of other
 * files, so a local `const KEY` means this file's KEY and not another module's.
 */
export function scopedConstants(file: SourceFile, all: Constants): Constants {
  return layered(collectConstants([file], new Map(), all), all);
}

/**
 * The string values an expression can stand for: a literal, a constant or a constant's property
 * (`storageKeys.settings`, `KEYS['price-history']`). Empty when it cannot be read.
 */
export function resolveExpression(expression: string, constants: Constants): string[] {
  const text = expression.trim().replace(/\s+as\s+const$/, '');
  const literal = /^(['"`])([^'"`$\\]*)\1$/.exec(text);
  if (literal) return [literal[2]!];
  const path = text.replace(/\[\s*(['"])([^'"]+)\1\s*\]/g, '.$2').replace(/\s*\??\.\s*/g, '.');
  if (!/^[A-Za-z_$][\w$-]*(\.[\w$-]+)*$/.test(path)) return [];
  return constants.get(path) ?? [];
}
