/** Drift: every chrome.storage key and IndexedDB store written in src/ is a declared data item. */
import { describe, expect, it } from 'vitest';
import { policy } from '../policy';
import { everythingShipped } from '../test-policies';
import { collectConstants } from './literals';
import { readSourceFiles } from './src-files';
import type { SourceFile } from './source-text';
import { checkStorageWrites, registryKeys, scanStorageWrites } from './storage-writes';

const src = readSourceFiles();

/** Problems for src/ plus one synthetic file (and an optional registry replacing the real one). */
function problems(text: string, options: { registry?: string; p?: typeof policy } = {}): string[] {
  const registry: SourceFile = {
    path: 'src/shared/storage-keys.ts',
    text:
      options.registry ??
      `export const storageKeys = { settings: 'settings', watchlist: 'watchlist', syncedSettings: 'syncedSettings' } as const;`,
  };
  const files = [...src.filter((f) => f.path !== registry.path), registry];
  const extra: SourceFile = { path: 'src/feature.ts', text };
  const constants = collectConstants([...files, extra]);
  return checkStorageWrites(
    scanStorageWrites([...files, extra], constants),
    registryKeys([registry]),
    options.p ?? policy,
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
    const registry = `export const storageKeys = { settings: 'settings', cache: 'pageCache' } as const;`;
    expect(problems('', { registry })).toEqual([
      'src/shared/storage-keys.ts registers chrome.storage key "pageCache", which no data item declares; declare it in policy/features/',
    ]);
  });

  it('a key is written in another area than declared', () => {
    const text = `import { storageKeys } from './shared/storage-keys';\nchrome.storage.sync.set({ [storageKeys.settings]: s });`;
    expect(problems(text)).toEqual([
      'src/feature.ts:2 writes chrome.storage.sync key "settings", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
    ]);
  });

  it('a key of a feature still marked planned is written', () => {
    const text = `area.set({ [storageKeys.watchlist]: items });`;
    expect(problems(text)).toEqual([
      'src/feature.ts:1 writes chrome.storage key "watchlist", declared only for planned feature(s) price-alerts, background-recheck; set their status to \'shipped\' now that the code exists',
    ]);
    expect(problems(text, { p: everythingShipped() })).toEqual([]);
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
      `db.transaction(['pages', 'pricePoints'], 'readwrite');`,
    ].join('\n');
    expect(problems(text)).toEqual([
      'src/feature.ts:1 writes IndexedDB database "alikeep-cache", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
      'src/feature.ts:2 writes IndexedDB store "pages", which no data item declares; declare it under storage in the feature\'s file in policy/features/',
      'src/feature.ts:5 writes IndexedDB store "pricePoints", declared only for planned feature(s) price-history, background-recheck; set their status to \'shipped\' now that the code exists',
    ]);
  });

  it('price history is written before its feature is marked shipped', () => {
    const text = [
      `const DB = 'alikeep';`,
      `const STORES = { series: 'priceSeries' } as const;`,
      `const db = await indexedDB.open(DB, 2);`,
      `await db.add(STORES.series, row);`,
    ].join('\n');
    expect(problems(text)).toHaveLength(2);
    expect(problems(text, { p: everythingShipped() })).toEqual([]);
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
