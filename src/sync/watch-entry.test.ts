import { describe, expect, it } from 'vitest';
import { createWatch } from '../prices/alert-rules';
import { decodeWatch, encodeWatch, pageAddress, syncedFromWatch } from './watch-entry';

const id = '1005001234567890';

describe('a synced watch', () => {
  it('is a few short fields, without the usual page address', () => {
    const made = createWatch(
      { itemId: id, variantId: '12000001', currency: 'USD', rule: { kind: 'target', price: 9.5 } },
      { price: 12.99, at: 1_760_000_000_000 },
    );
    if (!made.ok) throw new Error(made.reason);
    const entry = syncedFromWatch(
      made.watch,
      `https://www.aliexpress.com/item/${id}.html?spm=x#top`,
    );
    expect(encodeWatch(entry)).toEqual({
      i: id,
      t: 1_760_000_000_000,
      v: '12000001',
      c: 'USD',
      g: 9.5,
      w: 12.99,
    });
    expect(decodeWatch(encodeWatch(entry))).toEqual(entry);
  });

  it('keeps another site’s address, a drop rule and alerts on rises', () => {
    const entry = {
      itemId: id,
      at: 5,
      watch: {
        variantId: '',
        currency: 'RUB',
        rule: { kind: 'drop' as const, percent: 15 },
        alertOnRise: true,
        priceWhenWatched: 1200,
        url: `https://aliexpress.ru/item/${id}.html`,
      },
    };
    expect(encodeWatch(entry)).toEqual({
      i: id,
      t: 5,
      c: 'RUB',
      d: 15,
      w: 1200,
      a: 1,
      u: `https://aliexpress.ru/item/${id}.html`,
    });
    expect(decodeWatch(encodeWatch(entry))).toEqual(entry);
    const { url: _url, ...noUrl } = entry.watch;
    expect(decodeWatch(encodeWatch({ ...entry, watch: noUrl }))).toEqual({
      ...entry,
      watch: noUrl,
    });
  });

  it('or a removal', () => {
    expect(encodeWatch({ itemId: id, at: 99, watch: null })).toEqual({ i: id, t: 99, x: 1 });
    expect(decodeWatch({ i: id, t: 99, x: 1 })).toEqual({ itemId: id, at: 99, watch: null });
  });

  it('is refused when damaged or unsafe', () => {
    const good = { i: id, t: 1, c: 'USD', g: 5, w: 6 };
    expect(decodeWatch(good)).not.toBeNull();
    for (const bad of [
      null,
      [],
      { ...good, i: 'abc' },
      { ...good, t: -1 },
      { ...good, c: 'usd' },
      { ...good, d: 10 },
      { i: id, t: 1, c: 'USD', w: 6 },
      { ...good, w: 0 },
      { ...good, u: 'javascript:alert(1)' },
      { ...good, u: 'http://www.aliexpress.com/item/1.html' },
      { ...good, u: 'https://www.aliexpress.com/item/1.html?x=1' },
    ]) {
      expect(decodeWatch(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('page addresses lose their query and fragment, and must be https', () => {
    expect(pageAddress('https://www.aliexpress.us/item/3.html?gatewayAdapt=x#a')).toBe(
      'https://www.aliexpress.us/item/3.html',
    );
    expect(pageAddress('http://www.aliexpress.us/item/3.html')).toBeUndefined();
    expect(pageAddress(`https://a.com/${'x'.repeat(600)}`)).toBeUndefined();
    expect(pageAddress(42)).toBeUndefined();
  });
});
