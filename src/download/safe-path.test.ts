import { describe, expect, it } from 'vitest';
import {
  cleanName,
  DEFAULT_LIMITS,
  finishSegment,
  fitSegments,
  isSafeRelativePath,
  isSafeSegment,
  isWindowsReservedName,
  pathKey,
} from './safe-path';
import { utf8Length } from './text-length';

const segment = (text: string, maxBytes = 255) => finishSegment(cleanName(text), { maxBytes });

describe('cleanName', () => {
  it('drops bidi controls, zero-width and control characters', () => {
    expect(cleanName('a\u202Eb\u202Ac\u2066d\u2069e\u200Ef\u200Fg\u061Ch')).toBe('abcdefgh');
    expect(cleanName('zero\u200Bwidth\u200C\u200D\uFEFF\u00AD')).toBe('zerowidth');
    expect(cleanName('c0\u0000\u0001\u001F\u007F c1\u0080\u009F')).toBe('c0 c1');
    expect(cleanName('lone \uD800 surrogate \uDFFF')).toBe('lone surrogate ');
    expect(cleanName('non\uFFFEchar\uFDD0 private\uE000\uF022')).toBe('nonchar private');
    expect(cleanName('\u3164\u115F')).toBe('');
  });

  it('turns every whitespace run into one space', () => {
    expect(cleanName('a\t\tb\r\nc\u3000d\u00A0\u2028e\u0085f')).toBe('a b c d e f');
  });

  it('replaces reserved characters with look-alikes, including ~ and %', () => {
    expect(cleanName('a/b\\c:d*e?f"g<h>i|j~k%l')).toBe('a⧸b⧹c：d＊e？f＂g＜h＞i｜j～k％l');
  });

  it('keeps letters of every script, emoji and marks, in NFC', () => {
    expect(cleanName('Привет 中文 مرحبا שלום हिन्दी 😀 🇺🇸')).toBe(
      'Привет 中文 مرحبا שלום हिन्दी 😀 🇺🇸',
    );
    expect(cleanName('e\u0301')).toBe('é');
    // The ZWJ of an emoji sequence is a format character, which Chrome refuses.
    expect(cleanName('👨\u200D👩\u200D👧')).toBe('👨👩👧');
  });

  it('is idempotent', () => {
    const once = cleanName('x\u200B\u0301 <a> ~ \t');
    expect(cleanName(once)).toBe(once);
  });
});

describe('finishSegment', () => {
  it('trims dots and spaces at both ends', () => {
    expect(segment('  ..hello world..  ')).toBe('hello world');
    expect(segment('...')).toBe('untitled');
    expect(segment('')).toBe('untitled');
  });

  it.each([
    ['CON', 'CON_'],
    ['con.txt', 'con_.txt'],
    ['Nul.tar.gz', 'Nul_.tar.gz'],
    ['aux', 'aux_'],
    ['PRN .jpg', 'PRN_ .jpg'],
    ['COM1', 'COM1_'],
    ['com0', 'com0_'],
    ['LPT9.x', 'LPT9_.x'],
    ['COM¹', 'COM¹_'],
    ['lpt³.png', 'lpt³_.png'],
    ['CONIN$', 'CONIN$_'],
    ['clock$', 'clock$_'],
    ['desktop.ini', 'desktop_.ini'],
    ['Thumbs.db', 'Thumbs_.db'],
    ['x.lnk', 'x.lnk_'],
    ['x.LOCAL', 'x.LOCAL_'],
    ['x.{21EC2020-3AEA-1069-A2DD-08002B30309D}', 'x.{21EC2020-3AEA-1069-A2DD-08002B30309D}_'],
  ])('renames the reserved name %j', (input, expected) => {
    expect(segment(input)).toBe(expected);
    expect(isSafeSegment(expected)).toBe(true);
  });

  it('leaves names that only start like a device', () => {
    expect(segment('CONSOLE')).toBe('CONSOLE');
    expect(segment('com10')).toBe('com10');
    expect(segment('NUL (2)')).toBe('NUL (2)');
  });

  it('cuts to the byte limit between graphemes', () => {
    const out = segment('😀'.repeat(100), 255);
    expect(utf8Length(out)).toBeLessThanOrEqual(255);
    expect(out).toBe('😀'.repeat(63));
    const flags = segment('🇺🇸'.repeat(40), 30);
    expect(flags).toBe('🇺🇸'.repeat(3));
  });

  it('cuts a grapheme longer than the limit between code points', () => {
    const zalgo = 'a' + '\u0301\u0316'.repeat(200);
    const out = segment(zalgo, 50);
    expect(utf8Length(out)).toBeLessThanOrEqual(50);
    expect(out.startsWith('á')).toBe(true);
  });

  it('keeps the tail whole and trims the cut end', () => {
    const out = finishSegment('word '.repeat(100), { maxBytes: 40, tail: ' (2)' });
    expect(out).toMatch(/^word word .*[^ ] \(2\)$/);
    expect(utf8Length(out)).toBeLessThanOrEqual(40);
  });
});

describe('fitSegments', () => {
  it('leaves a short path alone', () => {
    expect(fitSegments([{ body: 'AliExpress' }, { body: 'Lamp' }, { body: 'gallery-1' }])).toEqual([
      'AliExpress',
      'Lamp',
      'gallery-1',
    ]);
  });

  it('shortens the file name first, then the longest folder, within the path budget', () => {
    const out = fitSegments([
      { body: 'a'.repeat(150) },
      { body: 'b'.repeat(20) },
      { body: 'c'.repeat(150) },
    ]);
    expect(out[0]).toBe('a'.repeat(150));
    expect(out[2]).toBe('c'.repeat(22));
    expect(out.join('/').length + 6).toBeLessThanOrEqual(DEFAULT_LIMITS.maxPathLength);
  });

  it('drops outer folders when nothing else fits', () => {
    const out = fitSegments(Array.from({ length: 150 }, () => ({ body: 'folder' })));
    expect(out.join('/').length + 6).toBeLessThanOrEqual(DEFAULT_LIMITS.maxPathLength);
    expect(isSafeRelativePath(`${out.join('/')}.jpg`)).toBe(true);
  });
});

describe('checks', () => {
  it('isSafeRelativePath refuses what chrome.downloads refuses', () => {
    expect(isSafeRelativePath('AliExpress/Lamp (1)/gallery-1.jpg')).toBe(true);
    for (const bad of [
      '',
      '/abs.jpg',
      'a//b.jpg',
      '../up.jpg',
      'a/./b.jpg',
      'a/b.',
      ' a.jpg',
      'a~b.jpg',
      'a%20.jpg',
      'CON.jpg',
      'a\u202E.jpg',
      'x.lnk',
    ])
      expect(isSafeRelativePath(bad), bad).toBe(false);
  });

  it('isWindowsReservedName matches Chromium and the Windows docs', () => {
    expect(isWindowsReservedName('com²')).toBe(true);
    expect(isWindowsReservedName('con.anything')).toBe(true);
    expect(isWindowsReservedName('icon')).toBe(false);
  });

  it('pathKey folds case and normalization', () => {
    expect(pathKey('A/Café.JPG')).toBe(pathKey('a/Cafe\u0301.jpg'));
  });
});
