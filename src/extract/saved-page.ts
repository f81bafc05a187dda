/**
 * A saved page as the reader's input: page HTML, inline script text (`window.runParams = ...`), a
 * JSON dump of a page object or API response, or a JSONP response (`mtopjsonp2({...})`). The
 * kind is told from the content, never from the file name. The HTML parser is passed in, so this
 * stays free of DOM libraries (the CLI and the tests use linkedom).
 */
import { classifyDump } from './dump';
import { matchBracket, parseJson } from './json-scan';
import type { PageInput } from './model';

export type SavedKind = 'html' | 'json' | 'jsonp' | 'script';

export interface SavedPage {
  kind: SavedKind;
  input: Omit<PageInput, 'url'>;
}

/** Markup: a tag, a doctype or a comment first (saved pages start with all three). */
const HTML_START = /^<[!?A-Za-z]/;
const JSONP_START = /^[A-Za-z_$][\w$.]{0,80}\s*\(\s*[{[]/;

/** Parsed JSON to reader input: a recognised dump goes into pageData, anything else is scanned as a script. */
function fromJson(value: unknown, text: string): Omit<PageInput, 'url'> {
  const pageData = classifyDump(value);
  return pageData ? { pageData } : { scripts: [text] };
}

export function readSavedPage(text: string, parseHtml: (html: string) => ParentNode): SavedPage {
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const value = parseJson(head);
    return {
      kind: 'json',
      input: value === undefined ? { scripts: [body] } : fromJson(value, body),
    };
  }
  if (JSONP_START.test(head)) {
    const open = head.search(/[{[]/);
    const end = matchBracket(head, open);
    const whole = end > 0 && /^\s*\)\s*;?\s*$/.test(head.slice(end));
    const value = whole ? parseJson(head.slice(open, end)) : undefined;
    if (value !== undefined)
      return { kind: 'jsonp', input: fromJson(value, head.slice(open, end)) };
  }
  if (HTML_START.test(head)) return { kind: 'html', input: { document: parseHtml(body) } };
  return { kind: 'script', input: { scripts: [body] } };
}
