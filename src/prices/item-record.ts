/**
 * What we keep about a tracked item besides its prices: enough for the popup and the options page to
 * show it (title, picture, link) without opening the page. One record per item id. Pure.
 */
import type { Site } from '../extract/model';

export interface ItemRecord {
  itemId: string;
  title?: string;
  /** https only: the popup puts it in an <img>. */
  image?: string;
  /** https only: the popup links to it. */
  url?: string;
  site?: Site;
  /** Epoch ms of the newest observation of any of its series. */
  lastSeen: number;
}

export type ItemDetails = Partial<Pick<ItemRecord, 'title' | 'image' | 'url' | 'site'>>;

export const MAX_TITLE_LENGTH = 500;
export const MAX_URL_LENGTH = 2048;

/** An https URL short enough to store, or undefined. */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function cleanDetails(details: ItemDetails): ItemDetails {
  const title = details.title?.trim().slice(0, MAX_TITLE_LENGTH);
  const image = httpsUrl(details.image);
  const url = httpsUrl(details.url);
  return {
    ...(title && { title }),
    ...(image && { image }),
    ...(url && { url }),
    ...(details.site && { site: details.site }),
  };
}

/**
 * The record after seeing the item at `seenAt`. Details from the newest sighting win; a sighting that
 * lacks a detail (a recheck that read only the price) keeps the one we had.
 */
export function updateItemRecord(
  existing: ItemRecord | undefined,
  itemId: string,
  seenAt: number,
  details: ItemDetails = {},
): ItemRecord {
  const base: ItemRecord = existing ?? { itemId, lastSeen: seenAt };
  const newer = seenAt >= base.lastSeen;
  const clean = cleanDetails(details);
  return {
    ...(newer ? { ...base, ...clean } : { ...clean, ...base }),
    itemId,
    lastSeen: Math.max(base.lastSeen, seenAt),
  };
}
