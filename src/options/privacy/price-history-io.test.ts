import { describe, expect, it } from 'vitest';
import { fileText, importMessage, priceHistoryFileName } from './price-history-io';

const NAME = 'prices.json';

describe('price history files', () => {
  it('are named by format and day', () => {
    const now = Date.UTC(2026, 2, 1, 23, 30);
    expect(priceHistoryFileName(now, 'json')).toBe('alikeep-price-history-2026-03-01.json');
    expect(priceHistoryFileName(now, 'csv')).toBe('alikeep-price-history-2026-03-01.csv');
  });

  it('start a CSV with a byte order mark and leave JSON as it is', () => {
    expect(fileText('a,b\r\n', 'csv')).toBe('\uFEFFa,b\r\n');
    expect(fileText('{}', 'json')).toBe('{}');
  });
});

describe('importMessage', () => {
  it('counts what an import added, or says it found nothing new', () => {
    expect(importMessage(NAME, { ok: true, added: { series: 4, points: 8, items: 1 } })).toEqual({
      tone: 'ok',
      key: 'priceImported',
      substitutions: [NAME, '4', '8', '1'],
    });
    expect(importMessage(NAME, { ok: true, added: { series: 0, points: 0, items: 0 } })).toEqual({
      tone: 'ok',
      key: 'priceImportNothingNew',
      substitutions: [NAME],
    });
  });

  it('names the problem of a refused file, with where it is', () => {
    const refused = (problem: Parameters<typeof importMessage>[1] & { ok: false }) =>
      importMessage(NAME, problem);
    expect(refused({ ok: false, problem: { kind: 'not-ours' } })).toEqual({
      tone: 'bad',
      key: 'priceImportNotOurs',
      substitutions: [NAME],
    });
    expect(refused({ ok: false, problem: { kind: 'newer-version', version: 3 } })).toMatchObject({
      key: 'priceImportNewer',
      substitutions: [NAME, '3'],
    });
    const json = { kind: 'damaged', where: 'items.0.url', detail: '' } as const;
    expect(refused({ ok: false, problem: json })).toMatchObject({
      key: 'priceImportDamaged',
      substitutions: [NAME, 'items.0.url'],
    });
    expect(refused({ ok: false, problem: { ...json, where: 'price', line: 7 } })).toMatchObject({
      key: 'priceImportDamagedLine',
      substitutions: [NAME, '7', 'price'],
    });
    expect(refused({ ok: false, problem: { kind: 'off' } })).toMatchObject({
      tone: 'bad',
      key: 'priceImportOff',
    });
  });
});
