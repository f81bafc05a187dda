/**
 * Property test: saved files of every format cut and spliced at random never make the reader
 * throw, and whatever it returns keeps the model's promises. FUZZ_SCALE=20 soaks longer.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkExtraction } from './fixtures/invariants';
import { fixtureText, parseHtml } from './fixtures/load';
import { readSavedPage } from './saved-page';

const SCALE = Math.max(1, Number(process.env['FUZZ_SCALE']) || 1);
/** Generous, for slow CI machines: a run takes about a second. */
const TIMEOUT = 30_000 * SCALE;

const FILES: [string, string][] = [
  ['legacy-2018.html', 'https://www.aliexpress.com/item/32911223344.html'],
  ['module-2021.js', 'https://www.aliexpress.com/item/1005001122334455.html'],
  ['module-us-2022.html', 'https://www.aliexpress.us/item/3256804269353036.html'],
  ['init-data-2022.js', 'https://www.aliexpress.us/item/3256805380464147.html'],
  ['component-2023.js', 'https://es.aliexpress.com/item/1005006677889900.html'],
  ['mtop-pdp-2025.json', 'https://de.aliexpress.com/item/1005007788990011.html'],
  ['csr-shell-2026.html', 'https://fr.aliexpress.com/item/1005008899001122.html'],
  ['csr-dom-2025.html', 'https://pl.aliexpress.com/item/1005005544332211.html'],
  ['aer-ssr-2026.html', 'https://aliexpress.ru/item/1005009900112233.html'],
  ['aer-product-data.json', 'https://aliexpress.ru/item/1005009900112233.html'],
  ['mobile-msite.html', 'https://m.aliexpress.com/item/1005003344556677.html'],
  ['alibaba-detail.html', 'https://www.alibaba.com/product-detail/x_1600998877665.html'],
];

const splice = fc.record({
  from: fc.nat(),
  length: fc.nat({ max: 400 }),
  insert: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      '\\',
      '</script>',
      '<script>',
      ',',
      ':',
      '=',
      '\u0000',
    ),
  ),
});

describe('randomly damaged saved files', () => {
  it.each(FILES)(
    '%s: never throws, always holds the invariants',
    (name, url) => {
      const original = fixtureText(name);
      fc.assert(
        fc.property(fc.array(splice, { minLength: 1, maxLength: 4 }), (edits) => {
          let t = original;
          for (const e of edits) {
            const at = e.from % (t.length + 1);
            t = t.slice(0, at) + e.insert + t.slice(at + e.length);
          }
          checkExtraction({ ...readSavedPage(t, parseHtml).input, url });
        }),
        { numRuns: 200 * SCALE },
      );
    },
    TIMEOUT,
  );

  it('truncated at every tenth of the file', () => {
    for (const [name, url] of FILES) {
      const t = fixtureText(name);
      for (let i = 0; i <= 10; i++) {
        const cut = t.slice(0, Math.floor((t.length * i) / 10));
        checkExtraction({ ...readSavedPage(cut, parseHtml).input, url });
      }
    }
  });
});
