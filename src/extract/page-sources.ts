/**
 * One pass over the page: every inline script is looked at once, and each data blob the readers
 * need is pulled out of it. Readers never touch the raw input.
 */
import { parseJson, readAssigned, readFlatAssignments } from './json-scan';
import type { PageData, PageInput } from './model';
import { obj, type Obj } from './values';

export interface Sources {
  url: string;
  doc?: ParentNode;
  /** Structured objects: MAIN-world page data first, then what the scripts held. */
  runParamsData?: Obj;
  runParamsFlat?: Obj;
  skuProducts?: unknown;
  initData?: unknown;
  dcData?: unknown;
  mtop?: unknown;
  detailData?: unknown;
  aerProductData?: unknown;
  aerData?: unknown;
  jsonLd: unknown[];
  /** og:*, product:*, twitter:* and named meta tags, first value of each. */
  meta: Map<string, string>;
  canonical?: string;
  /** The page says it is client-rendered (`_d_c_.isCSR = true`). */
  isCsr: boolean;
}

const MAX_SCRIPTS = 400;
const MAX_SCRIPT_CHARS = 8_000_000;

function setOnce<K extends keyof Sources>(s: Sources, key: K, value: Sources[K] | undefined): void {
  if (s[key] === undefined && value !== undefined) s[key] = value;
}

function scanScript(s: Sources, text: string): void {
  if (text.length > MAX_SCRIPT_CHARS) return;
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    scanJsonScript(s, text);
    return;
  }
  // What the MAIN world handed over (or an earlier script held) is not parsed again.
  if (text.includes('runParams')) {
    if (s.runParamsData === undefined) {
      const rp = obj(readAssigned(text, 'runParams', (v) => obj(obj(v)?.['data']) !== undefined));
      setOnce(s, 'runParamsData', obj(rp?.['data']));
    }
    if (text.includes('window.runParams.')) {
      const flat = readFlatAssignments(text, 'window.runParams.');
      if (Object.keys(flat).length > 0) s.runParamsFlat = { ...flat, ...s.runParamsFlat };
    }
  }
  const unread = (key: 'skuProducts' | 'initData' | 'dcData' | 'detailData', marker: string) =>
    s[key] === undefined && text.includes(marker);
  if (unread('skuProducts', 'skuProducts'))
    setOnce(s, 'skuProducts', readAssigned(text, 'skuProducts'));
  if (unread('initData', '_init_data_')) setOnce(s, 'initData', readAssigned(text, '_init_data_'));
  if (unread('dcData', 'DCData')) setOnce(s, 'dcData', readAssigned(text, 'DCData'));
  if (text.includes('isCSR')) s.isCsr ||= /isCSR\s*=\s*(?:true|!0)/.test(text);
  if (unread('detailData', 'detailData'))
    setOnce(s, 'detailData', readAssigned(text, 'detailData'));
}

/** Bare JSON scripts when there is no DOM to tell their type: JSON-LD or the aliexpress.ru tree. */
function scanJsonScript(s: Sources, text: string): void {
  const value = parseJson(text);
  if (value === undefined) return;
  if (text.includes('"@context"') || text.includes('"@type"')) s.jsonLd.push(value);
  else if (obj(value)?.['widgets'] !== undefined) setOnce(s, 'aerData', value);
}

function readDom(s: Sources, doc: ParentNode, scripts: string[]): void {
  const nodes = doc.querySelectorAll('script');
  for (let i = 0; i < nodes.length && i < MAX_SCRIPTS; i++) {
    const el = nodes[i];
    if (!el || el.hasAttribute('src')) continue;
    const text = el.textContent ?? '';
    if (!text.trim()) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/ld+json') {
      const v = parseJson(text);
      if (v !== undefined) s.jsonLd.push(v);
    } else if (el.getAttribute('id') === '__AER_DATA__') {
      setOnce(s, 'aerData', parseJson(text));
    } else if (!type || type.includes('javascript') || type === 'module') {
      scripts.push(text);
    }
  }
  for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, 300)) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !s.meta.has(key)) s.meta.set(key, content);
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) s.canonical = canonical;
}

function fromPageData(s: Sources, pd: PageData): void {
  const rp = obj(pd.runParams);
  if (rp) {
    const data = obj(rp['data']);
    if (data) s.runParamsData = data;
    else if (Object.keys(rp).length > 0) s.runParamsFlat = rp;
  }
  s.initData = pd.initData;
  s.dcData = pd.dcData;
  s.mtop = pd.mtop;
  s.detailData = pd.detailData;
  s.aerProductData = pd.aerProductData;
  s.aerData = pd.aerData;
}

export function collectSources(input: PageInput): Sources {
  const s: Sources = {
    url: typeof input.url === 'string' ? input.url : '',
    jsonLd: [],
    meta: new Map(),
    isCsr: false,
  };
  const pd = obj(input.pageData);
  if (pd) fromPageData(s, pd as PageData);
  const scripts: string[] = [];
  const doc = input.document;
  if (doc && typeof doc.querySelectorAll === 'function') {
    s.doc = doc;
    readDom(s, doc, scripts);
  }
  if (Array.isArray(input.scripts)) {
    for (const t of input.scripts.slice(0, MAX_SCRIPTS)) if (typeof t === 'string') scripts.push(t);
  }
  for (const text of scripts) scanScript(s, text);
  if (s.dcData !== undefined && obj(s.dcData)) s.isCsr ||= true;
  return s;
}
