import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, hasErrors, parseTemplate, validateTemplate } from './template-syntax';

const codes = (template: string) => validateTemplate(template).map((i) => i.code);

describe('parseTemplate', () => {
  it('accepts the default template without issues', () => {
    expect(validateTemplate(DEFAULT_TEMPLATE)).toEqual([]);
  });

  it('reports unknown tokens with their position and a suggestion', () => {
    const [issue] = validateTemplate('AliExpress/{titel}/{index}.{ext}');
    expect(issue).toMatchObject({ severity: 'error', code: 'unknown-token', start: 11, end: 18 });
    expect(issue?.message).toContain('{title}');
    expect(codes('{nope}/{index}.{ext}')).toEqual(['unknown-token']);
  });

  it('reports braces, empty names, dot names and absolute paths', () => {
    expect(codes('{title/{index}.{ext}')).toContain('unclosed-brace');
    expect(codes('a}/{index}.{ext}')).toContain('unmatched-brace');
    expect(codes('a//{index}.{ext}')).toEqual(['empty-folder']);
    expect(codes('a/{index}.{ext}/')).toContain('empty-folder');
    expect(codes('../{index}.{ext}')).toEqual(['dot-folder']);
    expect(codes('/abs/{index}.{ext}')).toEqual(['absolute-path']);
    expect(codes('C:\\x\\{index}.{ext}')).toEqual(['absolute-path']);
    expect(codes('')).toContain('empty-template');
    expect(codes('a/'.repeat(10) + '{index}.{ext}')).toEqual(['too-deep']);
    expect(codes('x'.repeat(301))).toContain('too-long');
  });

  it('allows {ext} only at the end, and warns when it or {index} is missing', () => {
    expect(codes('{ext}/{index}.{ext}')).toEqual(['ext-not-at-end']);
    expect(codes('{title}-{index}')).toEqual(['no-ext']);
    expect(codes('{title}.{ext}')).toEqual(['no-index']);
    expect(hasErrors(validateTemplate('{title}'))).toBe(false);
  });

  it('reads {{ and }} as literal braces and ignores token case', () => {
    const parsed = parseTemplate('{{x}}/{TITLE}-{Index}.{ext}');
    expect(parsed.issues).toEqual([]);
    expect(parsed.segments).toEqual([
      [{ text: '{x}' }],
      [{ token: 'title' }, { text: '-' }, { token: 'index' }],
    ]);
  });

  it('treats a backslash as a folder separator', () => {
    expect(parseTemplate('a\\{index}.{ext}').segments).toHaveLength(2);
  });
});
