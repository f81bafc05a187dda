/**
 * The syntax of naming templates such as `AliExpress/{title} ({id})/{kind}-{index}.{ext}`:
 * tokens, parsing, and issues with their positions (for the options page's live preview).
 *
 * `/` (or `\`) separates folders. `{{` and `}}` stand for literal braces. Token names ignore case.
 * `{ext}` may only end the file name (the extension comes from the file's bytes); a template
 * without it gets ".{ext}" appended. Rendering is in filename-template.ts.
 */
export const DEFAULT_TEMPLATE = 'AliExpress/{title} ({id})/{kind}-{index}.{ext}';
export const TEMPLATE_MAX_LENGTH = 300;
export const MAX_FOLDER_DEPTH = 8;

export const TOKENS = [
  'site', // "AliExpress" or "Alibaba"
  'host', // the item page's host without "www.", e.g. "aliexpress.ru"
  'id',
  'title',
  'store',
  'kind', // gallery | variant | description | video
  'index', // 1-based within the kind, zero-padded to the width of {count}
  'count', // how many media of that kind the product has
  'variant', // the variant name of a variant image, else empty
  'date', // YYYY-MM-DD, local date of the download
  'ext',
] as const;
export type TokenName = (typeof TOKENS)[number];
export type TokenValues = Record<Exclude<TokenName, 'ext'>, string>;

export type TemplatePart = { text: string } | { token: TokenName };

export type IssueCode =
  | 'empty-template'
  | 'too-long'
  | 'unknown-token'
  | 'unclosed-brace'
  | 'unmatched-brace'
  | 'absolute-path'
  | 'empty-folder'
  | 'dot-folder'
  | 'too-deep'
  | 'ext-not-at-end'
  | 'no-ext'
  | 'no-index';

export interface TemplateIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  message: string;
  /** UTF-16 offsets into the template, for highlighting. */
  start: number;
  end: number;
}

export interface ParsedTemplate {
  /** Folders, then the file name (without the final ".{ext}"). */
  segments: TemplatePart[][];
  issues: TemplateIssue[];
}

const isToken = (name: string): name is TokenName => (TOKENS as readonly string[]).includes(name);

/** Parses a template. With any error-severity issue, callers should fall back to the default. */
export function parseTemplate(template: string): ParsedTemplate {
  const issues: TemplateIssue[] = [];
  const issue = (
    severity: TemplateIssue['severity'],
    code: IssueCode,
    message: string,
    start = 0,
    end = template.length,
  ) => issues.push({ severity, code, message, start, end });

  if (template.trim() === '') issue('error', 'empty-template', 'The template is empty.');
  if (template.length > TEMPLATE_MAX_LENGTH)
    issue('error', 'too-long', `Keep the template to ${TEMPLATE_MAX_LENGTH} characters or fewer.`);
  const absolute = /^([/\\]|[a-z]:)/i.exec(template);
  if (absolute)
    issue(
      'error',
      'absolute-path',
      'Paths are relative to the Downloads folder: remove the leading part.',
      0,
      absolute[0].length,
    );

  const segments: TemplatePart[][] = [[]];
  const starts = [0];
  let text = '';
  const flush = () => {
    if (text) segments[segments.length - 1]?.push({ text });
    text = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i] ?? '';
    const next = template[i + 1];
    if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
      text += c;
      i++;
    } else if (c === '{') {
      const close = template.indexOf('}', i);
      const open = template.indexOf('{', i + 1);
      if (close < 0 || (open >= 0 && open < close)) {
        issue(
          'error',
          'unclosed-brace',
          'This "{" has no closing "}" (write "{{" for a literal brace).',
          i,
          i + 1,
        );
        text += c;
        continue;
      }
      const name = template
        .slice(i + 1, close)
        .trim()
        .toLowerCase();
      if (isToken(name)) {
        flush();
        segments[segments.length - 1]?.push({ token: name });
      } else {
        const hint = closestToken(name);
        issue(
          'error',
          'unknown-token',
          `Unknown token {${name}}${hint ? `: did you mean {${hint}}?` : '.'}`,
          i,
          close + 1,
        );
      }
      i = close;
    } else if (c === '}') {
      issue(
        'error',
        'unmatched-brace',
        'This "}" has no opening "{" (write "}}" for a literal brace).',
        i,
        i + 1,
      );
    } else if (c === '/' || c === '\\') {
      flush();
      segments.push([]);
      starts.push(i + 1);
    } else text += c;
  }
  flush();

  segments.forEach((parts, s) => {
    const start = starts[s] ?? 0;
    const end = (starts[s + 1] ?? template.length + 1) - 1;
    const literal = parts
      .map((p) => ('text' in p ? p.text : 'x'))
      .join('')
      .trim();
    if (
      template.slice(start, end).trim() === '' &&
      !(s === 0 && issues.some((i) => i.code === 'absolute-path'))
    )
      issue(
        'error',
        'empty-folder',
        'Two "/" in a row, or a "/" at an end, make an empty name.',
        start,
        end,
      );
    else if (/^\.+$/.test(literal))
      issue(
        'error',
        'dot-folder',
        'Names made of dots only, such as "..", are not allowed.',
        start,
        end,
      );
  });
  if (segments.length > MAX_FOLDER_DEPTH + 1)
    issue('error', 'too-deep', `At most ${MAX_FOLDER_DEPTH} folders.`);

  // The file name must end in ".{ext}"; drop that ending, the renderer adds the real extension.
  const file = segments[segments.length - 1] ?? [];
  const lastPart = file[file.length - 1];
  const beforeLast = file[file.length - 2];
  if (
    lastPart &&
    'token' in lastPart &&
    lastPart.token === 'ext' &&
    beforeLast &&
    'text' in beforeLast &&
    beforeLast.text.endsWith('.')
  ) {
    file.pop();
    beforeLast.text = beforeLast.text.slice(0, -1);
    if (!beforeLast.text) file.pop();
  } else if (!file.some((p) => 'token' in p && p.token === 'ext'))
    issue('warning', 'no-ext', 'The file name gets ".{ext}" added at its end.');
  if (segments.some((parts) => parts.some((p) => 'token' in p && p.token === 'ext')))
    issue('error', 'ext-not-at-end', '{ext} can only end the file name, as in "{index}.{ext}".');
  if (!file.some((p) => 'token' in p && p.token === 'index'))
    issue('warning', 'no-index', 'Without {index}, names repeat and get " (2)", " (3)"… added.');
  return { segments, issues };
}

export function hasErrors(issues: readonly TemplateIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Issues only, for a settings schema or the options page. */
export function validateTemplate(template: string): TemplateIssue[] {
  return parseTemplate(template).issues;
}

function closestToken(name: string): string | undefined {
  let best: { token: string; distance: number } | undefined;
  for (const token of TOKENS) {
    const distance = editDistance(name, token);
    if (distance <= 2 && (!best || distance < best.distance)) best = { token, distance };
  }
  return best?.token;
}

/** Optimal string alignment distance: edits, with a swap of neighbours ("titel") counting as one. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
