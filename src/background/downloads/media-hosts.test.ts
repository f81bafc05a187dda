import { describe, expect, it } from 'vitest';
import { isDescriptionUrl, isMediaUrl } from './media-hosts';

const DESC =
  'https://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm?productId=1005001000000101&key=x&token=1';

describe('media hosts', () => {
  it('accepts the CDN hosts of AliExpress and Alibaba over https', () => {
    expect(isMediaUrl('https://ae01.alicdn.com/kf/Sabc.jpg')).toBe(true);
    expect(isMediaUrl('https://sc04.alicdn.com/kf/Sabc.jpg')).toBe(true);
    expect(isMediaUrl('https://video.aliexpress-media.com/play/u/1/p/1/e/6/t/10301/2.mp4')).toBe(
      true,
    );
  });

  it.each([
    'http://ae01.alicdn.com/kf/a.jpg',
    'https://alicdn.com.evil.example/kf/a.jpg',
    'https://evilalicdn.com/kf/a.jpg',
    'https://user:pw@ae01.alicdn.com/kf/a.jpg',
    'https://ae01.alicdn.com:8443/kf/a.jpg',
    'https://www.aliexpress.com/item/1.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isMediaUrl(url)).toBe(false);
  });
});

describe('isDescriptionUrl', () => {
  it('accepts the declared description hosts over https', () => {
    expect(isDescriptionUrl(DESC)).toBe(true);
    expect(isDescriptionUrl('https://pdp.aliexpress-media.com/desc/1005008000000404/pc.htm')).toBe(
      true,
    );
    expect(
      isDescriptionUrl(
        'https://www.alibaba.com/event/app/mainAction/desc.htm?detailId=1600000000707&language=en',
      ),
    ).toBe(true);
  });

  it.each([
    'http://aeproductsourcesite.alicdn.com/product/description/pc/v2/en_US/desc.htm',
    'https://evil.example/desc.htm',
    'https://aeproductsourcesite.alicdn.com.evil.example/desc.htm',
    'https://user:pw@aeproductsourcesite.alicdn.com/desc.htm',
    'https://aeproductsourcesite.alicdn.com:8443/desc.htm',
    // a media host, but not one that serves descriptions
    'https://ae01.alicdn.com/kf/Sabc.jpg',
    // the shop itself, outside the description path
    'https://www.alibaba.com/product-detail/x_1600000000707.html',
    'https://www.aliexpress.com/item/1005001000000101.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isDescriptionUrl(url)).toBe(false);
  });
});
