/**
 * Property test: page objects of every format damaged at random (values replaced by hostile
 * ones, keys deleted, renamed, wrapped or swapped) never make the reader throw, and whatever it
 * returns keeps the model's promises. FUZZ_SCALE=20 soaks longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract';
import { checkExtraction, violations } from './fixtures/invariants';
import { fixtureJson, fixtureText } from './fixtures/load';
import { readAssigned } from './json-scan';
import type { PageData } from './model';
import type { Obj } from './values';

const SCALE = Math.max(1, Number(process.env['FUZZ_SCALE']) || 1);
/** Generous, for slow CI machines: a run takes about a second. */
const TIMEOUT = 30_000 * SCALE;

type Path = (string | number)[];

function paths(root: unknown, limit = 4000): Path[] {
  const out: Path[] = [];
  const stack: [unknown, Path][] = [[root, []]];
  while (stack.length && out.length < limit) {
    const [node, path] = stack.pop() as [unknown, Path];
    if (path.length) out.push(path);
    if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        stack.push([v, [...path, Array.isArray(node) ? Number(k) : k]]);
      }
    }
  }
  return out;
}

const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    NaN,
    Infinity,
    1e12,
    -0.0001,
    '',
    ' ',
    'US $-5',
    'MXN$1.234,56 - $9',
    '<img src=x onerror=alert(1)>',
    '\u202eevil',
    '12000000000000000001',
    '9'.repeat(40),
    '//evil.example/x.jpg',
    'javascript:alert(1)',
    { $ref: '$.PRICE.targetSkuPriceInfo' },
    { $ref: '$..' },
    [],
    {},
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.double()), {
    maxKeys: 3,
  }),
);

const edit = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'rename', 'wrap', 'swap'),
  value: hostile,
  other: fc.nat(),
});

function applyEdit(root: Obj, e: { at: number; op: string; value: unknown; other: number }): void {
  const all = paths(root);
  const path = all[e.at % all.length];
  if (!path) return;
  let parent: unknown = root;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[k];
  const key = path[path.length - 1] as string | number;
  const p = parent as Record<string | number, unknown>;
  if (e.op === 'replace') p[key] = e.value;
  else if (e.op === 'delete') {
    if (Array.isArray(p)) p.splice(Number(key), 1);
    else delete p[key];
  } else if (e.op === 'rename' && !Array.isArray(p)) {
    p[`${key}X`] = p[key];
    delete p[key];
  } else if (e.op === 'wrap') p[key] = [p[key]];
  else {
    const donor = all[e.other % all.length] ?? [];
    let v: unknown = root;
    for (const k of donor) v = (v as Record<string | number, unknown> | undefined)?.[k];
    p[key] = structuredClone(v);
  }
}

const text = (name: string): string => fixtureText(name);
const SEEDS: [string, string, () => PageData][] = [
  [
    'module',
    'https://www.aliexpress.com/item/1005001122334455.html',
    () => ({ runParams: readAssigned(text('module-2021.js'), 'runParams') }),
  ],
  [
    'module-us',
    'https://www.aliexpress.us/item/3256804269353036.html',
    () => ({ runParams: readAssigned(text('module-us-2022.html'), 'runParams') }),
  ],
  [
    'init-data',
    'https://www.aliexpress.us/item/3256805380464147.html',
    () => ({ initData: readAssigned(text('init-data-2022.js'), '_init_data_') }),
  ],
  [
    'mobile',
    'https://m.aliexpress.com/item/1005003344556677.html',
    () => ({ initData: readAssigned(text('mobile-msite.html'), '_init_data_') }),
  ],
  [
    'component',
    'https://es.aliexpress.com/item/1005006677889900.html',
    () => ({ runParams: readAssigned(text('component-2023.js'), 'runParams') }),
  ],
  [
    'mtop',
    'https://de.aliexpress.com/item/1005007788990011.html',
    () => ({ mtop: fixtureJson('mtop-pdp-2025.json') }),
  ],
  [
    'dcData',
    'https://fr.aliexpress.com/item/1005008899001122.html',
    () => ({ dcData: readAssigned(text('csr-shell-2026.html'), 'DCData') }),
  ],
  [
    'aer',
    'https://aliexpress.ru/item/1005009900112233.html',
    () => ({ aerProductData: fixtureJson('aer-product-data.json') }),
  ],
  [
    'alibaba',
    'https://www.alibaba.com/product-detail/x_1600998877665.html',
    () => ({ detailData: readAssigned(text('alibaba-detail.html'), 'detailData') }),
  ],
];

describe('the invariant check', () => {
  it('catches a broken product', () => {
    const broken = {
      ok: true as const,
      product: {
        id: '12a',
        site: 'aliexpress' as const,
        url: 'http://x.example/',
        generation: 'csr' as const,
        title: ' <b>x',
        price: { current: -1, discountPercent: 120 },
        media: [{ kind: 'gallery' as const, url: 'javascript:alert(1)' }],
        variants: [
          { id: '1', name: 'a' },
          { id: '1', name: '\u202eb' },
        ],
      },
    };
    expect(violations(broken)).toEqual([
      'id is digits',
      'url is https',
      'title is trimmed and not empty',
      'title has no markup',
      'price is plausible',
      'discount 1-99',
      'media url is https',
      'variant ids unique',
      'variant name has no control characters',
    ]);
  });
});

describe('randomly damaged page objects', () => {
  it.each(SEEDS)(
    '%s: never throws, always holds the invariants',
    (_, url, seed) => {
      const base = seed();
      expect(extractProduct({ url, pageData: base }).ok).toBe(true);
      fc.assert(
        fc.property(
          fc.array(edit, { minLength: 1, maxLength: 8 }),
          fc.boolean(),
          (edits, keepUrl) => {
            const data = structuredClone(base) as Obj;
            for (const e of edits) applyEdit(data, e);
            checkExtraction({ url: keepUrl ? url : '', pageData: data });
          },
        ),
        { numRuns: 400 * SCALE },
      );
    },
    TIMEOUT,
  );
});
