/**
 * The synced watchlist laid out within storage.sync's quotas: a header (key `syncedWatchlist`) and
 * up to twelve parts of entries, each item under the 8 KB per-key limit and all of them, with the
 * preferences, under the 100 KB total. Removals go first (the newest, at most MAX_REMOVALS, for
 * REMOVAL_DAYS), then watches, newest first, as many as fit; the rest is counted, not synced.
 *
 * The header holds the format and each part's fingerprint: a browser that has received the header
 * and only some parts of a newer copy reads it as incomplete and waits for the rest. Pure.
 */
import * as v from 'valibot';
import { canonicalJson } from './canonical-json';
import { partHash } from './part-hash';
import { itemBytes, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from './quota';
import { watchlistPartKeys, type WatchlistPartKey } from './sync-keys';
import { storageKeys } from '../shared/storage-keys';
import { decodeWatch, encodeWatch, type EncodedWatch, type SyncedWatch } from './watch-entry';

export const WATCHLIST_FORMAT = 1;
/** Room kept under each quota, so that rounding in how a browser counts never tips an item over. */
export const SAFETY_BYTES = 64;
export const MAX_REMOVALS = 100;
export const REMOVAL_DAYS = 90;
const DAY = 24 * 3600 * 1000;

export interface WatchlistHeader {
  /** Format of the copy. */
  f: number;
  /** Fingerprint of each part in use, in order; parts after the last are empty. */
  h: string[];
}

export type WatchlistParts = Record<WatchlistPartKey, EncodedWatch[]>;

export interface PackedWatchlist {
  header: WatchlistHeader;
  parts: WatchlistParts;
  /** Watches (not removals) given, and how many of them are in the copy. */
  watches: { total: number; synced: number };
}

const header = storageKeys.syncedWatchlist;

/** The header's largest possible size: every part in use, each fingerprint at its longest. */
function headerBudget(): number {
  const longest: WatchlistHeader = {
    f: WATCHLIST_FORMAT,
    h: watchlistPartKeys.map(() => (2 ** 32 - 1).toString(36)),
  };
  return itemBytes(header, longest);
}

/** What goes in, in order: recent removals (newest first, capped), then watches, newest first. */
export function entriesToSync(entries: SyncedWatch[], now: number): SyncedWatch[] {
  const newest = (a: SyncedWatch, b: SyncedWatch) => b.at - a.at || (a.itemId < b.itemId ? -1 : 1);
  const removals = entries
    .filter((e) => e.watch === null && e.at >= now - REMOVAL_DAYS * DAY)
    .sort(newest)
    .slice(0, MAX_REMOVALS);
  const watches = entries.filter((e) => e.watch !== null).sort(newest);
  return [...removals, ...watches];
}

/**
 * Lays the entries out. `otherBytes` is what the rest of the synced copy (the preferences) takes
 * of the total quota.
 */
export function packWatchlist(
  entries: SyncedWatch[],
  now: number,
  otherBytes: number,
): PackedWatchlist {
  const ordered = entriesToSync(entries, now);
  const emptyParts = watchlistPartKeys.reduce((n, key) => n + itemBytes(key, []), 0);
  let room = QUOTA_BYTES - SAFETY_BYTES - otherBytes - headerBudget() - emptyParts;
  const parts = Object.fromEntries(
    watchlistPartKeys.map((k) => [k, [] as EncodedWatch[]]),
  ) as WatchlistParts;
  let index = 0;
  let partSize = itemBytes(watchlistPartKeys[0], []);
  let synced = 0;
  for (const entry of ordered) {
    const encoded = encodeWatch(entry);
    const size = itemBytes('', encoded);
    let key = watchlistPartKeys[index]!;
    const comma = parts[key].length > 0 ? 1 : 0;
    let grows = size + comma;
    if (partSize + grows > QUOTA_BYTES_PER_ITEM - SAFETY_BYTES) {
      index += 1;
      if (index >= watchlistPartKeys.length) break;
      key = watchlistPartKeys[index]!;
      partSize = itemBytes(key, []);
      grows = size;
    }
    // An empty part is already counted; what it grows by must fit the total.
    if (grows > room) break;
    parts[key].push(encoded);
    partSize += grows;
    room -= grows;
    if (entry.watch !== null) synced += 1;
  }
  const used = watchlistPartKeys.filter((k) => parts[k].length > 0);
  return {
    header: { f: WATCHLIST_FORMAT, h: used.map((k) => partHash(canonicalJson(parts[k]))) },
    parts,
    watches: { total: ordered.filter((e) => e.watch !== null).length, synced },
  };
}

export type UnpackedWatchlist =
  | { kind: 'absent' }
  /** Some parts are not the ones the header names (still arriving) or are damaged. */
  | { kind: 'incomplete' }
  /** Written by a newer AliKeep in a format this one cannot read: left alone. */
  | { kind: 'newer-format'; format: number }
  | { kind: 'entries'; entries: SyncedWatch[]; skipped: number };

const headerSchema = v.object({
  f: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  h: v.pipe(v.array(v.pipe(v.string(), v.maxLength(16))), v.maxLength(watchlistPartKeys.length)),
});

/** Reads a copy from what storage.sync holds under the header and part keys. */
export function unpackWatchlist(stored: Record<string, unknown>): UnpackedWatchlist {
  if (stored[header] === undefined) return { kind: 'absent' };
  const format = (stored[header] as { f?: unknown } | null)?.f;
  if (typeof format === 'number' && format > WATCHLIST_FORMAT) {
    return { kind: 'newer-format', format };
  }
  const parsed = v.safeParse(headerSchema, stored[header]);
  if (!parsed.success) return { kind: 'incomplete' };
  const entries: SyncedWatch[] = [];
  let skipped = 0;
  for (const [index, hash] of parsed.output.h.entries()) {
    const part = stored[watchlistPartKeys[index]!];
    if (!Array.isArray(part) || partHash(canonicalJson(part)) !== hash) {
      return { kind: 'incomplete' };
    }
    for (const raw of part) {
      const entry = decodeWatch(raw);
      if (entry) entries.push(entry);
      else skipped += 1;
    }
  }
  return { kind: 'entries', entries, skipped };
}
