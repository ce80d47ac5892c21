// What each drizzle store is built from: the handle to query with, the tables, and how to make a write atomic.

import type { Sql, Tables } from '../../db/database.ts';

export interface StoreContext {
  sql: Sql;
  t: Tables;
  /**
   * Runs a write that reads first (or writes more than once) as one transaction; inside `atomically` it joins the
   * transaction already open. On SQLite every write goes through here, so no write of another request can fall
   * inside a transaction that is waiting between two statements.
   */
  write<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** A write of one statement: atomic by itself, so it needs no transaction of its own (see Database.writeOne). */
  writeOne<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * A read prepared once per database, with `sql.placeholder(...)` for its parameters: building a query costs more
   * than running it, on the hot path of every turn. For reads outside a transaction only (Postgres prepares it on
   * the pool, not on a transaction's connection).
   */
  prepared<Row>(
    name: string,
    build: (sql: Sql) => Preparable,
  ): (params: Record<string, unknown>) => Promise<Row[]>;
}

/** A drizzle select builder of either dialect: SQLite's prepare() takes no name, Postgres's needs one. */
export interface Preparable {
  prepare(...name: never[]): { execute(params?: Record<string, unknown>): unknown };
}
