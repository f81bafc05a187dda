/**
 * npm run extract -- <file> [--url URL] [--json]
 *
 * Reads a saved page (HTML, the text of a page script, a JSON dump of a page object or an API
 * response, or a JSONP response) with the extension's own reader and prints what it found.
 * The file's kind is told from its content. It never fetches anything: save the page first.
 *
 * Exit codes: 0 a product was read, 2 no product (the reason is printed), 1 usage or file error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { discoverPageUrl, extractProduct } from '../src/extract';
import { formatReport } from '../src/extract/report';
import { readSavedPage } from '../src/extract/saved-page';

const USAGE = `usage: npm run extract -- <saved-page-file | file:///path> [--url URL] [--json]
  --url URL   the page's address (default: found in the file: canonical link, og:url, ids)
  --json      print the product model (or the failure) as JSON instead of the report`;

interface Args {
  file: string;
  url?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | undefined;
  let url: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--url') {
      url = argv[++i];
      if (!url) return '--url needs a value';
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got ${file} and ${arg})`;
  }
  if (file === undefined) return 'no file given';
  return { file, url, json };
}

function filePath(arg: string): string | undefined {
  if (/^https?:\/\//i.test(arg)) return undefined;
  return arg.startsWith('file:') ? fileURLToPath(arg) : arg;
}

function parseHtml(html: string): ParentNode {
  return parseHTML(html).document as unknown as ParentNode;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) console.error(`extract: ${args}`);
    console.error(USAGE);
    return args ? 1 : 0;
  }
  const path = filePath(args.file);
  if (!path) {
    console.error('extract: this tool reads saved files only; save the page (or its data) first.');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`extract: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const started = performance.now();
  const saved = readSavedPage(text, parseHtml);
  const url = args.url ?? discoverPageUrl(saved.input) ?? '';
  const result = extractProduct({ ...saved.input, url });
  const ms = performance.now() - started;
  if (args.json) {
    console.log(JSON.stringify(result.ok ? result.product : result, null, 2));
  } else {
    console.log(formatReport(result, { source: args.file, kind: saved.kind, ms }));
  }
  return result.ok ? 0 : 2;
}

process.exitCode = main(process.argv.slice(2));
