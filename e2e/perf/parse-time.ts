/**
 * Figure 7: how long the page reader takes per page format, in Node: extractProduct on each store
 * page (HTML parsed once with linkedom; the client-rendered page with its API answer as page data,
 * as the extension gets it) and on the real captures beside the checkout when present. The HTML
 * parse is outside the timing: in the browser the page is parsed already. For the two large
 * captures, linkedom's parse is reported beside, for scale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractProduct } from '../../src/extract/index';
import type { PageInput } from '../../src/extract/index';
import { readSavedPage } from '../../src/extract/saved-page';
import { MTOP_PATH } from '../store/pages/csr-page';
import { PRODUCT_KEYS, type Store } from '../store/server';
import { below, figure, type Measured } from './figures';
import { median, round } from './stats';

const RUNS = 15;
const WARM_UP = 3;
const TARGET_MS = 20;

export const REAL_CAPTURES_DIR = fileURLToPath(
  new URL('../../../shared/fixtures/aliexpress-real/', import.meta.url),
);

/** Capture file → the page address it was saved from (as in src/extract/real-captures.test.ts). */
const CAPTURES: [string, string][] = [
  [
    '01_2018_legacy-flat-runParams_www_USD__dauminhquan-aliphp.js',
    'https://www.aliexpress.com/item/32904053859.html',
  ],
  [
    '02_2021_runParams-modules_www_USD_video__cRYP70n-13-AliexpressScrapper.js',
    'https://www.aliexpress.com/item/1005001894012758.html',
  ],
  [
    '03_2022_runParams-modules_aliexpress-us_fullpage__kamalbilal.html',
    'https://www.aliexpress.us/item/3256803382674519.html',
  ],
  [
    '04_2022_runParams-modules_aliexpress-us_rendered-DOM_video_legacyId__kamalbilal_2251832701916007.html',
    'https://www.aliexpress.us/item/2251832701916007.html',
  ],
  [
    '05_2022_dida-init-data-hierarchy_aliexpress-us__kamalbilal_newScraperMethod.json',
    'https://www.aliexpress.us/item/3256803246120444.html',
  ],
  [
    '06_2024_runParams-components_es_MXN_video__airvzxf_item-1005002724686123.js',
    'https://es.aliexpress.com/item/1005002724686123.html',
  ],
  [
    '07_2024_runParams-components_es_MXN_skuImages__airvzxf_item-1005005424987520.js',
    'https://es.aliexpress.com/item/1005005424987520.html',
  ],
  [
    '08_2024_runParams-components_es_MXN_thousands__airvzxf_item-1005006296391749.js',
    'https://es.aliexpress.com/item/1005006296391749.html',
  ],
  [
    '09_2026_CSR-shell_dc-DCData_de_rendered__hendkai_1005008204179129.html',
    'https://de.aliexpress.com/item/1005008204179129.html',
  ],
  [
    '10_2026_aliexpress-ru__IarBest/product-1005009452926938.json',
    'https://aliexpress.ru/item/1005009452926938.html',
  ],
];

const parseHtml = (html: string) => parseHTML(html).document as unknown as ParentNode;

function fetchText(store: Store, url: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: store.port,
        path: u.pathname + u.search,
        servername: u.hostname,
        headers: { host: u.host },
        rejectUnauthorized: false,
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Buffer.concat(chunks).toString('utf8'))
            : reject(new Error(`${url} answered ${res.statusCode}`)),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** Median reader time in ms; throws when the reader finds no product. */
function timeReader(input: PageInput, what: string): number {
  const first = extractProduct(input);
  if (!first.ok) throw new Error(`${what}: the reader found no product (${first.reason})`);
  for (let i = 1; i < WARM_UP; i++) extractProduct(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    extractProduct(input);
    times.push(performance.now() - started);
  }
  return median(times);
}

const kb = (text: string) => Math.round(Buffer.byteLength(text) / 1024);

export async function storePageParseFigures(store: Store): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const key of PRODUCT_KEYS) {
    const url = store.itemUrl(key);
    const html = await fetchText(store, url);
    const input: PageInput = { document: parseHtml(html), url };
    let size = kb(html);
    if (key === 'csr') {
      const data = encodeURIComponent(JSON.stringify({ productId: store.catalog.csr.id }));
      const api = await fetchText(store, `https://acs.aliexpress.com${MTOP_PATH}?data=${data}`);
      input.pageData = { mtop: JSON.parse(api) as never };
      size += kb(api);
    }
    out.push(
      figure(
        `Page reader, store page ${key} (${size} KB), median of ${RUNS}`,
        round(timeReader(input, key), 2),
        'ms',
        below(TARGET_MS),
      ),
    );
  }
  return out;
}

export function realCaptureParseFigures(): { figures: Measured[]; note?: string } {
  if (!existsSync(REAL_CAPTURES_DIR))
    return { figures: [], note: `real captures skipped: ${REAL_CAPTURES_DIR} not found` };
  const out: Measured[] = [];
  for (const [file, url] of CAPTURES) {
    const path = REAL_CAPTURES_DIR + file;
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const parseStart = performance.now();
    const saved = readSavedPage(text, parseHtml);
    const parseMs = performance.now() - parseStart;
    const label = file.slice(0, 2);
    const big = Buffer.byteLength(text) > 300 * 1024;
    out.push(
      figure(
        `Page reader, real capture ${label} ${saved.kind} (${kb(text)} KB), median of ${RUNS}`,
        round(timeReader({ ...saved.input, url }, file), 2),
        'ms',
        below(TARGET_MS),
        big
          ? `capture ${label}: linkedom parse of the HTML ${round(parseMs, 1)} ms (not in the figure)`
          : undefined,
      ),
    );
  }
  return { figures: out };
}
