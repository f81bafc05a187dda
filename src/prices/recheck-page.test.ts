import { describe, expect, it } from 'vitest';
import { fixtureText } from '../extract/fixtures/load';
import { inlineScripts, readRecheckPage, recheckStep } from './recheck-page';

describe('a background recheck of a fetched item page', () => {
  it.each([
    ['legacy-2018.html', 'https://www.aliexpress.com/item/32911223344.html', '32911223344'],
    // .us ids are the global id + 2^51: the product carries the global one.
    [
      'module-us-2022.html',
      'https://www.aliexpress.us/item/3256804269353036.html',
      '1005004455667788',
    ],
  ])('reads the price from HTML that carries it (%s)', (file, url, id) => {
    const read = readRecheckPage(200, fixtureText(file), url, id);
    expect(read.kind).toBe('product');
    if (read.kind === 'product') {
      expect(read.product.price?.current).toBeGreaterThan(0);
      expect(read.product.currency).toMatch(/^[A-Z]{3}$/);
    }
    // The same page for another item is not a reading of this one.
    expect(readRecheckPage(200, fixtureText(file), url, '1234567').kind).toBe('error');
  });

  it('sends a client-rendered shell to a tab instead of guessing', () => {
    const html = fixtureText('csr-shell-2026.html');
    const read = readRecheckPage(
      200,
      html,
      'https://www.aliexpress.com/item/1005006000000001.html',
      '1005006000000001',
    );
    expect(read.kind).toBe('needs-tab');
  });

  it('tells a captcha, a block and an error apart', () => {
    const url = 'https://www.aliexpress.com/item/1005001000000101.html';
    const captcha =
      '<!doctype html><title>Security check</title><div id="captcha">Slide to verify</div>';
    expect(readRecheckPage(200, captcha, url, '1005001000000101').kind).toBe('captcha');
    expect(readRecheckPage(429, '', url, '1005001000000101').kind).toBe('blocked');
    expect(readRecheckPage(403, '', url, '1005001000000101').kind).toBe('blocked');
    expect(readRecheckPage(502, '', url, '1005001000000101')).toEqual({
      kind: 'error',
      message: 'HTTP 502',
    });
  });

  it('keeps only inline script texts', () => {
    expect(
      inlineScripts(
        '<script src="a.js"></script><script>var a=1</script><SCRIPT type="x">b</SCRIPT >',
      ),
    ).toEqual(['var a=1', 'b']);
  });

  it('opens a tab for a client-rendered page only when background tabs are allowed', () => {
    const shell = readRecheckPage(
      200,
      fixtureText('csr-shell-2026.html'),
      'https://www.aliexpress.com/item/1005006000000001.html',
      '1005006000000001',
    );
    expect(recheckStep(shell, true)).toEqual({ kind: 'open-tab' });
    expect(recheckStep(shell, false)).toEqual({ kind: 'done', outcome: 'tabs-off' });
    const legacy = readRecheckPage(
      200,
      fixtureText('legacy-2018.html'),
      'https://www.aliexpress.com/item/32911223344.html',
      '32911223344',
    );
    expect(recheckStep(legacy, false).kind).toBe('record');
    // A captcha or a block is a failure whatever the tab choice; never a tab to get around it.
    expect(recheckStep({ kind: 'captcha' }, true)).toEqual({ kind: 'done', outcome: 'captcha' });
    expect(recheckStep({ kind: 'blocked' }, false)).toEqual({ kind: 'done', outcome: 'blocked' });
    expect(recheckStep({ kind: 'error', message: 'HTTP 502' }, true)).toEqual({
      kind: 'done',
      outcome: 'error',
    });
  });
});
