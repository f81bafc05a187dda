/**
 * The hostile-page table itself: every case has its own page and address, and where a case needs no
 * browser (no page script), the page reader in Node already gives the outcome the case promises.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProduct } from '../../../src/extract/index';
import { HOSTILE_CASES } from './hostile-cases';
import { hostilePage, renderHostileCase } from './hostile-page';
import { hostileId, hostileProduct } from './hostile-product';

describe('the hostile-page corpus', () => {
  it('has at least 30 cases, each with its own number and name', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_CASES.map((c) => c.n)).size).toBe(HOSTILE_CASES.length);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
    for (const c of HOSTILE_CASES) expect(c.n).toBeGreaterThan(0);
  });

  it('serves each case at its own item address, and nothing at unknown ones', () => {
    for (const c of HOSTILE_CASES) expect(hostilePage(hostileId(c.n))).toContain('<!doctype html>');
    expect(hostilePage(hostileId(99))).toBeUndefined();
    expect(hostilePage('1005001000000101')).toBeUndefined();
  });

  const withoutScripts = HOSTILE_CASES.filter((c) => !c.head && !c.tail && c.shows !== 'gone');
  for (const c of withoutScripts) {
    it(`#${c.n} ${c.name}: the reader ${c.shows === 'ui' ? 'finds media' : 'fails plainly'}`, () => {
      const { document } = parseHTML(renderHostileCase(c));
      const result = extractProduct({ document, url: hostileProduct(c.n, {}).url });
      if (c.shows === 'ui') {
        expect(result.ok && result.product.media.length).toBeGreaterThan(0);
      } else {
        expect(result.ok).toBe(false);
      }
    });
  }
});
