/**
 * What the price history section of the privacy center needs besides its buttons: file names, the
 * bytes a saved file gets, and what to tell the user after an import. Pure; the words are message
 * keys with their substitutions, so the component only calls t().
 */
import type { ImportOutcome } from '../../background/prices/price-service';
import type { MessageKey } from '../../shared/i18n';

export type HistoryFormat = 'json' | 'csv';

/** The worker takes no more than this (messages.ts importPriceHistory). */
export const MAX_IMPORT_CHARS = 50_000_000;

/** `alikeep-price-history-2026-11-23.csv` */
export const priceHistoryFileName = (now: number, format: HistoryFormat) =>
  `alikeep-price-history-${new Date(now).toISOString().slice(0, 10)}.${format}`;

export const HISTORY_MIME: Record<HistoryFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
};

/** Spreadsheet programs read a CSV file as UTF-8 only when it starts with a byte order mark. */
export const fileText = (text: string, format: HistoryFormat) =>
  format === 'csv' ? `\uFEFF${text}` : text;

export interface ImportMessage {
  tone: 'ok' | 'bad';
  key: MessageKey;
  substitutions: string[];
}

type Problem = Extract<ImportOutcome, { ok: false }>['problem'];

/** A damaged CSV file names the line too: 'damaged-line'. */
const PROBLEM_KEYS: Record<Problem['kind'] | 'damaged-line', MessageKey> = {
  off: 'priceImportOff',
  empty: 'priceImportEmpty',
  'not-json': 'priceImportNotJson',
  'not-ours': 'priceImportNotOurs',
  'newer-version': 'priceImportNewer',
  'unknown-version': 'priceImportUnknownVersion',
  damaged: 'priceImportDamaged',
  'damaged-line': 'priceImportDamagedLine',
};

/** The substitutions after the file name, in the order the messages use them. */
function problemDetails(problem: Problem): string[] {
  if (problem.kind === 'newer-version') return [String(problem.version)];
  if (problem.kind !== 'damaged') return [];
  return problem.line === undefined ? [problem.where] : [String(problem.line), problem.where];
}

/** What to tell the user about importing `fileName`, from the worker's answer. */
export function importMessage(fileName: string, outcome: ImportOutcome): ImportMessage {
  if (outcome.ok) {
    const { series, points, items } = outcome.added;
    if (series === 0 && points === 0 && items === 0) {
      return { tone: 'ok', key: 'priceImportNothingNew', substitutions: [fileName] };
    }
    return {
      tone: 'ok',
      key: 'priceImported',
      substitutions: [fileName, String(series), String(points), String(items)],
    };
  }
  const { problem } = outcome;
  const inCsv = problem.kind === 'damaged' && problem.line !== undefined;
  return {
    tone: 'bad',
    key: PROBLEM_KEYS[inCsv ? 'damaged-line' : problem.kind],
    substitutions: [fileName, ...problemDetails(problem)],
  };
}
