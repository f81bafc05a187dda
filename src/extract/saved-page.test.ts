import { describe, expect, it } from 'vitest';
import { fixtureText, parseHtml } from './fixtures/load';
import { readSavedPage } from './saved-page';

describe('readSavedPage', () => {
  it('tells the kind of a file from its content', () => {
    const kind = (text: string): string => readSavedPage(text, parseHtml).kind;
    expect(kind(fixtureText('legacy-2018.html'))).toBe('html');
    expect(kind('\ufeff  <html><body></body></html>')).toBe('html');
    expect(kind('<!-- saved --><div></div>')).toBe('html');
    expect(kind(fixtureText('module-2021.js'))).toBe('script');
    expect(kind('window.runParams = {};')).toBe('script');
    expect(kind(fixtureText('mtop-pdp-2025.json'))).toBe('json');
    expect(kind('mtopjsonp12({"data":{}})')).toBe('jsonp');
    expect(kind('define(["a"], function () {})')).toBe('script');
  });

  it('puts recognised dumps into pageData and other JSON into scripts', () => {
    const dump = readSavedPage(fixtureText('aer-product-data.json'), parseHtml);
    expect(Object.keys(dump.input.pageData ?? {})).toEqual(['aerProductData']);
    const ld = '[{"@context":"https://schema.org","@type":"Product","name":"x"}]';
    expect(readSavedPage(ld, parseHtml).input).toEqual({ scripts: [ld] });
    expect(readSavedPage('{"truncated": ', parseHtml)).toEqual({
      kind: 'json',
      input: { scripts: ['{"truncated": '] },
    });
  });
});
