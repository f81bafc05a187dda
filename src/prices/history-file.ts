/** Reads an imported price history file of either kind the export writes: JSON or CSV. Pure. */
import { looksLikeHistoryCsv, parseCsvExport } from './csv-import';
import { parseExport, type ParseResult } from './export-format';

export function readHistoryFile(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  if (looksLikeHistoryCsv(body)) return parseCsvExport(body);
  if (/^\s*[{[]/.test(body)) return parseExport(body);
  return { ok: false, problem: { kind: 'not-ours' } };
}
