import { describe, expect, it } from 'vitest';
import { buildExport, importedRecords, toCsv, toJson } from './export-format';
import { readHistoryFile } from './history-file';

const T0 = Date.UTC(2025, 0, 1);
const file = buildExport(
  [{ itemId: '42', lastSeen: T0 }],
  [{ itemId: '42', variantId: '', currency: 'USD', points: [{ at: T0, price: 1 }], lastSeen: T0 }],
  T0,
);

describe('readHistoryFile', () => {
  it('reads both kinds of export to the same history', () => {
    const json = readHistoryFile(toJson(file));
    const csv = readHistoryFile(toCsv(file));
    if (!json.ok || !csv.ok) throw new Error('both must parse');
    expect(importedRecords(csv.file)).toEqual(importedRecords(json.file));
    expect(importedRecords(csv.file).series).toHaveLength(1);
  });

  it('says what is wrong with anything else', () => {
    expect(readHistoryFile('')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readHistoryFile('\uFEFF  \r\n')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readHistoryFile('%PDF-1.7\n...')).toEqual({ ok: false, problem: { kind: 'not-ours' } });
    expect(readHistoryFile('date,price\n2025-01-01,3')).toEqual({
      ok: false,
      problem: { kind: 'not-ours' },
    });
    expect(readHistoryFile(toJson(file).slice(0, 40))).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    });
  });
});
