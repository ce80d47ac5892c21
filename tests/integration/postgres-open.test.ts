// Opening a Postgres database: two processes starting at once both come up on one migrated schema, rows round-trip
// with their JSON, booleans and fractional numbers intact, and the database fills in created_at as SQLite does.

import { readFileSync } from 'node:fs';
import { asc, eq, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SceneAffect } from '../../server/content/affect-types.ts';
import { type OpenedPostgres, openPostgres, type PgDb } from '../../server/db/postgres/open-postgres.ts';
import * as pgSchema from '../../server/db/postgres/schema.ts';
import { practiceSessions, turns, users } from '../../server/db/postgres/schema.ts';
import { type PostgresDatabases, testPostgres } from '../support/postgres-server.ts';

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** The committed migrations: a fresh database gets each exactly once. */
const MIGRATIONS = (
  JSON.parse(
    readFileSync(new URL('../../server/db/migrations-postgres/meta/_journal.json', import.meta.url), 'utf8'),
  ) as { entries: unknown[] }
).entries.length;

let cluster: PostgresDatabases;
const opened: OpenedPostgres[] = [];

beforeAll(async () => {
  cluster = await testPostgres();
});

afterAll(async () => {
  await Promise.all(opened.map((handle) => handle.close()));
  await cluster?.stop();
});

async function open(url: string): Promise<OpenedPostgres> {
  const handle = await openPostgres(url);
  opened.push(handle);
  return handle;
}

async function appliedMigrations(db: PgDb): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return result.rows[0]?.n ?? -1;
}

describe('openPostgres', () => {
  it('migrates once when two processes open a fresh database at the same moment', async () => {
    const url = await cluster.createDatabase();
    const [first, second] = await Promise.all([open(url), open(url)]);
    expect(await appliedMigrations(first.db)).toBe(MIGRATIONS);
    const tables = await second.db.execute<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    // Every table the schema declares, and no other.
    const declared = Object.values(pgSchema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableConfig(table as PgTable).name)
      .sort();
    expect(tables.rows.map((row) => row.name)).toEqual(declared);
  });

  it('stores a learner, a session and a turn, and reads them back as written', async () => {
    const url = await cluster.createDatabase();
    const { db } = await open(url);
    const before = Date.now();

    const [user] = await db
      .insert(users)
      .values({
        id: 'u-1',
        email: 'ines@example.test',
        name: 'Ines Okafor',
        passwordHash: 'x',
        role: 'learner',
      })
      .returning();
    expect(user?.createdAt).toMatch(ISO_UTC_MS);
    const createdMs = Date.parse(user?.createdAt ?? '');
    expect(createdMs).toBeGreaterThanOrEqual(before - 1_000);
    expect(createdMs).toBeLessThanOrEqual(Date.now() + 1_000);

    const affect: SceneAffect = { daughter: { distress: 0.72, anger: 0.31, trust: 0.2 } };
    await db.insert(practiceSessions).values({
      id: 's-1',
      userId: 'u-1',
      scenarioId: 'breaking-news',
      difficulty: 2,
      status: 'active',
      presentCharacters: ['daughter'],
      initialAffect: affect,
      createdAt: '2031-03-04T09:15:00.000Z',
    });
    const [session] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, 's-1'));
    expect(session).toMatchObject({
      presentCharacters: ['daughter'],
      initialAffect: affect,
      leftReason: null,
    });

    const turn = {
      sessionId: 's-1',
      speaker: 'learner',
      text: 'I am sorry, the scan shows the tumour has grown.',
      acts: [{ act: 'nurse-naming' as const, confidence: 0.875 }],
      affect,
      source: 'typed' as const,
      firstTokenMs: 123.456789012345,
      createdAt: '2031-03-04T09:15:05.000Z',
      completedAt: '2031-03-04T09:15:05.250Z',
    };
    await db.insert(turns).values([
      { ...turn, index: 0 },
      { ...turn, index: 1, interrupted: true, meta: { band: 'guarded' } },
    ]);
    const rows = await db.select().from(turns).where(eq(turns.sessionId, 's-1')).orderBy(asc(turns.index));
    expect(rows).toHaveLength(2);
    const [firstTurn, secondTurn] = rows;
    expect(firstTurn).toMatchObject({ ...turn, index: 0, interrupted: false, meta: {}, model: null });
    // Ratings and timings keep every digit: double precision, not SQL's 4-byte real.
    expect(firstTurn?.firstTokenMs).toBe(123.456789012345);
    expect(secondTurn).toMatchObject({ index: 1, interrupted: true, meta: { band: 'guarded' } });
    expect((secondTurn?.id ?? 0) - (firstTurn?.id ?? 0)).toBe(1);

    // Stored as JSON values, not as JSON text inside a string.
    const kinds = await db.execute<{ acts: string; affect: string }>(
      sql`select jsonb_typeof(acts) as acts, jsonb_typeof(affect) as affect from turns where turn_index = 0`,
    );
    expect(kinds.rows[0]).toEqual({ acts: 'array', affect: 'object' });
  });

  it('opens an up-to-date database again without migrating or touching its rows', async () => {
    const url = await cluster.createDatabase();
    const first = await open(url);
    await first.db.insert(users).values({
      id: 'u-2',
      email: 'tom@example.test',
      name: 'Tom Reyes',
      passwordHash: 'x',
      role: 'instructor',
    });
    const again = await open(url);
    expect(await appliedMigrations(again.db)).toBe(MIGRATIONS);
    expect(await again.db.select({ id: users.id }).from(users)).toEqual([{ id: 'u-2' }]);
  });
});
