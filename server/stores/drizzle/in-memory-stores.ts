// Stores on a fresh in-memory SQLite database: for tests that need real queries without a file.

import type { Database } from '../../db/database.ts';
import { openSqlite } from '../../db/open-sqlite.ts';
import type { Stores } from '../ports.ts';
import { createStores } from './create-stores.ts';

export function openInMemoryStores(): { stores: Stores; database: Database; close(): Promise<void> } {
  const database = openSqlite(':memory:');
  return { stores: createStores(database), database, close: () => database.close() };
}
