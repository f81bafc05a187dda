/** Drift: every chrome.storage key and IndexedDB store written in src/ is a declared data item. */
import { describe, expect, it } from 'vitest';
import { policy } from '../policy';
import { fixture } from '../test-policies';
import { collectConstants } from './literals';
import { readSourceFiles } from './src-files';
import type { SourceFile } from './source-text';
import { checkStorageWrites, registryKeys, scanStorageWrites } from './storage-writes';

const src = readSourceFiles();

/**
 * Problems of one synthetic file against the fixture (`alerts`, `history` and `sync` planned by
 * default), with a registry of the fixture's keys unless `registry` replaces it.
 */
function problems(text: string, options: { registry?: string; p?: typeof policy } = {}): string[] {
  const registry: SourceFile = {
    path: 'src/shared/storage-keys.ts',
    text:
      options.registry ??
      `export const storageKeys = { prefs: 'prefs', watchlist: 'watchlist', syncedPrefs: 'syncedPrefs' } as const;`,
  };
  const files = [registry, { path: 'src/feature.ts', text }];
  return checkStorageWrites(
    scanStorageWrites(files, collectConstants(files)),
    registryKeys([registry]),
    options.p ?? fixture(),
  );
}

describe('storage written in src/', () => {
  it('belongs to declared data items, and the key registry is fully declared', () => {
    const constants = collectConstants(src);
    const writes = scanStorageWrites(src, constants);
    // The settings writer writes through a parameter: `area.set({ [storageKeys.settings]: … })`.
    expect(writes.some((w) => w.name === 'settings')).toBe(true);
    expect(checkStorageWrites(writes, registryKeys(src), policy)).toEqual([]);
    expect(registryKeys(src)).toContain('settings');
  });
});

describe('the storage check fails when', () => {
  it('a key is written that is neither registered nor declared', () => {
    expect(problems(`await browser.storage.local.set({ lastVisited: url });`)).toEqual([
      'src/feature.ts:1 writes chrome.storage key "lastVisited", which is not in src/shared/storage-keys.ts; register it there',
      'src/feature.ts:1 writes chrome.storage.local key "lastVisited", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
    ]);
  });

  it('a registered key belongs to no data item', () => {
    const registry = `export const storageKeys = { prefs: 'prefs', cache: 'pageCache' } as const;`;
    expect(problems('', { registry })).toEqual([
      'src/shared/storage-keys.ts registers chrome.storage key "pageCache", which no data item declares; declare it in policy/features/',
    ]);
  });

  it('a key is written in another area than declared', () => {
    const text = `import { storageKeys } from './shared/storage-keys';\nchrome.storage.sync.set({ [storageKeys.prefs]: s });`;
    expect(problems(text)).toEqual([
      'src/feature.ts:2 writes chrome.storage.sync key "prefs", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
    ]);
  });

  it('a key of a feature still marked planned is written', () => {
    const text = `area.set({ [storageKeys.watchlist]: items });`;
    expect(problems(text)).toEqual([
      'src/feature.ts:1 writes chrome.storage key "watchlist", declared only for planned feature(s) alerts, recheck; set their status to \'shipped\' now that the code exists',
    ]);
    expect(problems(text, { p: fixture({ alerts: 'shipped' }) })).toEqual([]);
  });

  it('the key cannot be read', () => {
    expect(problems(`browser.storage.session.set(state);`)).toEqual([
      'src/feature.ts:1 writes a chrome.storage key the policy check cannot read (state); name it with a string constant from src/shared/storage-keys.ts',
    ]);
    expect(problems('area.set({ [`item:${id}`]: v, ...rest });')).toHaveLength(2);
  });

  it('an IndexedDB database or store is written that no data item declares', () => {
    const text = [
      `const db = await openDB('alikeep-cache', 1, {`,
      `  upgrade(db) { db.createObjectStore('pages'); },`,
      `});`,
      `await db.put('pages', page);`,
      `db.transaction(['pages', 'points'], 'readwrite');`,
    ].join('\n');
    expect(problems(text)).toEqual([
      'src/feature.ts:1 writes IndexedDB database "alikeep-cache", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
      'src/feature.ts:2 writes IndexedDB store "pages", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
      'src/feature.ts:5 writes IndexedDB store "points", declared only for planned feature(s) history, recheck; set their status to \'shipped\' now that the code exists',
    ]);
  });

  it('price history is written before its feature is marked shipped', () => {
    const text = [
      `const DB = 'fixture-db';`,
      `const STORES = { points: 'points' } as const;`,
      `const db = await indexedDB.open(DB, 2);`,
      `await db.add(STORES.points, row);`,
    ].join('\n');
    expect(problems(text)).toHaveLength(2);
    expect(problems(text, { p: fixture({ history: 'shipped' }) })).toEqual([]);
  });
});

describe('the storage scanner reads keys', () => {
  const keysOf = (text: string, registry = `export const storageKeys = { queue: 'queue' };`) => {
    const files: SourceFile[] = [
      { path: 'src/shared/storage-keys.ts', text: registry },
      { path: 'src/feature.ts', text },
    ];
    return scanStorageWrites(files, collectConstants(files)).map((w) => w.name);
  };

  it('through a local constant naming a registry entry', () => {
    const text = [
      `import { storageKeys } from './shared/storage-keys';`,
      `const KEY = storageKeys.queue;`,
      `const SAME: string = KEY;`,
      `await browser.storage.session.set({ [KEY]: jobs });`,
      `await area.set({ [SAME]: jobs });`,
    ].join('\n');
    expect(keysOf(text)).toEqual(['queue', 'queue']);
    expect(problems(text.replaceAll('queue', 'prefs').replace('session', 'local'))).toEqual([]);
  });

  it('as the file itself defines them, whatever other files call the same name', () => {
    const other: SourceFile = { path: 'src/other.ts', text: `const KEY = 'somethingElse';` };
    const mine: SourceFile = {
      path: 'src/feature.ts',
      text: `const KEY = storageKeys.queue;\narea.set({ [KEY]: 1 });`,
    };
    const registry: SourceFile = {
      path: 'src/shared/storage-keys.ts',
      text: `export const storageKeys = { queue: 'queue' };`,
    };
    const files = [registry, other, mine];
    expect(scanStorageWrites(files, collectConstants(files)).map((w) => w.name)).toEqual(['queue']);
  });

  it('and reports what a call computes at run time', () => {
    expect(keysOf(`const KEY = makeKey();\narea.set({ [KEY]: 1 });`)).toEqual([null]);
  });
});

describe('the storage scanner ignores', () => {
  it('maps, class lists, reads and comments', () => {
    const text = [
      `map.set(key, value);`,
      `el.classList.add('open', 'wide');`,
      `url.searchParams.set('q', 'x');`,
      `await browser.storage.local.get('settings');`,
      `// browser.storage.local.set({ secret: 1 })`,
      `store.put(record, key);`,
      `db.transaction('pricePoints', 'readonly');`,
    ].join('\n');
    expect(scanStorageWrites([{ path: 'src/a.ts', text }], new Map())).toEqual([]);
  });
});
