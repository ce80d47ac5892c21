// Stores for a test: an in-memory SQLite database, or on the suite's Postgres project a fresh Postgres database.

import { openPostgresDatabase } from '../../server/db/postgres/postgres-database.ts';
import { createStores } from '../../server/stores/drizzle/create-stores.ts';
import { openInMemoryStores } from '../../server/stores/drizzle/in-memory-stores.ts';
import type { Stores } from '../../server/stores/ports.ts';
import { freshPostgresDatabase, onPostgres } from './start-server.ts';

export async function openTestStores(): Promise<{ stores: Stores; close(): Promise<void> }> {
  if (!onPostgres) return openInMemoryStores();
  const database = await openPostgresDatabase(await freshPostgresDatabase());
  return { stores: createStores(database), close: () => database.close() };
}
