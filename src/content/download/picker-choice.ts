/**
 * What the picker has chosen, as files keep arriving after it opened (the description's images,
 * a page that finishes rendering). A file that arrives is chosen as the settings say, unless the
 * shopper has already changed the choice in its group; a file the shopper unticked stays unticked.
 */
import type { Media, MediaKind } from '../../extract/model';

export interface Choice {
  chosen: ReadonlySet<string>;
  /** Every URL the picker has offered so far. */
  offered: ReadonlySet<string>;
  /** Groups whose choice the shopper changed. */
  decided: ReadonlySet<MediaKind>;
}

export type ChosenAtFirst = (m: Media) => boolean;

export function firstChoice(media: readonly Media[], atFirst: ChosenAtFirst): Choice {
  return {
    chosen: new Set(media.filter(atFirst).map((m) => m.url)),
    offered: new Set(media.map((m) => m.url)),
    decided: new Set(),
  };
}

/** The choice once `media` (all the picker offers now) may hold files it did not offer before. */
export function withArrivals(
  choice: Choice,
  media: readonly Media[],
  atFirst: ChosenAtFirst,
): Choice {
  const arrived = media.filter((m) => !choice.offered.has(m.url));
  if (arrived.length === 0) return choice;
  const chosen = new Set(choice.chosen);
  const offered = new Set(choice.offered);
  for (const m of arrived) {
    offered.add(m.url);
    if (!choice.decided.has(m.kind) && atFirst(m)) chosen.add(m.url);
  }
  return { ...choice, chosen, offered };
}

/** The shopper ticks (`on`) or unticks `urls`, one file or a whole group. */
export function toggled(
  choice: Choice,
  media: readonly Media[],
  urls: readonly string[],
  on: boolean,
): Choice {
  const chosen = new Set(choice.chosen);
  const decided = new Set(choice.decided);
  const picked = new Set(urls);
  for (const m of media) {
    if (!picked.has(m.url)) continue;
    decided.add(m.kind);
    if (on) chosen.add(m.url);
    else chosen.delete(m.url);
  }
  return { ...choice, chosen, decided };
}
