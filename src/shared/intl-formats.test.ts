import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from './intl-formats';

describe('Intl formats', () => {
  it('are built once per locale and options, and apart for any difference', () => {
    const euro = numberFormat('de', { style: 'currency', currency: 'EUR' });
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' })).toBe(euro);
    expect(numberFormat('de', { style: 'currency', currency: 'USD' })).not.toBe(euro);
    expect(numberFormat('fr', { style: 'currency', currency: 'EUR' })).not.toBe(euro);
    expect(dateFormat('de', { dateStyle: 'long' })).toBe(dateFormat('de', { dateStyle: 'long' }));
  });

  it('throw for an invalid currency every time, and keep working for valid ones after', () => {
    for (let i = 0; i < 2; i++)
      expect(() => numberFormat('de', { style: 'currency', currency: 'US' })).toThrow(RangeError);
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' }).format(1)).toMatch(/1,00/);
  });

  it('stay correct past the cache size', () => {
    for (let digits = 0; digits < 100; digits++) {
      const format = numberFormat('en', { minimumFractionDigits: digits % 21 });
      expect(format.format(1)).toBe(digits % 21 === 0 ? '1' : `1.${'0'.repeat(digits % 21)}`);
    }
  });
});
