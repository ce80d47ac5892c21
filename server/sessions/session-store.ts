// Database access for practice sessions and their turns.

import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { type PracticeSessionRow, practiceSessions, type TurnRow, turns } from '../db/schema.ts';

export type NewTurn = typeof turns.$inferInsert;

export function findOwnedSession(db: Db, userId: string, sessionId: string): PracticeSessionRow | undefined {
  return db
    .select()
    .from(practiceSessions)
    .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.userId, userId)))
    .get();
}

export function listOwnedSessions(db: Db, userId: string): PracticeSessionRow[] {
  return db
    .select()
    .from(practiceSessions)
    .where(eq(practiceSessions.userId, userId))
    .orderBy(desc(practiceSessions.createdAt))
    .all();
}

export function loadTurns(db: Db, sessionId: string): TurnRow[] {
  return db.select().from(turns).where(eq(turns.sessionId, sessionId)).orderBy(asc(turns.index)).all();
}

export function lastTurn(db: Db, sessionId: string): TurnRow | undefined {
  return db
    .select()
    .from(turns)
    .where(eq(turns.sessionId, sessionId))
    .orderBy(desc(turns.index))
    .limit(1)
    .get();
}

export function insertTurn(db: Db, turn: NewTurn): TurnRow {
  return db.insert(turns).values(turn).returning().get();
}
