import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncedWatch, SyncedWatchDetails } from './watch-entry';
import { mergeWatchlists } from './watchlist-merge';

const details = (price: number): SyncedWatchDetails => ({
  variantId: '',
  currency: 'USD',
  rule: { kind: 'target', price },
  alertOnRise: false,
  priceWhenWatched: price + 1,
});
const watch = (itemId: string, at: number, price = 5): SyncedWatch => ({
  itemId,
  at,
  watch: details(price),
});
const removal = (itemId: string, at: number): SyncedWatch => ({ itemId, at, watch: null });

describe('merging watchlists item by item', () => {
  it('adds watches set in another browser and keeps those set here', () => {
    const result = mergeWatchlists([watch('1', 10)], [watch('2', 20)]);
    expect(result.put).toEqual([watch('2', 20)]);
    expect(result.remove).toEqual([]);
    expect(result.merged).toEqual([watch('2', 20), watch('1', 10)]);
  });

  it('takes the newer of two watches of one item', () => {
    expect(mergeWatchlists([watch('1', 10, 5)], [watch('1', 30, 7)]).put).toEqual([
      watch('1', 30, 7),
    ]);
    const mine = mergeWatchlists([watch('1', 40, 9)], [watch('1', 30, 7)]);
    expect(mine.put).toEqual([]);
    expect(mine.merged).toEqual([watch('1', 40, 9)]);
  });

  it('removes here what was removed there later, and not what was watched again since', () => {
    expect(mergeWatchlists([watch('1', 10)], [removal('1', 20)]).remove).toEqual(['1']);
    const again = mergeWatchlists([watch('1', 30)], [removal('1', 20)]);
    expect(again.remove).toEqual([]);
    expect(again.merged).toEqual([watch('1', 30)]);
  });

  it('passes a removal made here on, and does not bring the item back', () => {
    const result = mergeWatchlists([removal('1', 50)], [watch('1', 20)]);
    expect(result.merged).toEqual([removal('1', 50)]);
    expect(result.put).toEqual([]);
    // A watch set there after the removal here wins.
    expect(mergeWatchlists([removal('1', 50)], [watch('1', 60)]).put).toEqual([watch('1', 60)]);
  });

  it('changes nothing here when it reads back the copy it wrote', () => {
    const entry = fc.record({
      itemId: fc.constantFrom('1', '2', '3', '4', '5'),
      at: fc.integer({ min: 0, max: 100 }),
      removed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), (localRaw, remoteRaw) => {
        const toEntry = (e: { itemId: string; at: number; removed: boolean }) =>
          e.removed ? removal(e.itemId, e.at) : watch(e.itemId, e.at);
        const local = [...new Map(localRaw.map((e) => [e.itemId, toEntry(e)])).values()];
        const first = mergeWatchlists(local, remoteRaw.map(toEntry));
        // Apply what the merge says, then read the merged copy back.
        const here = new Map(local.filter((e) => e.watch).map((e) => [e.itemId, e]));
        for (const e of first.put) here.set(e.itemId, e);
        for (const id of first.remove) here.delete(id);
        const again = mergeWatchlists([...here.values()], first.merged);
        expect(again.put).toEqual([]);
        expect(again.remove).toEqual([]);
        expect(new Set(again.merged)).toEqual(new Set(first.merged));
        // Every item ends with its newest entry.
        for (const e of first.merged) {
          const all = [...local, ...remoteRaw.map(toEntry)].filter((x) => x.itemId === e.itemId);
          expect(e.at).toBe(Math.max(...all.map((x) => x.at)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
