import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildExport,
  CSV_COLUMNS,
  csvCell,
  importedRecords,
  parseExport,
  toCsv,
  toJson,
  type PriceHistoryExport,
} from './export-format';
import type { PriceSeries } from './history';
import type { ItemRecord } from './item-record';

const T0 = Date.UTC(2025, 0, 1);
const items: ItemRecord[] = [
  {
    itemId: '1005006543210987',
    title: 'USB-C cable, 2 m "braided"',
    image: 'https://ae01.alicdn.com/kf/S1.jpg',
    url: 'https://www.aliexpress.com/item/1005006543210987.html',
    site: 'aliexpress',
    lastSeen: T0 + 2000,
  },
];
const series: PriceSeries[] = [
  {
    itemId: '1005006543210987',
    variantId: '',
    currency: 'EUR',
    points: [
      { at: T0, price: 3.5, original: 7 },
      { at: T0 + 1000, price: 2.99 },
    ],
    lastSeen: T0 + 2000,
  },
  {
    itemId: '1005006543210987',
    variantId: '12000037000000001',
    currency: 'EUR',
    points: [{ at: T0, price: 4 }],
    lastSeen: T0 + 500,
  },
  { itemId: '42', variantId: '', currency: 'USD', points: [{ at: T0, price: 1 }], lastSeen: T0 },
];

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      ((row = []), (cell = ''), (i += 1));
    } else cell += c;
  }
  return rows;
}

describe('JSON export', () => {
  const file = buildExport(items, series, T0 + 3000);

  it('has the documented envelope and groups series by item', () => {
    expect(file).toMatchObject({
      format: 'alikeep-price-history',
      version: 1,
      exportedAt: '2025-01-01T00:00:03.000Z',
    });
    expect(file.items.map((i) => [i.itemId, i.series.length])).toEqual([
      ['1005006543210987', 2],
      ['42', 1],
    ]);
    expect(file.items[0]).toMatchObject({ title: items[0]!.title, lastSeen: T0 + 2000 });
  });

  it('imports back to the same records', () => {
    const parsed = parseExport(toJson(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const records = importedRecords(parsed.file);
    expect(records.series).toEqual(series);
    expect(records.items).toEqual([items[0], { itemId: '42', lastSeen: T0 }]);
  });

  it('merges a series listed twice in one file', () => {
    const twice: PriceHistoryExport = {
      ...file,
      items: [
        file.items[1]!,
        {
          itemId: '42',
          series: [
            {
              variantId: '',
              currency: 'USD',
              lastSeen: T0 + 9,
              points: [{ at: T0 + 9, price: 2 }],
            },
          ],
        },
      ],
    };
    expect(importedRecords(twice).series).toEqual([
      {
        ...series[2],
        points: [
          { at: T0, price: 1 },
          { at: T0 + 9, price: 2 },
        ],
        lastSeen: T0 + 9,
      },
    ]);
  });
});

describe('parseExport rejects', () => {
  const good = JSON.parse(toJson(buildExport(items, series, T0))) as PriceHistoryExport;
  const damaged = (change: (f: PriceHistoryExport) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return parseExport(JSON.stringify(copy));
  };

  it('text that is not JSON, or nothing at all', () => {
    expect(parseExport('{"format": ')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(parseExport(' \n')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('files of another kind', () => {
    for (const text of ['[]', 'null', '{"items": []}', '{"format": "keepa"}']) {
      expect(parseExport(text)).toEqual({ ok: false, problem: { kind: 'not-ours' } });
    }
  });

  it('versions it does not know, newer ones with their number', () => {
    expect(damaged((f) => ((f as { version: number }).version = 2))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 2 },
    });
    expect(damaged((f) => ((f as { version: unknown }).version = '1'))).toEqual({
      ok: false,
      problem: { kind: 'unknown-version' },
    });
  });

  it('damaged content, naming where', () => {
    expect(damaged((f) => (f.items[0]!.series[0]!.points[1]!.price = -3))).toEqual({
      ok: false,
      problem: {
        kind: 'damaged',
        where: 'items.0.series.0.points.1.price',
        detail: 'items.0.series.0.points.1.price must be above zero',
      },
    });
    expect(damaged((f) => (f.items[0]!.series[0]!.points = []))).toMatchObject({
      problem: { detail: expect.stringMatching(/points must not be empty/) },
    });
    expect(damaged((f) => (f.items[1]!.series[0]!.currency = 'usd'))).toMatchObject({
      problem: { where: 'items.1.series.0.currency', detail: expect.stringMatching(/ISO 4217/) },
    });
    expect(damaged((f) => (f.items[0]!.series[0]!.points[0]!.at = 1.5))).toMatchObject({
      ok: false,
      problem: { kind: 'damaged', where: 'items.0.series.0.points.0.at' },
    });
  });

  it('addresses a page could not use safely', () => {
    expect(damaged((f) => (f.items[0]!.url = 'javascript:alert(1)'))).toMatchObject({
      problem: { where: 'items.0.url', detail: expect.stringMatching(/must be an https address/) },
    });
    expect(damaged((f) => (f.items[0]!.image = 'http://example.com/a.jpg'))).toMatchObject({
      ok: false,
      problem: { where: 'items.0.image' },
    });
  });

  it('ignoring unknown fields', () => {
    const extra = damaged((f) => Object.assign(f.items[0]!, { note: 'from a later version' }));
    expect(extra.ok).toBe(true);
  });
});

describe('CSV export', () => {
  const csv = toCsv(buildExport(items, series, T0));

  it('has a header and one row per change point, CRLF-terminated', () => {
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[1]).toEqual([
      '1005006543210987',
      '',
      'EUR',
      'USB-C cable, 2 m "braided"',
      'https://www.aliexpress.com/item/1005006543210987.html',
      '2025-01-01T00:00:00.000Z',
      '3.5',
      '7',
      '2025-01-01T00:00:02.000Z',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toContain('"USB-C cable, 2 m ""braided"""');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(['+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).toEqual([
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(csvCell(12.5)).toBe('12.5');
  });

  const tricky = fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '"',
    ',',
    '\r',
    '\n',
    '\t',
    "'",
    'a',
    ' ',
    'é',
    '😀',
  );

  it('any title reads back exactly, apart from the formula guard', () => {
    fc.assert(
      fc.property(fc.string({ unit: tricky }), (title) => {
        const text = toCsv(buildExport([{ ...items[0]!, title }], [series[0]!], T0));
        const cell = readCsv(text)[1]![3]!;
        expect(cell).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
      }),
    );
  });
});
