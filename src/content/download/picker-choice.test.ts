import { describe, expect, it } from 'vitest';
import type { Media } from '../../extract/model';
import { firstChoice, toggled, withArrivals } from './picker-choice';

const gallery = (n: number): Media => ({
  kind: 'gallery',
  url: `https://ae01.alicdn.com/kf/G${n}.jpg`,
});
const described = (n: number): Media => ({
  kind: 'description',
  url: `https://ae01.alicdn.com/kf/D${n}.jpg`,
});
const video: Media = { kind: 'video', url: 'https://video.aliexpress-media.com/v.mp4' };
const everything = () => true;
const noVideos = (m: Media) => m.kind !== 'video';

describe('the picker’s choice', () => {
  it('starts with what the settings choose', () => {
    const choice = firstChoice([gallery(1), video], noVideos);
    expect([...choice.chosen]).toEqual([gallery(1).url]);
  });

  it('chooses files that arrive later as the settings say', () => {
    const media = [gallery(1), described(1)];
    let choice = firstChoice(media, everything);
    choice = withArrivals(choice, [...media, described(2), video], noVideos);
    expect(choice.chosen.has(described(2).url)).toBe(true);
    expect(choice.chosen.has(video.url)).toBe(false);
  });

  it('never brings back a file the shopper unticked when more of its group arrive', () => {
    const media = [gallery(1), described(1)];
    let choice = firstChoice(media, everything);
    choice = toggled(choice, media, [described(1).url], false);
    const later = [...media, described(2), gallery(2)];
    choice = withArrivals(choice, later, everything);
    expect(choice.chosen.has(described(1).url)).toBe(false);
    // The shopper changed the description group: its new files wait to be ticked; others join.
    expect(choice.chosen.has(described(2).url)).toBe(false);
    expect(choice.chosen.has(gallery(2).url)).toBe(true);
    // The same media again change nothing.
    expect(withArrivals(choice, later, everything)).toBe(choice);
  });

  it('keeps a group the shopper ticked in full ticked as its files arrive', () => {
    const media = [gallery(1), described(1)];
    let choice = firstChoice(media, noVideos);
    choice = toggled(choice, media, [described(1).url], true);
    choice = withArrivals(choice, [...media, described(2)], (m) => m.kind === 'gallery');
    expect(choice.chosen.has(described(2).url)).toBe(false);
    choice = toggled(choice, [...media, described(2)], [described(1).url, described(2).url], true);
    expect(choice.chosen.has(described(2).url)).toBe(true);
  });
});
