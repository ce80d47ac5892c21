// Opens a Postgres database through a connection pool and brings its schema up to date with the committed
// migrations, one process at a time.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type PgDb = NodePgDatabase<typeof schema>;

export interface OpenedPostgres {
  db: PgDb;
  /** Waits for queries in flight, then closes every connection. */
  close(): Promise<void>;
}

export interface OpenPostgresOptions {
  /**
   * Most connections the pool holds at once.
   * @default 10
   */
  maxConnections?: number;
  /** Told when an idle pooled connection fails (the server restarted or dropped it); the pool replaces it. */
  onIdleConnectionError?: (error: Error) => void;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations-postgres');

/**
 * Key of the session-level advisory lock that serialises migrations between processes (an arbitrary constant,
 * 'bedside' in ASCII). The migrator reads the last applied migration before its transaction starts, so a
 * transaction alone would let two processes both decide to apply the same migration.
 */
const MIGRATION_LOCK_KEY = 0x62656473696465n;

/** Connects to `url` (postgres://…), applies pending migrations and hands back the database. */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<OpenedPostgres> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // Without a listener, an idle connection dropped by the server (restart, failover) would crash the process.
  pool.on('error', (error) => options.onIdleConnectionError?.(error));
  try {
    await migrateUnderLock(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzle(pool, { schema });
  return { db, close: () => pool.end() };
}

async function migrateUnderLock(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      // On this same connection: the migrator's own transaction then runs while the lock is held.
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed is destroyed rather than pooled; closing it also drops any lock it still held.
    client.release(broken);
  }
}
