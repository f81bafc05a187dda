import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHistoryCsv, parseCsvExport, readCsvRows } from './csv-import';
import { buildExport, importedRecords, parseExport, toCsv, toJson } from './export-format';
import type { PriceSeries } from './history';
import type { ItemRecord } from './item-record';

const T0 = Date.UTC(2025, 0, 1);
const ITEM = '1005006543210987';
const items: ItemRecord[] = [
  {
    itemId: ITEM,
    title: '=cable, 2 m "braided"\r\nnew line',
    url: `https://www.aliexpress.com/item/${ITEM}.html`,
    lastSeen: T0 + 2000,
  },
];
const series: PriceSeries[] = [
  {
    itemId: ITEM,
    variantId: '',
    currency: 'EUR',
    points: [
      { at: T0, price: 3.5, original: 7 },
      { at: T0 + 1000, price: 2.99 },
    ],
    lastSeen: T0 + 2000,
  },
  {
    itemId: ITEM,
    variantId: '12000037000000001',
    currency: 'EUR',
    points: [{ at: T0, price: 4 }],
    lastSeen: T0 + 500,
  },
  { itemId: '42', variantId: '', currency: 'USD', points: [{ at: T0, price: 1 }], lastSeen: T0 },
];
const header = 'item_id,variant_id,currency,title,url,changed_at,price,original,last_seen\r\n';
const row = (cells: Partial<Record<string, string>> = {}) =>
  [
    cells.item_id ?? '42',
    cells.variant_id ?? '',
    cells.currency ?? 'USD',
    cells.title ?? '',
    cells.url ?? '',
    cells.changed_at ?? '2025-01-01T00:00:00.000Z',
    cells.price ?? '1',
    cells.original ?? '',
    cells.last_seen ?? '2025-01-01T00:00:00.000Z',
  ].join(',') + '\r\n';

describe('readCsvRows', () => {
  it('reads quoted cells with commas, quotes and line breaks, noting where each row starts', () => {
    expect(readCsvRows('a,"b,""c""\r\nd"\r\ne,f\nlast')).toEqual([
      { cells: ['a', 'b,"c"\r\nd'], line: 1 },
      { cells: ['e', 'f'], line: 3 },
      { cells: ['last'], line: 4 },
    ]);
  });
});

describe('parseCsvExport', () => {
  it('reads an export back into the same records as its JSON twin', () => {
    const file = buildExport(items, series, T0 + 3000);
    const fromCsv = parseCsvExport(toCsv(file));
    const fromJson = parseExport(toJson(file));
    if (!fromCsv.ok || !fromJson.ok) throw new Error('both must parse');
    // The CSV holds no picture or site, and an item's own sighting is its newest series'.
    expect(importedRecords(fromCsv.file)).toEqual(importedRecords(fromJson.file));
    expect(toCsv(fromCsv.file)).toBe(toCsv(file));
  });

  it('any title survives a round trip, formula guard included', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const text = toCsv(buildExport([{ ...items[0]!, title }], [series[0]!], T0));
        const parsed = parseCsvExport(text);
        expect(parsed.ok && parsed.file.items[0]!.title).toBe(title === '' ? undefined : title);
      }),
    );
  });

  it('finds columns by name and takes LF line ends and a byte order mark', () => {
    const text =
      '\uFEFFnote,last_seen,price,item_id,variant_id,currency,title,url,changed_at,original\n' +
      'mine,2025-01-02T00:00:00Z,5.25,42,,USD,,,2025-01-01T00:00:00+01:00,\n';
    const parsed = parseCsvExport(text);
    expect(parsed).toMatchObject({
      ok: true,
      file: {
        items: [
          {
            itemId: '42',
            series: [
              {
                currency: 'USD',
                lastSeen: Date.UTC(2025, 0, 2),
                points: [{ at: T0 - 3600_000, price: 5.25 }],
              },
            ],
          },
        ],
      },
    });
  });

  it('names the line and column of a damaged cell', () => {
    const bad = (cells: Partial<Record<string, string>>) =>
      parseCsvExport(header + row() + row(cells));
    expect(bad({ price: '"12,99"' })).toMatchObject({
      ok: false,
      problem: { kind: 'damaged', where: 'price', line: 3 },
    });
    expect(bad({ price: '0' })).toMatchObject({ problem: { where: 'price', line: 3 } });
    expect(bad({ changed_at: '01/02/2025' })).toMatchObject({ problem: { where: 'changed_at' } });
    expect(bad({ currency: 'usd' })).toMatchObject({ problem: { where: 'currency' } });
    expect(bad({ url: 'javascript:alert(1)' })).toMatchObject({ problem: { where: 'url' } });
    expect(bad({ item_id: '' })).toMatchObject({ problem: { where: 'item_id' } });
    expect(parseCsvExport(header + row() + '42,,USD\r\n')).toMatchObject({
      problem: { kind: 'damaged', where: 'changed_at', line: 3 },
    });
  });

  it('refuses a CSV of another kind, and reads a header alone as an empty history', () => {
    expect(parseCsvExport('item_id,price\r\n42,1\r\n')).toEqual({
      ok: false,
      problem: { kind: 'not-ours' },
    });
    expect(parseCsvExport(header)).toMatchObject({ ok: true, file: { items: [] } });
  });
});

describe('looksLikeHistoryCsv', () => {
  it('knows the export header and nothing else', () => {
    expect(looksLikeHistoryCsv(header)).toBe(true);
    expect(looksLikeHistoryCsv('\uFEFF' + header)).toBe(true);
    expect(looksLikeHistoryCsv('{"format":"alikeep-price-history"}')).toBe(false);
    expect(looksLikeHistoryCsv('date,price\r\n')).toBe(false);
  });
});
