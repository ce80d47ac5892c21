// A Postgres database as the stores see it: serializable transactions, tried again when Postgres reports that two
// of them conflicted, so that "read, check, write" means the same as on SQLite.

import type { Database, Sql, Tables } from '../database.ts';
import { type OpenPostgresOptions, openPostgres } from './open-postgres.ts';
import * as schema from './schema.ts';

/** Conflicts Postgres resolves by failing one side: serialization failure and deadlock. Trying again is correct. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_TRIES = 10;

export async function openPostgresDatabase(
  url: string,
  options: OpenPostgresOptions = {},
): Promise<Database> {
  const opened = await openPostgres(url, options);
  // The Postgres tables and handle answer the same builder calls as SQLite's (see database.ts).
  const sql = opened.db as unknown as Sql;
  let closing: Promise<void> | undefined;
  return {
    dialect: 'postgres',
    sql,
    tables: schema as unknown as Tables,
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await opened.db.transaction((tx) => work(tx as unknown as Sql), {
            isolationLevel: 'serializable',
          });
        } catch (error) {
          if (attempt >= MAX_TRIES || !RETRYABLE.has(codeOf(error))) throw error;
          // A random wait, growing with each try, so the two sides do not collide again in step.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** Math.min(attempt, 6)));
        }
      }
    },
    writeOne: (work) => work(sql),
    ping: async () => {
      await opened.db.execute('select 1');
    },
    close: () => {
      // Shutting down may reach here twice (a signal during a stop); the pool ends once.
      closing ??= opened.close();
      return closing;
    },
  };
}

function codeOf(error: unknown): string {
  // drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof cause === 'string' ? cause : '';
}
