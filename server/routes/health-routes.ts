import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import type { SceneCatalog } from '../sessions/scene-catalog.ts';

/** Liveness and readiness in one: the database answers and scenarios are loaded. */
export function healthRoutes(deps: { db: Db; catalog: SceneCatalog }) {
  return new Hono().get('/', (c) => {
    let database: 'ok' | 'failing' = 'ok';
    try {
      deps.db.get(sql`select 1`);
    } catch {
      database = 'failing';
    }
    const status = database === 'ok' ? 'ok' : 'degraded';
    return c.json(
      { status, database, scenarios: deps.catalog.scenarios.length, conversationEngine: 'offline' },
      status === 'ok' ? 200 : 503,
    );
  });
}
