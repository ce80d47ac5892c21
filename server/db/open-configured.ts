// Opens the database the configuration names: Postgres when DATABASE_URL is set, else the SQLite file.

import type { Database } from './database.ts';
import { openSqlite } from './open-sqlite.ts';
import { openPostgresDatabase } from './postgres/postgres-database.ts';

export function openConfiguredDatabase(config: {
  databaseUrl: string | null;
  databasePath: string;
}): Promise<Database> {
  return config.databaseUrl
    ? openPostgresDatabase(config.databaseUrl)
    : Promise.resolve(openSqlite(config.databasePath));
}
