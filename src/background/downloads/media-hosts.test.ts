import { describe, expect, it } from 'vitest';
import { isMediaUrl } from './media-hosts';

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
