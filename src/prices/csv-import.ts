/**
 * Reads a CSV price history (the columns of export-format.ts toCsv) back into the export format, so
 * a file that went through a spreadsheet imports like the JSON one. Pure.
 *
 * Columns are found by name, so reordered or added columns are fine; each of CSV_COLUMNS must be
 * there. A cell that starts with an apostrophe followed by a formula character had the apostrophe
 * added by the export, and loses it here.
 */
import * as v from 'valibot';
import {
  CSV_COLUMNS,
  Currency,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FORMULA_START,
  Https,
  ItemId,
  Price,
  Time,
  Title,
  VariantId,
  type ExportItem,
  type ExportSeries,
  type FileProblem,
  type ParseResult,
} from './export-format';

export interface CsvRow {
  cells: string[];
  /** The line of the file the row starts on, from 1. */
  line: number;
}

/** RFC 4180 rows; also takes bare LF line ends, as spreadsheets on some systems write them. */
export function readCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n') line += 1;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (cells.push(cell), (cell = ''));
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') ((i += 1), (line += 1));
      endRow();
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** Whether the text starts with this CSV's header (after an optional byte order mark). */
export function looksLikeHistoryCsv(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(`${CSV_COLUMNS[0]},`);
}

const unguard = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const Instant = v.pipe(
  v.string(),
  v.regex(ISO_TIME, 'must be a date and time such as 2025-03-01T12:00:00.000Z'),
  v.transform((s) => Date.parse(s)),
  Time,
);
const Amount = v.pipe(
  v.string(),
  v.regex(/^\d+(\.\d+)?$/, 'must be a number such as 12.99'),
  v.transform(Number),
  Price,
);
const optional = <S extends v.GenericSchema<string, unknown>>(schema: S) =>
  v.union([
    v.pipe(
      v.literal(''),
      v.transform(() => undefined),
    ),
    schema,
  ]);

const Row = v.object({
  item_id: ItemId,
  variant_id: VariantId,
  currency: Currency,
  title: optional(Title),
  url: optional(Https),
  changed_at: Instant,
  price: Amount,
  original: optional(Amount),
  last_seen: Instant,
});

const refuse = (problem: FileProblem): ParseResult => ({ ok: false, problem });

/** Reads a CSV price history into the records of a version 1 file. */
export function parseCsvExport(text: string): ParseResult {
  const [header, ...rows] = readCsvRows(text.replace(/^\uFEFF/, ''));
  if (!header) return refuse({ kind: 'empty' });
  const column = new Map(header.cells.map((name, i) => [name.trim(), i]));
  if (!CSV_COLUMNS.every((name) => column.has(name))) return refuse({ kind: 'not-ours' });

  const items = new Map<string, ExportItem>();
  const series = new Map<string, ExportSeries>();
  let newest = 0;
  for (const { cells, line } of rows) {
    if (cells.length === 1 && cells[0]!.trim() === '') continue; // a blank line
    const record = Object.fromEntries(
      CSV_COLUMNS.map((name) => [name, unguard(cells[column.get(name)!] ?? '')]),
    );
    const parsed = v.safeParse(Row, record);
    if (!parsed.success) {
      // A union reports its own issue; the column is the first key of the path either way.
      const issue = parsed.issues[0];
      const where = String(issue.path?.[0]?.key ?? 'item_id');
      return refuse({ kind: 'damaged', where, line, detail: `${where} ${issue.message}` });
    }
    const row = parsed.output;
    let item = items.get(row.item_id);
    if (!item) items.set(row.item_id, (item = { itemId: row.item_id, series: [] }));
    if (row.title !== undefined) item.title ??= row.title;
    if (row.url !== undefined) item.url ??= row.url;
    const key = JSON.stringify([row.item_id, row.variant_id, row.currency]);
    let s = series.get(key);
    if (!s) {
      s = {
        variantId: row.variant_id,
        currency: row.currency,
        lastSeen: row.last_seen,
        points: [],
      };
      series.set(key, s);
      item.series.push(s);
    }
    s.lastSeen = Math.max(s.lastSeen, row.last_seen);
    s.points.push({
      at: row.changed_at,
      price: row.price,
      ...(row.original !== undefined ? { original: row.original } : {}),
    });
    newest = Math.max(newest, row.last_seen);
  }
  return {
    ok: true,
    file: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      // A CSV file does not say when it was written; its newest sighting is the closest thing.
      exportedAt: new Date(newest).toISOString(),
      items: [...items.values()],
    },
  };
}
