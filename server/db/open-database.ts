// Opens the SQLite file (WAL mode) and brings its schema up to date with the committed migrations.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';
import { startWalCheckpointer, type WalCheckpointOptions, type WalTruncation } from './wal-checkpointer.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  db: Db;
  close(): Promise<void>;
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
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
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
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db,
    close: async () => {
      await checkpointer?.stop();
      sqlite.close();
    },
  };
}
