/**
 * A small lexer for TypeScript/TSX source, enough for the drift scanners: it blanks comments (so a
 * comment mentioning `chrome.downloads` or a URL counts for nothing) and finds string literals.
 * Offsets are preserved, so line numbers stay right.
 *
 * Heuristics, good enough for this codebase: a `/` starts a regex unless it follows an identifier,
 * a number, `)`, `]`, `}` or `<` (a JSX closing tag); `'` and `"` strings and regexes end at a line
 * break, so a stray apostrophe in JSX text can only disturb the rest of its own line.
 */

export interface SourceFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  text: string;
}

export interface StringLiteral {
  value: string;
  /** Offset of the opening quote. */
  start: number;
  /** Offset just after the closing quote. */
  end: number;
}

export interface LexedSource {
  /** The text with comments replaced by spaces (line breaks kept). */
  code: string;
  /** `code` with string and regex contents also replaced by spaces: only the program's structure. */
  bare: string;
  strings: StringLiteral[];
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

export function lexSource(text: string): LexedSource {
  const code: string[] = [];
  const bare: string[] = [];
  const strings: StringLiteral[] = [];
  // Brace depth of each open `${` inside template literals.
  const templates: number[] = [];
  let depth = 0;
  let lastSignificant = '';
  let i = 0;

  const emit = (from: number, to: number, keepCode: boolean, keepBare: boolean) => {
    const piece = text.slice(from, to);
    code.push(keepCode ? piece : blank(piece));
    bare.push(keepBare ? piece : blank(piece));
  };

  /** Reads a string or template chunk from `i` (after the opening quote) to its end. */
  const readQuoted = (quote: string, opener: number): void => {
    let value = '';
    let j = opener + 1;
    let closed = false;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '\\') {
        value += text[j + 1] ?? '';
        j += 2;
        continue;
      }
      if (c === quote) {
        j += 1;
        closed = true;
        break;
      }
      if (quote === '`' && c === '$' && text[j + 1] === '{') {
        templates.push(depth);
        j += 2;
        break;
      }
      if (quote !== '`' && c === '\n') break;
      value += c;
      j += 1;
    }
    strings.push({ value, start: opener, end: j });
    // The `}` that resumes a template after `${…}` is blanked like its `${`, so brackets balance.
    emit(opener, opener + 1, true, text[opener] !== '}');
    emit(opener + 1, j, true, false);
    i = j;
    // After a whole string a `/` divides; after `${` an expression (maybe a regex) starts.
    lastSignificant = closed ? ')' : '{';
  };

  const regexCanStart = (at: number): boolean => {
    if (!/[\w$)\]}<]/.test(lastSignificant)) return true;
    return /(^|[^\w$.])(return|typeof|case|do|else|in|of|void|yield|await|delete|throw|new)\s*$/.test(
      text.slice(Math.max(0, at - 16), at),
    );
  };

  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      emit(i, stop, false, false);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      emit(i, stop, false, false);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      readQuoted(c, i);
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth) {
      templates.pop();
      readQuoted('`', i);
    } else if (c === '/' && regexCanStart(i)) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        const r = text[j]!;
        if (r === '\\') j += 1;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        j += 1;
      }
      emit(i, i + 1, true, true);
      emit(i + 1, j, true, false);
      i = j;
      lastSignificant = ')';
    } else {
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      if (!/\s/.test(c)) lastSignificant = c;
      emit(i, i + 1, true, true);
      i += 1;
    }
  }
  return { code: code.join(''), bare: bare.join(''), strings };
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
