import { describe, expect, it } from 'vitest';
import { httpsUrl, updateItemRecord } from './item-record';

const T0 = Date.UTC(2025, 0, 1);

describe('updateItemRecord', () => {
  it('takes details from the newest sighting and keeps what a sighting lacks', () => {
    const first = updateItemRecord(undefined, '1', T0, { title: ' Cable ', site: 'aliexpress' });
    expect(first).toEqual({ itemId: '1', title: 'Cable', site: 'aliexpress', lastSeen: T0 });
    const newer = updateItemRecord(first, '1', T0 + 5, { title: 'Cable 2 m' });
    expect(newer).toEqual({
      itemId: '1',
      title: 'Cable 2 m',
      site: 'aliexpress',
      lastSeen: T0 + 5,
    });
    const older = updateItemRecord(newer, '1', T0 + 1, {
      title: 'Old title',
      image: 'https://ae01.alicdn.com/kf/a.jpg',
    });
    expect(older).toEqual({ ...newer, image: 'https://ae01.alicdn.com/kf/a.jpg' });
  });

  it('stores only https addresses and bounded titles', () => {
    const r = updateItemRecord(undefined, '1', T0, {
      title: 'x'.repeat(900),
      url: 'javascript:alert(1)',
      image: 'http://example.com/a.jpg',
    });
    expect(r.title).toHaveLength(500);
    expect(r).not.toHaveProperty('url');
    expect(r).not.toHaveProperty('image');
    expect(httpsUrl('https://www.aliexpress.com/item/1.html')).toBe(
      'https://www.aliexpress.com/item/1.html',
    );
    expect(httpsUrl('not a url')).toBeUndefined();
  });
});
