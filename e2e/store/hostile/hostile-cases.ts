/**
 * The hostile-page corpus: one entry per broken or hostile item page, served by the offline store at
 * https://www.aliexpress.com/item/9000000000000NN.html (NN = `n`). Each starts from the "Module"
 * demo page (runParams data + server-rendered markup) and breaks one thing. `shows` is what the
 * shopper must see: the working pill with its download button, the "Couldn't read this page" state
 * with its report, or, where the page keeps removing AliKeep's element, nothing at all.
 */
import type { CatalogProduct } from '../catalog';
import { moduleData } from '../pages/module-data';
import type { ProductPrice } from '../prices';
import type { ProductChanges } from './hostile-product';
import * as script from './page-scripts';

/** The page's runParams.data, by module name; cases edit it in place. */
export type ModuleData = Record<string, Record<string, unknown>>;

export type Shows = 'ui' | 'failed' | 'gone';

export interface HostileCase {
  n: number;
  name: string;
  shows: Shows;
  product?: ProductChanges;
  /** Edits the runParams data; `drop` leaves the runParams script out. */
  data?: ((d: ModuleData) => void) | 'drop';
  /** The runParams script text instead of the normal assignment. */
  dataScript?: (json: string) => string;
  /** Leave out the server-rendered product markup (gallery, title, price, variants). */
  noMarkup?: boolean;
  /** Page script run first in <head>, before the page's data. */
  head?: string | ((p: CatalogProduct, price: ProductPrice) => string);
  /** Page script run after the page's data. */
  tail?: string;
  /** Extra markup at the end of <body>. */
  extra?: string;
}

const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3"></svg>`;
const BIDI = '\u202EgnP.exe\u202C \u2066Ceramic\u2069 \u200F\u061Cset\u200B\uFEFF\u0000\u0007';
const EMOJI = '🔥☕️👨‍👩‍👧‍👦 Pour-over 🇯🇵 set 🏳️‍🌈 \uD83D (lone surrogate)';
const renamed = (d: ModuleData) => {
  for (const key of Object.keys(d)) {
    d[`${key.replace(/Module$/, '')}Block_v9`] = d[key]!;
    delete d[key];
  }
};

export const HOSTILE_CASES: HostileCase[] = [
  { n: 1, name: 'an intact page (the control)', shows: 'ui' },
  // Missing, renamed or broken data.
  {
    n: 2,
    name: 'imageModule missing',
    shows: 'ui',
    data: (d) => void delete d['imageModule'],
  },
  {
    n: 3,
    name: 'title, price and sku modules missing',
    shows: 'ui',
    data: (d) => {
      delete d['titleModule'];
      delete d['priceModule'];
      delete d['skuModule'];
    },
  },
  {
    n: 4,
    name: 'every module renamed, product markup still there',
    shows: 'ui',
    data: renamed,
  },
  {
    n: 5,
    name: 'every module renamed and no product markup',
    shows: 'failed',
    data: renamed,
    noMarkup: true,
  },
  {
    n: 6,
    name: 'truncated JSON in the data script and in JSON-LD, no markup',
    shows: 'failed',
    noMarkup: true,
    dataScript: (json) =>
      `try { window.runParams = JSON.parse('${json.slice(0, json.length / 2).replace(/[\\']/g, '\\$&')}'); } catch (e) {}`,
    extra: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cut off</script>`,
  },
  {
    n: 7,
    name: 'every module of the wrong type',
    shows: 'ui',
    data: (d) => {
      for (const key of Object.keys(d)) d[key] = { list: [null, 1, 'x'] };
      d['imageModule'] = { imagePathList: { 0: 'x' }, videoUid: [], summImagePathList: 7 };
      d['titleModule'] = { subject: { text: 'object title' } };
      d['priceModule'] = { minActivityAmount: 'cheap', formatedActivityPrice: [] };
      d['skuModule'] = { skuPriceList: 'none', productSKUPropertyList: [{ skuPropertyValues: 3 }] };
    },
  },
  {
    n: 8,
    name: 'no data and no markup (a blank shell)',
    shows: 'failed',
    data: 'drop',
    noMarkup: true,
  },
  {
    n: 9,
    name: 'data describing another item',
    shows: 'failed',
    data: (d) => {
      d['actionModule']!['productId'] = 1005009999999999;
      d['commonModule']!['productIdStr'] = '1005009999999999';
      d['pageModule']!['productId'] = 1005009999999999;
    },
  },
  // Sizes and texts.
  { n: 10, name: 'a 500-image gallery', shows: 'ui', product: { galleryImages: 500 } },
  { n: 11, name: 'markup and script in the title', shows: 'ui', product: { title: MARKUP } },
  {
    n: 12,
    name: 'markup in variant and store names',
    shows: 'ui',
    product: { variantNames: [MARKUP, `"><iframe src="javascript:window.__pwned=4">`, 'Plain'] },
  },
  {
    n: 13,
    name: 'bidi overrides and control characters in the title',
    shows: 'ui',
    product: { title: BIDI },
  },
  {
    n: 14,
    name: 'emoji and a lone surrogate in the title',
    shows: 'ui',
    product: { title: EMOJI },
  },
  {
    n: 15,
    name: 'a 2,000-character title',
    shows: 'ui',
    product: { title: 'Very long title '.repeat(125) },
  },
  { n: 16, name: 'a title of spaces only', shows: 'ui', product: { title: '   \u00a0  ' } },
  {
    n: 17,
    name: 'javascript: and data: image addresses',
    shows: 'ui',
    data: (d) => {
      const images = d['imageModule']!;
      images['imagePathList'] = [
        'javascript:window.__pwned=5',
        'data:text/html,<script>window.__pwned=6</script>',
        ...(images['imagePathList'] as string[]),
      ];
    },
  },
  // Prices and currencies.
  { n: 18, name: 'a price of 0', shows: 'ui', product: { price: 0 } },
  { n: 19, name: 'a negative price', shows: 'ui', product: { price: -12.5 } },
  { n: 20, name: 'a price of NaN', shows: 'ui', product: { price: Number.NaN } },
  { n: 21, name: 'a price of 10^12', shows: 'ui', product: { price: 1e12 } },
  { n: 22, name: 'an unknown currency code (XYZ)', shows: 'ui', product: { currency: 'XYZ' } },
  { n: 23, name: 'a currency that is no code (€€)', shows: 'ui', product: { currency: '€€' } },
  // The page's own scripts replace built-ins in its MAIN world.
  { n: 24, name: 'page replaces JSON.parse', shows: 'ui', head: script.OVERRIDE_JSON_PARSE },
  {
    n: 25,
    name: 'page replaces JSON.stringify',
    shows: 'ui',
    head: script.OVERRIDE_JSON_STRINGIFY,
  },
  {
    n: 26,
    name: 'page replaces Array.prototype.map/forEach/push/…',
    shows: 'ui',
    head: script.OVERRIDE_ARRAY_METHODS,
  },
  {
    n: 27,
    name: 'page replaces iterators, Object.keys, Array.isArray, WeakSet',
    shows: 'ui',
    head: script.OVERRIDE_ITERATORS,
  },
  {
    n: 28,
    name: 'page replaces Object.defineProperty',
    shows: 'ui',
    head: script.OVERRIDE_DEFINE_PROPERTY,
  },
  {
    n: 29,
    name: 'page replaces EventTarget add/remove/dispatch',
    shows: 'ui',
    head: script.OVERRIDE_EVENT_TARGET,
  },
  {
    n: 30,
    name: 'page replaces CustomEvent and Event',
    shows: 'ui',
    head: script.OVERRIDE_CUSTOM_EVENT,
  },
  {
    n: 31,
    name: 'page replaces MutationObserver and ResizeObserver',
    shows: 'ui',
    head: script.OVERRIDE_MUTATION_OBSERVER,
  },
  {
    n: 32,
    name: 'page replaces Function.prototype.call/apply/bind',
    shows: 'ui',
    head: script.OVERRIDE_FUNCTION_CALL,
  },
  {
    n: 33,
    name: 'reading CustomEvent.detail throws in the page',
    shows: 'ui',
    head: script.TRAP_EVENT_DETAIL,
  },
  {
    n: 34,
    name: 'page replaces String.prototype.slice/startsWith/replace',
    shows: 'ui',
    head: script.TRAP_STRING_METHODS,
  },
  {
    n: 35,
    name: 'window.runParams is a throwing getter',
    shows: 'ui',
    head: script.TRAP_RUN_PARAMS,
  },
  {
    n: 36,
    name: 'window.runParams is a throwing Proxy',
    shows: 'ui',
    tail: script.PROXY_RUN_PARAMS,
  },
  {
    n: 37,
    name: 'runParams with cycles, functions, a BigInt and a throwing toJSON',
    shows: 'ui',
    tail: script.CYCLIC_RUN_PARAMS,
  },
  {
    n: 38,
    name: 'page answers the data request itself with markup',
    shows: 'ui',
    noMarkup: true,
    head: (p, price) => {
      const variants = p.variants.map((v) => ({ ...v, name: MARKUP }));
      const data = moduleData({ ...p, title: MARKUP, variants }, price);
      return script.SPOOF_PAGE_DATA(JSON.stringify({ runParams: { data } }));
    },
  },
  {
    n: 39,
    name: 'page swallows the data request',
    shows: 'ui',
    head: script.SWALLOW_REQUEST,
  },
  {
    n: 40,
    name: 'page replaces createElement/attachShadow/append in its world',
    shows: 'ui',
    head: script.OVERRIDE_DOM_BUILDERS,
  },
  // The page fights AliKeep's element.
  { n: 41, name: 'page removes our element once', shows: 'ui', head: script.REMOVE_ONCE },
  { n: 42, name: 'page removes our element every time', shows: 'gone', head: script.REMOVE_ALWAYS },
  {
    n: 43,
    name: 'page rebuilds the whole document after load',
    shows: 'ui',
    head: script.REPLACE_DOCUMENT,
  },
  {
    n: 44,
    name: 'page covers everything with an overlay',
    shows: 'ui',
    head: script.COVER_OVERLAY,
  },
  {
    n: 45,
    name: 'page hides our element with !important CSS',
    shows: 'ui',
    head: script.HIDE_WITH_CSS,
  },
  { n: 46, name: 'page defines our tag name itself', shows: 'ui', head: script.DEFINE_OUR_TAG },
  {
    n: 47,
    name: 'a page that cannot be read, with a cookie and a token set',
    shows: 'failed',
    data: 'drop',
    noMarkup: true,
    head: script.PERSONAL_DATA,
  },
];

export function hostileCase(n: number): HostileCase | undefined {
  return HOSTILE_CASES.find((c) => c.n === n);
}
