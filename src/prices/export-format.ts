/**
 * Price history files: a JSON export that imports back, and a CSV export for spreadsheets.
 * Pure: price-db.ts gathers and stores the records.
 *
 * JSON format, version 1 (a file names its format and version; later versions add fields or bump
 * the version, and an importer rejects versions newer than it knows):
 *
 *   {
 *     "format": "alikeep-price-history",
 *     "version": 1,
 *     "exportedAt": "2025-03-01T12:00:00.000Z",       // ISO 8601, UTC
 *     "items": [{
 *       "itemId": "1005006543210987",                  // AliExpress / Alibaba item id
 *       "title": "…", "image": "https://…", "url": "https://…", "site": "aliexpress",  // optional
 *       "lastSeen": 1740830400000,                     // epoch ms, optional
 *       "series": [{
 *         "variantId": "",                             // SKU id, "" for the product-level price
 *         "currency": "EUR",                           // ISO 4217
 *         "lastSeen": 1740830400000,                   // epoch ms of the newest observation
 *         "points": [{ "at": 1738000000000, "price": 12.99, "original": 25.98 }]  // change points
 *       }]
 *     }]
 *   }
 *
 * Each point's price holds from `at` until the next point; `original` (the claimed price before
 * discount) is optional. Unknown fields are ignored on import.
 *
 * CSV: one row per change point, RFC 4180 (CRLF, quotes doubled), columns in CSV_COLUMNS. Cells
 * that a spreadsheet would run as a formula get a leading apostrophe. CSV files import too
 * (csv-import.ts), without the item's picture and site, which the CSV does not hold.
 */
import * as v from 'valibot';
import { MAX_PRICE, type PriceSeries } from './history';
import { httpsUrl, MAX_TITLE_LENGTH, type ItemRecord } from './item-record';
import { mergeSeries, normalizeSeries } from './series-merge';

export const EXPORT_FORMAT = 'alikeep-price-history';
export const EXPORT_VERSION = 1;

export interface ExportSeries {
  variantId: string;
  currency: string;
  lastSeen: number;
  points: { at: number; price: number; original?: number }[];
}

export interface ExportItem {
  itemId: string;
  title?: string;
  image?: string;
  url?: string;
  site?: ItemRecord['site'];
  lastSeen?: number;
  series: ExportSeries[];
}

export interface PriceHistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportItem[];
}

/** The records a file holds, ready to merge into the database. */
export interface ImportedRecords {
  items: ItemRecord[];
  series: PriceSeries[];
}

/**
 * Why a file cannot be imported, as data: the options page says it in the user's language. `where`
 * names the field (a dot path in JSON, a column in CSV, with its `line`); `detail` is for logs.
 */
export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'not-ours' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-version' }
  | { kind: 'damaged'; where: string; line?: number; detail: string };

export type ParseResult =
  { ok: true; file: PriceHistoryExport } | { ok: false; problem: FileProblem };

export function buildExport(
  items: readonly ItemRecord[],
  series: readonly PriceSeries[],
  exportedAt: number,
): PriceHistoryExport {
  const byItem = new Map<string, ExportItem>();
  for (const { itemId, ...rest } of items) byItem.set(itemId, { itemId, ...rest, series: [] });
  for (const { itemId, variantId, currency, lastSeen, points } of series) {
    let item = byItem.get(itemId);
    if (!item) byItem.set(itemId, (item = { itemId, series: [] }));
    item.series.push({ variantId, currency, lastSeen, points });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    items: [...byItem.values()],
  };
}

export function toJson(file: PriceHistoryExport): string {
  return JSON.stringify(file);
}

export const CSV_COLUMNS = [
  'item_id',
  'variant_id',
  'currency',
  'title',
  'url',
  'changed_at',
  'price',
  'original',
  'last_seen',
] as const;

/** Cells starting like this run as formulas in Excel, LibreOffice and Google Sheets (OWASP). */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(file: PriceHistoryExport): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const item of file.items) {
    for (const s of item.series) {
      for (const p of s.points) {
        const cells = [
          item.itemId,
          s.variantId,
          s.currency,
          item.title,
          item.url,
          iso(p.at),
          p.price,
          p.original,
          iso(s.lastSeen),
        ];
        rows.push(cells.map(csvCell).join(','));
      }
    }
  }
  return rows.join('\r\n') + '\r\n';
}

// Dates before 2000 or after 2100 are not AliKeep's.
export const Time = v.pipe(
  v.number(),
  v.integer('must be a whole number of epoch milliseconds'),
  v.minValue(946_684_800_000, 'is before the year 2000'),
  v.maxValue(4_102_444_800_000, 'is after the year 2100'),
);
export const Price = v.pipe(
  v.number(),
  v.finite('must be a finite number'),
  v.gtValue(0, 'must be above zero'),
  v.maxValue(MAX_PRICE, `must not exceed ${MAX_PRICE}`),
);
const Point = v.object({ at: Time, price: Price, original: v.optional(Price) });
export const VariantId = v.pipe(v.string(), v.maxLength(256, 'is too long'));
export const Currency = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
);
const Series = v.object({
  variantId: VariantId,
  currency: Currency,
  lastSeen: Time,
  points: v.pipe(v.array(Point), v.minLength(1, 'must not be empty')),
});
export const Https = v.pipe(
  v.string(),
  v.check((s) => httpsUrl(s) !== undefined, 'must be an https address'),
);
export const ItemId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'must be an item id'));
export const Title = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH, 'is too long'));
const Item = v.object({
  itemId: ItemId,
  title: v.optional(Title),
  image: v.optional(Https),
  url: v.optional(Https),
  site: v.optional(v.picklist(['aliexpress', 'alibaba'], 'must be aliexpress or alibaba')),
  lastSeen: v.optional(Time),
  series: v.array(Series),
});
const FileV1 = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  items: v.array(Item),
});

const refuse = (problem: FileProblem): ParseResult => ({ ok: false, problem });

/** Reads a JSON file's text; every rejection says why (FileProblem). */
export function parseExport(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(text.trim() === '' ? { kind: 'empty' } : { kind: 'not-json' });
  }
  if (typeof json !== 'object' || json === null || !('format' in json)) {
    return refuse({ kind: 'not-ours' });
  }
  if (json.format !== EXPORT_FORMAT) return refuse({ kind: 'not-ours' });
  const version = 'version' in json ? json.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return refuse({ kind: 'newer-version', version });
  }
  if (version !== EXPORT_VERSION) return refuse({ kind: 'unknown-version' });
  return validateExport(json);
}

/** Checks a file's content against the version 1 format (JSON, or what a CSV file was read into). */
export function validateExport(value: unknown): ParseResult {
  const parsed = v.safeParse(FileV1, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? 'items';
    return refuse({ kind: 'damaged', where, detail: `${where} ${issue.message}` });
  }
  return { ok: true, file: parsed.output };
}

/**
 * The records of a parsed file, each series normalized (sorted, one point per instant) and series
 * listed twice merged, so the database merge only has to deal with what it already holds.
 */
export function importedRecords(file: PriceHistoryExport): ImportedRecords {
  const items = new Map<string, ItemRecord>();
  const series = new Map<string, PriceSeries>();
  for (const { series: list, lastSeen: itemSeen, ...details } of file.items) {
    let newest = itemSeen ?? 0;
    for (const s of list) {
      const incoming = normalizeSeries({ itemId: details.itemId, ...s });
      const key = JSON.stringify([details.itemId, s.variantId, s.currency]);
      series.set(key, mergeSeries(series.get(key), incoming).series);
      newest = Math.max(newest, incoming.lastSeen);
    }
    if (newest === 0) continue; // an item with neither prices nor a sighting adds nothing
    const previous = items.get(details.itemId);
    items.set(details.itemId, {
      ...previous,
      ...details,
      lastSeen: Math.max(newest, previous?.lastSeen ?? 0),
    });
  }
  return { items: [...items.values()], series: [...series.values()] };
}
