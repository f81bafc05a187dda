import { describe, expect, it } from 'vitest';
import { parseItemUrl } from './item-url';

describe('parseItemUrl', () => {
  it.each([
    ['https://www.aliexpress.com/item/1005001234567890.html', '1005001234567890'],
    [
      'https://es.aliexpress.com/item/1005002724686123.html?spm=a2g0o&gatewayAdapt=glo2esp',
      '1005002724686123',
    ],
    ['https://m.aliexpress.com/item/1005001234567890.html', '1005001234567890'],
    ['https://aliexpress.ru/item/1005008195850531.html', '1005008195850531'],
    ['https://www.aliexpress.com/i/1005001234567890.html', '1005001234567890'],
    ['https://www.aliexpress.com/item/Some-Old-Slug/32904053859.html', '32904053859'],
  ])('reads %s', (url, id) => {
    expect(parseItemUrl(url)).toEqual({ site: 'aliexpress', siteId: id, id });
  });

  it('maps aliexpress.us ids back to the global id', () => {
    expect(parseItemUrl('https://www.aliexpress.us/item/3256803382674519.html')).toEqual({
      site: 'aliexpress',
      siteId: '3256803382674519',
      id: '1005003568989271',
    });
  });

  it('reads alibaba.com product-detail pages', () => {
    expect(
      parseItemUrl(
        'https://www.alibaba.com/product-detail/Wireless-Earbuds-TWS_1600123456789.html',
      ),
    ).toEqual({ site: 'alibaba', siteId: '1600123456789', id: '1600123456789' });
  });

  it.each([
    'https://www.aliexpress.com/',
    'https://www.aliexpress.com/w/wholesale-phone-case.html',
    'https://www.aliexpress.com/store/1101234567',
    'https://www.aliexpress.com/item/not-a-number.html',
    'https://evil-aliexpress.com/item/1005001234567890.html',
    'https://www.aliexpress.com.evil.example/item/1005001234567890.html',
    'https://www.alibaba.com/showroom/earbuds.html',
    'chrome-extension://abc/item/1005001234567890.html',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parseItemUrl(url)).toBeNull();
  });
});
