/**
 * Two browsers sharing one synced area, each with its own settings and watchlist: changes travel
 * both ways, a copy read back is not written again, and switching off deletes the copy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsWriter, type KeyValueArea } from '../../settings/settings-writer';
import type { SyncItems } from '../../sync/sync-copy';
import type { SyncedWatch } from '../../sync/watch-entry';
import { createSyncService, type SyncEdges } from './sync-service';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function browserWith(shared: { data: Record<string, unknown>; writes: number }) {
  const local: Record<string, unknown> = {};
  const area: KeyValueArea = {
    get: async (key) => (key in local ? { [key]: clone(local[key]) } : {}),
    set: async (items) => void Object.assign(local, clone(items)),
  };
  const settings = createSettingsWriter(area);
  const watches = new Map<string, SyncedWatch>();
  const state = { on: true, clock: 1_800_000_000_000 };
  const edges: SyncEdges = {
    enabled: async () => state.on,
    readCopy: async () => clone(shared.data),
    writeCopy: async (items: SyncItems) => {
      shared.writes += 1;
      Object.assign(shared.data, clone(items));
    },
    writeSettings: async (value) => {
      shared.writes += 1;
      shared.data.syncedSettings = clone(value);
    },
    removeCopy: async () => {
      shared.writes += 1;
      for (const key of Object.keys(shared.data)) delete shared.data[key];
    },
    readWatches: async () => [...watches.values()],
    applyWatches: async (put, remove) => {
      for (const id of remove) watches.delete(id);
      for (const w of put) watches.set(w.itemId, w);
      return put.length + remove.length;
    },
    now: () => state.clock,
  };
  return { settings, watches, state, sync: createSyncService(settings, edges) };
}

const watch = (itemId: string, at: number): SyncedWatch => ({
  itemId,
  at,
  watch: {
    variantId: '',
    currency: 'USD',
    rule: { kind: 'target', price: 5 },
    alertOnRise: false,
    priceWhenWatched: 7,
  },
});

describe('sync between two browsers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('carries preferences and watches both ways, and stops writing once they agree', async () => {
    const shared = { data: {} as Record<string, unknown>, writes: 0 };
    const a = browserWith(shared);
    const b = browserWith(shared);

    await a.settings.update({ theme: 'dark' });
    a.watches.set('11', watch('11', 100));
    expect(await a.sync.status()).toMatchObject({
      on: true,
      watches: { total: 1, synced: 1 },
      watchlist: 'synced',
      error: null,
    });
    expect(shared.writes).toBe(1);

    await b.sync.status();
    expect((await b.settings.read()).values.theme).toBe('dark');
    expect([...b.watches.keys()]).toEqual(['11']);
    // B took everything in and has nothing of its own: no write.
    expect(shared.writes).toBe(1);

    await b.settings.update({ pageButton: false });
    b.watches.set('22', watch('22', 200));
    await b.sync.status();
    await a.sync.status();
    expect((await a.settings.read()).values).toMatchObject({ theme: 'dark', pageButton: false });
    expect([...a.watches.keys()].sort()).toEqual(['11', '22']);
    const writes = shared.writes;
    await a.sync.status();
    await b.sync.status();
    expect(shared.writes).toBe(writes);
  });

  it('passes a removal on, and deletes the copy when switched off', async () => {
    const shared = { data: {} as Record<string, unknown>, writes: 0 };
    const a = browserWith(shared);
    const b = browserWith(shared);
    const start = a.state.clock;
    a.watches.set('11', watch('11', start - 60_000));
    await a.sync.status();
    await b.sync.status();
    expect(b.watches.has('11')).toBe(true);

    b.watches.delete('11');
    b.sync.onWatchChange({ itemId: '11', removedAt: start });
    await vi.advanceTimersByTimeAsync(2_100);
    await a.sync.status();
    expect(a.watches.has('11')).toBe(false);

    b.state.on = false;
    b.sync.onStorageChanged(
      {
        consent: {
          oldValue: { format: 1, features: { sync: true } },
          newValue: { format: 1, features: { sync: false } },
        },
      },
      'local',
    );
    await vi.advanceTimersByTimeAsync(10);
    await b.sync.status();
    expect(shared.data).toEqual({});
  });

  it('gathers changes into one write and keeps under the write limits', async () => {
    const shared = { data: {} as Record<string, unknown>, writes: 0 };
    const a = browserWith(shared);
    for (let n = 0; n < 300; n += 1) {
      await a.settings.update({ jpegQuality: 0.5 + (n % 50) / 100 });
      a.sync.onStorageChanged({ settings: { newValue: null } }, 'local');
      await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(2_100);
    // 300 changes over 90 seconds, gathered: one write at the end.
    expect(shared.writes).toBe(1);
    for (let n = 0; n < 200; n += 1) {
      a.state.clock += 200;
      await a.settings.update({ jpegQuality: 0.5 + (n % 50) / 100 });
      await a.sync.status();
    }
    // Five writes a second asked for over 40 seconds: with the first one, 60 go through in that
    // minute, the rest wait.
    expect(shared.writes).toBe(60);
  });
});
