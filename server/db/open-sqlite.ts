// Opens the SQLite file (WAL mode), brings its schema up to date with the committed migrations, and hands it to the
// stores as a Database.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Database as Store } from './database.ts';
import * as schema from './schema.ts';
import { cacheStatements } from './statement-cache.ts';
import { startWalCheckpointer, type WalCheckpointOptions, type WalTruncation } from './wal-checkpointer.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface SqliteDatabase extends Store {
  /** The driver's own connection, for what only SQLite has (the WAL tests and benches). */
  readonly client: Database.Database;
}

/** Longest wait for a lock held by another connection (a checkpoint, the command line, another process). */
export const BUSY_TIMEOUT_MS = 250;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDatabaseOptions {
  /** When and how hard the log is checkpointed (see wal-checkpointer.ts). */
  wal?: WalCheckpointOptions;
  /** Told each time a full checkpoint cuts the log to zero. */
  onWalTruncated?: (event: WalTruncation) => void;
}

/** Opens (creating if needed) the database at `path` and applies pending migrations. */
export function openSqlite(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // The wait for another writer's lock blocks the event loop (the driver is synchronous), so it stays short: past
  // it a request answers 503 busy and says what was not saved, instead of stalling every request for seconds.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL with NORMAL sync is durable across application crashes and much faster than FULL.
  sqlite.pragma('synchronous = NORMAL');
  // Checkpoints run from a worker (see wal-checkpointer.ts); if it ever stops, this connection takes them back.
  const checkpointer =
    path === ':memory:'
      ? null
      : startWalCheckpointer(
          path,
          () => sqlite.open && sqlite.pragma('wal_autocheckpoint = 1000'),
          options.wal,
          options.onWalTruncated,
        );
  if (checkpointer) sqlite.pragma('wal_autocheckpoint = 0');
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  const transaction = serialisedTransactions(sqlite, db);
  return {
    dialect: 'sqlite',
    sql: db,
    tables: schema,
    client: sqlite,
    transaction,
    writeOne: transaction,
    ping: async () => {
      sqlite.prepare('select 1').get();
    },
    close: async () => {
      await checkpointer?.stop();
      sqlite.close();
    },
  };
}

/**
 * Transactions on the one connection, one at a time. The driver is synchronous, but a transaction's work is async
 * (the same store code serves Postgres), so a queue keeps a second transaction from starting inside the first.
 * IMMEDIATE takes the write lock at the start: one that read first and then had to upgrade would fail at once when
 * another process writes, without waiting at all.
 */
function serialisedTransactions(sqlite: Database.Database, db: Db): Store['transaction'] {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(async () => {
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(db);
        sqlite.exec('COMMIT');
        return result;
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        throw error;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
