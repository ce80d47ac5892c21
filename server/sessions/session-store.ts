// Database access for practice sessions and their turns. The per-turn queries are prepared once per database,
// since preparing them on every call was the largest cost of a turn.

import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { type PracticeSessionRow, practiceSessions, type TurnRow, turns } from '../db/schema.ts';

export type NewTurn = typeof turns.$inferInsert;

export interface SessionStore {
  findOwnedSession(userId: string, sessionId: string): PracticeSessionRow | undefined;
  sessionStatus(sessionId: string): PracticeSessionRow['status'] | undefined;
  listOwnedSessions(userId: string): PracticeSessionRow[];
  loadTurns(sessionId: string): TurnRow[];
  lastTurn(sessionId: string): TurnRow | undefined;
  insertTurn(turn: NewTurn): TurnRow;
  /** Adds the classified acts, the affect after the turn and engine detail to a stored learner turn. */
  completeAnalysis(turnId: number, analysis: Pick<TurnRow, 'acts' | 'affect' | 'meta'>): TurnRow;
  /** Runs `work` in one write transaction. */
  transaction<T>(work: () => T): T;
}

export function createSessionStore(db: Db): SessionStore {
  const ownedSession = db
    .select()
    .from(practiceSessions)
    .where(
      and(
        eq(practiceSessions.id, sql.placeholder('sessionId')),
        eq(practiceSessions.userId, sql.placeholder('userId')),
      ),
    )
    .prepare();
  const status = db
    .select({ status: practiceSessions.status })
    .from(practiceSessions)
    .where(eq(practiceSessions.id, sql.placeholder('sessionId')))
    .prepare();
  const sessionTurns = db
    .select()
    .from(turns)
    .where(eq(turns.sessionId, sql.placeholder('sessionId')))
    .orderBy(asc(turns.index))
    .prepare();
  const latestTurn = db
    .select()
    .from(turns)
    .where(eq(turns.sessionId, sql.placeholder('sessionId')))
    .orderBy(desc(turns.index))
    .limit(1)
    .prepare();

  return {
    findOwnedSession: (userId, sessionId) => ownedSession.get({ userId, sessionId }),
    sessionStatus: (sessionId) => status.get({ sessionId })?.status,
    listOwnedSessions: (userId) =>
      db
        .select()
        .from(practiceSessions)
        .where(eq(practiceSessions.userId, userId))
        .orderBy(desc(practiceSessions.createdAt))
        .all(),
    loadTurns: (sessionId) => sessionTurns.all({ sessionId }),
    lastTurn: (sessionId) => latestTurn.get({ sessionId }),
    insertTurn: (turn) => db.insert(turns).values(turn).returning().get(),
    completeAnalysis: (turnId, analysis) =>
      db.update(turns).set(analysis).where(eq(turns.id, turnId)).returning().get() as TurnRow,
    transaction: (work) => db.transaction(() => work()),
  };
}
