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
}
