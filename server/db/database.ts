// One database handle for the stores, whichever engine is behind it: SQLite in a local file (the embedded default)
// or Postgres (DATABASE_URL). The stores write their queries once, with drizzle's builders, and await them.

import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The drizzle handle queries are built on. It is typed as SQLite's; Postgres's builders take the same calls. So store
 * code only awaits a builder (or its `.returning()`), and never calls `.get()`, `.all()` or `.run()`, which only SQLite
 * has (a test checks the stores for them).
 */
export type Sql = BetterSQLite3Database<typeof schema>;

/** The tables, as the stores name them; a Postgres database hands its own tables under the same names. */
export type Tables = typeof schema;

export interface Database {
  readonly dialect: Dialect;
  readonly sql: Sql;
  readonly tables: Tables;
  /**
   * Runs `work` in one write transaction that sees no other writer's changes between its reads and writes (SQLite:
   * BEGIN IMMEDIATE; Postgres: SERIALIZABLE, tried again when Postgres reports a conflict). `work` must not wait on
   * anything but this database: the transaction holds the write lock meanwhile.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs one statement that writes. Postgres runs it as it is (a statement is atomic by itself, and a transaction
   * would cost two more round trips); SQLite queues it with the transactions, so that it never lands inside one.
   */
  writeOne<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Answers when the database does (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
