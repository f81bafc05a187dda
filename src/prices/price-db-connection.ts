/**
 * One lazily opened connection to the price database. It closes itself when another context wants
 * to upgrade or delete the database (`versionchange`), so an extension update never hangs on an old
 * page or worker, and reopens on the next use after that or after the browser closed it (`close`,
 * idb's `terminated`). The factory is injectable for tests (fake-indexeddb).
 */
import { wrap } from 'idb';
import {
  PRICE_DB_NAME,
  PRICE_DB_VERSION,
  upgradePriceDb,
  type Db,
  type UpgradeTx,
} from './price-db-schema';

export interface ConnectionOptions {
  /** Defaults to the global `indexedDB`. */
  indexedDB?: IDBFactory;
  /** Called after the connection closed for another context's upgrade or deletion. */
  onVersionChange?: () => void;
}

export interface Connection {
  /** The open database, opening it first if needed. */
  get(): Promise<Db>;
  close(): void;
}

export function priceDbConnection(options: ConnectionOptions = {}): Connection {
  let connection: Promise<Db> | undefined;

  function open(): Promise<Db> {
    // Named `indexedDB` so the policy drift check (policy/drift/storage-writes.ts) sees the open.
    const indexedDB = options.indexedDB ?? globalThis.indexedDB;
    const request = indexedDB.open(PRICE_DB_NAME, PRICE_DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as Db;
      upgradePriceDb(db, event.oldVersion, wrap(request.transaction!) as unknown as UpgradeTx);
    });
    const opening = (wrap(request) as Promise<unknown> as Promise<Db>).then((db) => {
      const forget = () => {
        if (connection === opening) connection = undefined;
      };
      // Another context upgrades or deletes the database: let it, and reopen on the next call.
      db.addEventListener('versionchange', () => {
        db.close();
        forget();
        options.onVersionChange?.();
      });
      // The browser closed the connection (storage cleared, disk error): reopen on the next call.
      db.addEventListener('close', forget);
      return db;
    });
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
    return opening;
  }

  return {
    get: () => (connection ??= open()),
    close() {
      const current = connection;
      connection = undefined;
      void current?.then((d) => d.close()).catch(() => {});
    },
  };
}
