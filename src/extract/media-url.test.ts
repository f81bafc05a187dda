import { describe, expect, it } from 'vitest';
import { httpsUrl, mediaKey, normalizeVideoUrl, originalImageUrl, videoUrl } from './media-url';

const KF = 'https://ae01.alicdn.com/kf/';

describe('originalImageUrl', () => {
  it.each([
    [`${KF}Habc1234567/Name.jpg_640x640.jpg`, `${KF}Habc1234567/Name.jpg`],
    [`${KF}Habc1234567/Name.jpg_50x50.jpg`, `${KF}Habc1234567/Name.jpg`],
    [`${KF}Habc1234567/Name.jpg_Q90.jpg_.webp`, `${KF}Habc1234567/Name.jpg`],
    [`${KF}Habc1234567/Name.jpg_640x640q75.jpg_.webp`, `${KF}Habc1234567/Name.jpg`],
    [`${KF}Habc1234567/Name.jpg_640x640.jpg_220x220.jpg`, `${KF}Habc1234567/Name.jpg`],
    [`${KF}Sabc1234567.jpg_220x220q75.jpg_.avif`, `${KF}Sabc1234567.jpg`],
    [`${KF}Sabc1234567.png_350x350xz.png`, `${KF}Sabc1234567.png`],
    [`${KF}Sabc1234567.jpeg_.webp`, `${KF}Sabc1234567.jpeg`],
    [`${KF}Sabc1234567_220x220.jpg`, `${KF}Sabc1234567.jpg`],
    [`${KF}Sabc1234567_Q90.jpg`, `${KF}Sabc1234567.jpg`],
    ['//ae01.alicdn.com/kf/Sabc1234567.jpg', `${KF}Sabc1234567.jpg`],
    ['http://ae01.alicdn.com/kf/Sabc1234567.JPG_640x640.JPG', `${KF}Sabc1234567.JPG`],
    // an icon path keeps its size-named file
    [
      `${KF}Sff51c15bbcf44790874819ef6628cc8aC/48x48.png`,
      `${KF}Sff51c15bbcf44790874819ef6628cc8aC/48x48.png`,
    ],
    // description images keep their query
    [
      'https://pdp.aliexpress-media.com/kf/Sabc1234567.jpg?width=800&height=600&hash=1400',
      'https://pdp.aliexpress-media.com/kf/Sabc1234567.jpg?width=800&height=600&hash=1400',
    ],
  ])('%s', (raw, original) => {
    expect(originalImageUrl(raw)).toBe(original);
  });

  it.each([
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    '/kf/Sabc.jpg',
    'ftp://ae01.alicdn.com/kf/Sabc.jpg',
    'https://user:pw@ae01.alicdn.com/kf/Sabc.jpg',
    'https://localhost/x.jpg',
    `https://ae01.alicdn.com/${'a'.repeat(3000)}.jpg`,
    '',
    42,
  ])('refuses %j', (raw) => {
    expect(originalImageUrl(raw)).toBeUndefined();
  });
});

describe('mediaKey', () => {
  it('names slug and bare forms, sizes and hosts of one image alike', () => {
    const keys = [
      `${KF}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA/Some-Product-Name.jpg`,
      `${KF}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg`,
      `${KF}Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg_220x220q75.jpg_.avif`,
      'https://ae-pic-a1.aliexpress-media.com/kf/Sa1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aA.jpg',
    ].map(mediaKey);
    expect(new Set(keys).size).toBe(1);
    expect(mediaKey(`${KF}Sb1e2f3a4b5c64d7e8f9a0b1c2d3e4f5aB.jpg`)).not.toBe(keys[0]);
  });

  it('uses host and path for other URLs', () => {
    expect(mediaKey('https://Example.com/a.jpg?x=1')).toBe('example.com/a.jpg');
  });
});

describe('video URLs', () => {
  it('builds the player URL from the ids, with or without the uploader id', () => {
    expect(videoUrl('2200112233', '300112233445')).toBe(
      'https://video.aliexpress-media.com/play/u/ae_sg_item/2200112233/p/1/e/6/t/10301/300112233445.mp4',
    );
    expect(videoUrl(undefined, '300112233445')).toBe(
      'https://video.aliexpress-media.com/play/u/ae_sg_item/p/1/e/6/t/10301/300112233445.mp4',
    );
    expect(videoUrl('../x', '1')).toBeUndefined();
    expect(videoUrl(undefined, '1.mp4')).toBeUndefined();
  });

  it('moves the legacy taobao player path to the current host', () => {
    expect(
      normalizeVideoUrl(
        '//cloud.video.taobao.com/play/u/2200112233/p/1/e/6/t/10301/300112233445.mp4',
      ),
    ).toBe(
      'https://video.aliexpress-media.com/play/u/ae_sg_item/2200112233/p/1/e/6/t/10301/300112233445.mp4',
    );
    expect(normalizeVideoUrl('http://example.com/v.mp4#t=3')).toBe('https://example.com/v.mp4');
  });
});

describe('httpsUrl', () => {
  it('upgrades, completes and cleans URLs', () => {
    expect(httpsUrl('//www.aliexpress.com/store/912233')).toBe(
      'https://www.aliexpress.com/store/912233',
    );
    expect(httpsUrl(' http://a.example/x#frag ')).toBe('https://a.example/x');
    expect(httpsUrl('https:/broken')).toBeUndefined();
  });
});
