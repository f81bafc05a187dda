import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults } from '../settings/defaults';
import { SETTINGS_VERSION } from '../settings/migrations';
import { storageKeys } from '../shared/storage-keys';
import { canonicalJson } from './canonical-json';
import { partHash } from './part-hash';
import { itemBytes, MAX_ITEMS, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from './quota';
import { encodeSettings } from './settings-copy';
import { buildCopy, changedKeys } from './sync-copy';
import { syncKeys, watchlistPartKeys } from './sync-keys';
import { pageAddress, type SyncedWatch } from './watch-entry';
import { MAX_REMOVALS, unpackWatchlist } from './watchlist-copy';

const NOW = 1_800_000_000_000;
const DAY = 24 * 3600 * 1000;

const entryArb: fc.Arbitrary<SyncedWatch> = fc.record({
  itemId: fc.stringMatching(/^\d{1,20}$/),
  at: fc.integer({ min: NOW - 80 * DAY, max: NOW }),
  watch: fc.option(
    fc.record(
      {
        variantId: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 200 })),
        currency: fc.stringMatching(/^[A-Z]{3}$/),
        rule: fc.oneof(
          fc.record({
            kind: fc.constant('target' as const),
            price: fc.double({ min: 0, max: 1e9, noNaN: true }),
          }),
          fc.record({
            kind: fc.constant('drop' as const),
            percent: fc.double({ min: 0.5, max: 99.5, noNaN: true }),
          }),
        ),
        alertOnRise: fc.boolean(),
        priceWhenWatched: fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        // Addresses as sync keeps them: https, without query or fragment.
        url: fc
          .webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
          .map((u) => pageAddress(u) ?? 'https://aliexpress.ru/item/5.html'),
      },
      { requiredKeys: ['variantId', 'currency', 'rule', 'alertOnRise', 'priceWhenWatched'] },
    ),
    { nil: null },
  ),
});

/** One entry per item, as a merge produces. */
const listArb = fc.oneof(
  fc.uniqueArray(entryArb, { selector: (e) => e.itemId, maxLength: 50 }),
  // Long enough that not everything fits.
  fc.uniqueArray(entryArb, { selector: (e) => e.itemId, minLength: 800, maxLength: 1200 }),
);

const settingsValue = encodeSettings({ version: SETTINGS_VERSION, revision: 3, values: defaults });

/** What the browser hands back: objects with their keys sorted, as Chrome does. */
const asChromeReturnsIt = (items: Record<string, unknown>) =>
  JSON.parse(canonicalJson(items)) as Record<string, unknown>;

const sortById = (list: SyncedWatch[]) => [...list].sort((a, b) => (a.itemId < b.itemId ? -1 : 1));

describe('the synced watchlist', () => {
  it('round-trips, with every item under 8 KB and everything under the quota', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const clean = list;
        const copy = buildCopy(settingsValue, clean, NOW);
        const entries = Object.entries(copy.items);
        expect(entries.map(([k]) => k).sort()).toEqual([...syncKeys].sort());
        expect(entries.length).toBeLessThanOrEqual(MAX_ITEMS);
        for (const [key, value] of entries) {
          expect(itemBytes(key, value)).toBeLessThan(QUOTA_BYTES_PER_ITEM);
        }
        expect(copy.bytes).toBeLessThan(QUOTA_BYTES);

        const read = unpackWatchlist(asChromeReturnsIt(copy.items));
        if (read.kind !== 'entries') throw new Error(read.kind);
        expect(read.skipped).toBe(0);
        const watches = clean.filter((e) => e.watch !== null);
        expect(copy.watches.total).toBe(watches.length);
        if (copy.watches.synced === watches.length) {
          const removals = clean.filter((e) => e.watch === null).length;
          expect(read.entries).toHaveLength(watches.length + Math.min(removals, MAX_REMOVALS));
        }
        const byId = new Map(clean.map((e) => [e.itemId, e]));
        for (const entry of read.entries) {
          const original = byId.get(entry.itemId)!;
          const expected = { ...original, watch: original.watch && { ...original.watch } };
          if (expected.watch && expected.watch.url === undefined) delete expected.watch.url;
          expect(entry).toEqual(expected);
        }
      }),
      { numRuns: 25 },
    );
  }, 30_000);

  it('syncs the newest watches when they do not all fit, and says how many', () => {
    const list: SyncedWatch[] = Array.from({ length: 1500 }, (_, n) => ({
      itemId: String(1005000000000000 + n),
      at: NOW - n * 1000,
      watch: {
        variantId: String(12000000000000000 + n),
        currency: 'EUR',
        rule: { kind: 'target', price: 10 + n / 100 },
        alertOnRise: n % 2 === 0,
        priceWhenWatched: 12.34 + n,
        url: `https://de.aliexpress.com/item/${1005000000000000 + n}.html`,
      },
    }));
    const copy = buildCopy(settingsValue, list, NOW);
    expect(copy.watches.total).toBe(1500);
    expect(copy.watches.synced).toBeGreaterThan(400);
    expect(copy.watches.synced).toBeLessThan(1500);
    expect(copy.bytes).toBeLessThan(QUOTA_BYTES);
    const read = unpackWatchlist(copy.items);
    if (read.kind !== 'entries') throw new Error(read.kind);
    expect(read.entries.map((e) => e.itemId)).toEqual(
      list.slice(0, copy.watches.synced).map((e) => e.itemId),
    );
    // Every part is used, each as full as the per-item limit allows.
    for (const key of watchlistPartKeys) {
      expect(itemBytes(key, copy.items[key])).toBeGreaterThan(QUOTA_BYTES_PER_ITEM - 400);
    }
  });

  it('keeps recent removals only, the newest first', () => {
    const removals: SyncedWatch[] = Array.from({ length: 150 }, (_, n) => ({
      itemId: String(n + 1),
      at: NOW - n * DAY,
      watch: null,
    }));
    const read = unpackWatchlist(buildCopy(settingsValue, removals, NOW).items);
    if (read.kind !== 'entries') throw new Error(read.kind);
    expect(read.entries.map((e) => e.at)).toEqual(removals.slice(0, 91).map((e) => e.at));
  });

  it('reads as incomplete while only some parts have arrived', () => {
    const list = Array.from({ length: 200 }, (_, n) => ({
      itemId: String(n + 1),
      at: NOW - n,
      watch: {
        variantId: 'v'.repeat(40),
        currency: 'USD',
        rule: { kind: 'target' as const, price: 1 },
        alertOnRise: false,
        priceWhenWatched: 2,
      },
    }));
    const older = buildCopy(settingsValue, list.slice(1), NOW).items;
    const newer = buildCopy(settingsValue, list, NOW).items;
    const mixed = {
      ...older,
      [storageKeys.syncedWatchlist]: newer[storageKeys.syncedWatchlist],
      [watchlistPartKeys[0]]: newer[watchlistPartKeys[0]],
    };
    expect(unpackWatchlist(mixed)).toEqual({ kind: 'incomplete' });
    expect(unpackWatchlist(newer).kind).toBe('entries');
    expect(unpackWatchlist({})).toEqual({ kind: 'absent' });
    expect(unpackWatchlist({ [storageKeys.syncedWatchlist]: { f: 2, parts: 'x' } })).toEqual({
      kind: 'newer-format',
      format: 2,
    });
    expect(unpackWatchlist({ [storageKeys.syncedWatchlist]: 'junk' })).toEqual({
      kind: 'incomplete',
    });
  });

  it('skips damaged entries and reads the rest', () => {
    const removal: SyncedWatch = { itemId: '7', at: NOW, watch: null };
    const { items } = buildCopy(settingsValue, [removal], NOW);
    const part = [...items[watchlistPartKeys[0]], { i: 'not an id', t: 1 }, { i: '8', t: 2 }];
    const damaged = {
      ...items,
      [storageKeys.syncedWatchlist]: { f: 1, h: [partHash(canonicalJson(part))] },
      [watchlistPartKeys[0]]: part,
    };
    expect(unpackWatchlist(damaged)).toEqual({ kind: 'entries', entries: [removal], skipped: 2 });
    // Removals older than the time they are kept for are not synced.
    const old = buildCopy(settingsValue, [{ ...removal, at: NOW - 91 * DAY }], NOW).items;
    expect(unpackWatchlist(old)).toEqual({ kind: 'entries', entries: [], skipped: 0 });
  });

  it('needs no write when what is stored is the same, in whatever key order', () => {
    const list = sortById([
      { itemId: '1', at: NOW, watch: null },
      {
        itemId: '2',
        at: NOW,
        watch: {
          variantId: '',
          currency: 'USD',
          rule: { kind: 'drop', percent: 10 },
          alertOnRise: false,
          priceWhenWatched: 3,
        },
      },
    ]);
    const { items } = buildCopy(settingsValue, list, NOW);
    expect(changedKeys(items, asChromeReturnsIt(items))).toEqual([]);
    expect(changedKeys(items, {})).toEqual([...syncKeys]);
  });
});
