import { describe, expect, it } from 'vitest';
import { parseTargetPrice } from './target-price';

describe('target prices as typed', () => {
  it('read the ways prices are written, with or without the currency', () => {
    expect(parseTargetPrice('10')).toBe(10);
    expect(parseTargetPrice('9.99')).toBe(9.99);
    expect(parseTargetPrice('9,99')).toBe(9.99);
    expect(parseTargetPrice('1,100.50', 'MXN')).toBe(1100.5);
    expect(parseTargetPrice('1.100,50', 'MXN')).toBe(1100.5);
    expect(parseTargetPrice('1 100,50', 'MXN')).toBe(1100.5);
    expect(parseTargetPrice('1\u00a0000,50', 'RUB')).toBe(1000.5);
    expect(parseTargetPrice('MX$1,249.50', 'MXN')).toBe(1249.5);
    expect(parseTargetPrice('1 234,56 ₽', 'RUB')).toBe(1234.56);
    expect(parseTargetPrice(' $12 ', 'USD')).toBe(12);
  });

  it('refuse what is not one positive price', () => {
    for (const text of ['', 'abc', '0', '-5', '−5', '10 - 12', '10 or 12', '1e5x', '12%'])
      expect(parseTargetPrice(text, 'USD'), text).toBeUndefined();
  });
});
