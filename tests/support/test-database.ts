// Reads and writes a test server's database directly, on SQLite or Postgres alike, for what the API does not show
// (what was stored, or a state from an older version). SQL is written with `?` placeholders, as SQLite takes them.

import Database from 'better-sqlite3';
import pg from 'pg';

export interface TestDatabase {
  rows<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  run(sql: string, ...params: unknown[]): Promise<void>;
}

/** Where a started test server keeps its data (see start-server.ts). */
export interface DatabaseLocation {
  databasePath: string;
  databaseUrl: string | undefined;
}

/** The same database again, e.g. for a restarted server. */
export function sameDatabase(server: DatabaseLocation): DatabaseLocation {
  return { databasePath: server.databasePath, databaseUrl: server.databaseUrl };
}

/** Opens a connection for each call and closes it after, so nothing is left open between a server's stop and start. */
export function testDatabase(server: DatabaseLocation): TestDatabase {
  const { databaseUrl } = server;
  if (databaseUrl) {
    const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    };
    return {
      rows: (sql, ...params) => withClient(async (c) => (await c.query(numbered(sql), params)).rows),
      run: (sql, ...params) => withClient(async (c) => void (await c.query(numbered(sql), params))),
    };
  }
  const withSqlite = <T>(work: (db: Database.Database) => T): Promise<T> => {
    // WAL lets a reader and a writer in while the server runs.
    const db = new Database(server.databasePath);
    try {
      return Promise.resolve(work(db));
    } finally {
      db.close();
    }
  };
  return {
    rows: (sql, ...params) => withSqlite((db) => db.prepare(sql).all(...params) as never[]),
    run: (sql, ...params) => withSqlite((db) => void db.prepare(sql).run(...params)),
  };
}

/** `?` placeholders as Postgres numbers them. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
