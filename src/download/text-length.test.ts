import { describe, expect, it } from 'vitest';
import { splitGraphemes, truncateText, utf8Length } from './text-length';

describe('utf8Length', () => {
  it('counts like TextEncoder, lone surrogates as U+FFFD', () => {
    for (const text of ['', 'abc', 'Ж', '中', '😀', '🇺🇸', 'e\u0301', '\uD800', 'a\uDC00b'])
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('truncateText', () => {
  it('respects both limits', () => {
    expect(truncateText('abcdef', { maxLength: 3 })).toBe('abc');
    expect(truncateText('ЖЖЖ', { maxBytes: 5 })).toBe('ЖЖ');
    expect(truncateText('short', { maxBytes: 100 })).toBe('short');
  });

  it('never splits a grapheme that fits whole', () => {
    expect(truncateText('👨‍👩‍👧👨‍👩‍👧', { maxLength: 10 })).toBe('👨‍👩‍👧');
    expect(truncateText('ab🇺🇸', { maxLength: 3 })).toBe('ab');
  });

  it('works on text far longer than the limit', () => {
    expect(truncateText('é'.repeat(100_000), { maxBytes: 7 })).toBe('ééé');
  });
});

describe('splitGraphemes', () => {
  it('splits into user-perceived characters', () => {
    expect(splitGraphemes('ae\u0301🇺🇸👍🏽')).toEqual(['a', 'e\u0301', '🇺🇸', '👍🏽']);
  });

  it('segments only the start of a long text when asked, leaving out a cut grapheme', () => {
    const parts = splitGraphemes('😀'.repeat(1000), 10);
    expect(parts.length).toBeLessThan(100);
    expect(parts.every((p) => p === '😀')).toBe(true);
  });
});
