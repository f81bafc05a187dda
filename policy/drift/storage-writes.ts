/**
 * Drift check (b): every chrome.storage key and IndexedDB database and object store the code writes
 * belongs to a declared data item of a shipped feature, and every key in the registry
 * (src/shared/storage-keys.ts) is declared.
 *
 * What counts as a write, read from source text:
 * - `<anything>.set({ … })` with one object literal (chrome.storage's shape, also through a
 *   parameter such as the settings writer's `area`), and `browser.storage.<area>.set(x)` with any
 *   argument; keys are read from the literal, through constants such as `storageKeys.settings`;
 * - `openDB(name)` / `indexedDB.open(name)`; `createObjectStore(name)`;
 *   `.transaction(stores, 'readwrite')`; idb's `db.put(store, value)` / `db.add(store, value)`.
 * A write whose key or store cannot be read is reported too: name it through a constant.
 */
import type { DataItem, Policy, StorageArea } from '../schema';
import { plannedNames } from '../shipped';
import {
  collectConstants,
  firstArgument,
  matchingBracket,
  objectEntries,
  resolveExpression,
  scopedConstants,
  splitTopLevel,
  stringAt,
  type Constants,
} from './literals';
import { storageKeyRegistry } from './src-files';
import { lexSource, lineAt, type LexedSource, type SourceFile } from './source-text';

export interface StorageWrite {
  path: string;
  line: number;
  kind: 'key' | 'database' | 'store';
  /** For keys: the chrome.storage area when the receiver names it. */
  area: StorageArea | null;
  /** The name written, or null when it cannot be read (then `expression` says what was seen). */
  name: string | null;
  expression?: string;
}

const STORAGE_RECEIVER =
  /(?:browser|chrome)\s*\??\.\s*storage\s*\??\.\s*(local|sync|session)\s*\??$/;
const SET = /\.\s*set\s*\(/g;
const OPEN_DB = /\b(?:openDB\s*\(|indexedDB\s*\??\.\s*open\s*\()/g;
const CREATE_STORE = /\bcreateObjectStore\s*\(/g;
const TRANSACTION = /\.\s*transaction\s*\(/g;
const PUT_ADD = /\.\s*(put|add)\s*\(/g;
/** `x.add('a', 'b')` / `x.put('/a', b)` on these is not IndexedDB. */
const NOT_IDB_RECEIVER = /(List|Params|headers|Set|set|[Cc]ache)\s*\??$/;

function argumentsOf(lexed: LexedSource, open: number): [number, number][] {
  const { bare } = lexed;
  return splitTopLevel(bare, open + 1, matchingBracket(bare, open)).map(([a, b]) => {
    let start = a;
    while (start < b && /\s/.test(bare[start]!)) start += 1;
    return [start, b];
  });
}

/** The names an argument stands for: a string, a constant, or an array of them. */
function namesOf(
  lexed: LexedSource,
  [start, end]: [number, number],
  constants: Constants,
): string[] | null {
  const { bare, code } = lexed;
  if (bare[start] === '[') {
    const close = matchingBracket(bare, start);
    const names = splitTopLevel(bare, start + 1, close).map(([a, b]) =>
      resolveExpression(code.slice(a, b), constants),
    );
    return names.every((n) => n.length > 0) ? names.flat() : null;
  }
  const literal = stringAt(lexed, start);
  if (literal !== null) return [literal];
  const values = resolveExpression(code.slice(start, end), constants);
  return values.length > 0 ? values : null;
}

export function scanStorageWrites(files: SourceFile[], all: Constants): StorageWrite[] {
  const writes: StorageWrite[] = [];
  for (const file of files) {
    const constants = scopedConstants(file, all);
    const lexed = lexSource(file.text);
    const { bare, code } = lexed;
    const at = (index: number) => ({ path: file.path, line: lineAt(bare, index) });
    const record = (
      index: number,
      kind: StorageWrite['kind'],
      area: StorageArea | null,
      names: string[] | null,
      expression: string,
    ) => {
      if (names === null) writes.push({ ...at(index), kind, area, name: null, expression });
      else for (const name of names) writes.push({ ...at(index), kind, area, name });
    };

    for (const m of bare.matchAll(SET)) {
      const open = m.index + m[0].length - 1;
      const receiver = STORAGE_RECEIVER.exec(bare.slice(Math.max(0, m.index - 80), m.index));
      const args = argumentsOf(lexed, open);
      const first = args[0];
      const isObject = first !== undefined && bare[first[0]] === '{';
      if (!receiver && !(isObject && args.length === 1)) continue;
      const area = receiver ? (`storage.${receiver[1]}` as StorageArea) : null;
      if (!first || !isObject) {
        record(m.index, 'key', area, null, first ? code.slice(...first).trim() : '(nothing)');
        continue;
      }
      for (const entry of objectEntries(lexed, first[0])) {
        // A computed key is read through constants; a spread (`...x`) cannot be read.
        const names =
          entry.key !== null ? [entry.key] : resolveExpression(entry.expression ?? '', constants);
        record(m.index, 'key', area, names.length > 0 ? names : null, entry.expression ?? '');
      }
    }

    for (const m of bare.matchAll(OPEN_DB)) {
      const first = firstArgument(bare, m.index + m[0].length - 1);
      if (!first) continue;
      record(m.index, 'database', null, namesOf(lexed, first, constants), code.slice(...first));
    }
    for (const m of bare.matchAll(CREATE_STORE)) {
      const first = firstArgument(bare, m.index + m[0].length - 1);
      if (!first) continue;
      record(m.index, 'store', null, namesOf(lexed, first, constants), code.slice(...first));
    }
    for (const m of bare.matchAll(TRANSACTION)) {
      const [stores, mode] = argumentsOf(lexed, m.index + m[0].length - 1);
      if (!stores || !mode || stringAt(lexed, mode[0]) !== 'readwrite') continue;
      record(m.index, 'store', null, namesOf(lexed, stores, constants), code.slice(...stores));
    }
    for (const m of bare.matchAll(PUT_ADD)) {
      if (NOT_IDB_RECEIVER.test(bare.slice(Math.max(0, m.index - 40), m.index))) continue;
      const [store, value] = argumentsOf(lexed, m.index + m[0].length - 1);
      if (!store || !value) continue;
      const names = namesOf(lexed, store, constants);
      // `store.put(record, key)`: the first argument is data, not a store name.
      if (names !== null) record(m.index, 'store', null, names, code.slice(...store));
    }
  }
  return writes;
}

/** The values of `storageKeys` in the registry file. */
export function registryKeys(files: SourceFile[]): string[] {
  const registry = files.filter((f) => f.path === storageKeyRegistry);
  const constants = collectConstants(registry);
  return [...constants.entries()]
    .filter(([name]) => name.startsWith('storageKeys.'))
    .flatMap(([, values]) => values);
}

function owners(policy: Policy, write: StorageWrite): DataItem[] {
  return policy.dataItems.filter(({ storage }) => {
    if (write.kind === 'key') {
      const areaFits = write.area
        ? storage.area === write.area
        : storage.area.startsWith('storage.');
      return areaFits && (storage.keys ?? []).includes(write.name ?? '');
    }
    if (storage.area !== 'indexeddb' || !storage.database) return false;
    return write.kind === 'database'
      ? storage.database.name === write.name
      : storage.database.stores.includes(write.name ?? '');
  });
}

const label = (w: StorageWrite) =>
  w.kind === 'key'
    ? `${w.area ? `chrome.${w.area}` : 'chrome.storage'} key "${w.name}"`
    : w.kind === 'database'
      ? `IndexedDB database "${w.name}"`
      : `IndexedDB store "${w.name}"`;

export function checkStorageWrites(
  writes: StorageWrite[],
  registry: string[],
  policy: Policy,
): string[] {
  const problems: string[] = [];
  const reported = new Set<string>();
  const once = (key: string, message: string) => {
    if (!reported.has(key)) problems.push(message);
    reported.add(key);
  };
  for (const w of writes) {
    const at = `${w.path}:${w.line}`;
    if (w.name === null) {
      problems.push(
        `${at} writes ${w.kind === 'key' ? 'a chrome.storage key' : `an IndexedDB ${w.kind}`} the policy check cannot read (${w.expression}); name it with a string constant${w.kind === 'key' ? ` from ${storageKeyRegistry}` : ''}`,
      );
      continue;
    }
    if (w.kind === 'key' && !registry.includes(w.name)) {
      once(
        `registry:${w.name}`,
        `${at} writes chrome.storage key "${w.name}", which is not in ${storageKeyRegistry}; register it there`,
      );
    }
    const found = owners(policy, w);
    if (found.length === 0) {
      once(
        label(w),
        `${at} writes ${label(w)}, which no data item declares; declare it under storage in the feature's file in policy/features/`,
      );
      continue;
    }
    const planned = found.flatMap((d) =>
      plannedNames(policy, d.features).length === d.features.length ? [d] : [],
    );
    if (planned.length === found.length) {
      const features = [...new Set(planned.flatMap((d) => d.features))];
      once(
        label(w),
        `${at} writes ${label(w)}, declared only for planned feature(s) ${features.join(', ')}; set their status to 'shipped' now that the code exists`,
      );
    }
  }
  for (const key of registry) {
    const declared = policy.dataItems.some(
      (d) => d.storage.area.startsWith('storage.') && (d.storage.keys ?? []).includes(key),
    );
    if (!declared) {
      once(
        `chrome.storage key "${key}"`,
        `${storageKeyRegistry} registers chrome.storage key "${key}", which no data item declares; declare it in policy/features/`,
      );
    }
  }
  return problems;
}
