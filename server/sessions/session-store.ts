// Database access for practice sessions and their turns. The per-turn queries are prepared once per database,
// since preparing them on every call was the largest cost of a turn.

import { and, asc, desc, eq, gt, type Placeholder, sql } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { type PracticeSessionRow, practiceSessions, type TurnRow, turns } from '../db/schema.ts';

export type NewTurn = typeof turns.$inferInsert;

export interface SessionStore {
  findOwnedSession(userId: string, sessionId: string): PracticeSessionRow | undefined;
  sessionStatus(sessionId: string): PracticeSessionRow['status'] | undefined;
  listOwnedSessions(userId: string): PracticeSessionRow[];
  loadTurns(sessionId: string): TurnRow[];
  lastTurn(sessionId: string): TurnRow | undefined;
  /** Whether the learner has said anything at all in the session (a learner turn with some text). */
  learnerSpoke(sessionId: string): boolean;
  insertTurn(turn: NewTurn): TurnRow;
  /** Adds the classified acts, the affect after the turn and engine detail to a stored learner turn. */
  completeAnalysis(turnId: number, analysis: Pick<TurnRow, 'acts' | 'affect' | 'meta'>): TurnRow;
  findTurn(sessionId: string, index: number): TurnRow | undefined;
  /** Rewrites a stored turn's text or engine detail (a reply cut off, a spoken turn's timings). */
  updateTurn(turnId: number, patch: Partial<Pick<TurnRow, 'text' | 'meta'>>): TurnRow;
  /** Removes the turns after `index` (replies the learner never heard); returns how many went. */
  deleteTurnsAfter(sessionId: string, index: number): number;
  /** Runs `work` in one write transaction, waiting (briefly: see BUSY_TIMEOUT_MS) for another writer's lock. */
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
  const learnerTurn = db
    .select({ id: turns.id })
    .from(turns)
    .where(
      and(
        eq(turns.sessionId, sql.placeholder('sessionId')),
        eq(turns.speaker, 'learner'),
        sql`trim(${turns.text}) <> ''`,
      ),
    )
    .limit(1)
    .prepare();
  // Writes too: building and preparing an insert cost about four times what running a prepared one does.
  const placeholders = <K extends string>(...names: K[]) =>
    Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as Record<K, Placeholder<K>>;
  const newTurn = db
    .insert(turns)
    .values(
      placeholders(
        'sessionId',
        'index',
        'speaker',
        'text',
        'acts',
        'affect',
        'source',
        'interrupted',
        'model',
        'promptTokens',
        'completionTokens',
        'firstTokenMs',
        'lastTokenMs',
        'meta',
        'createdAt',
        'completedAt',
      ),
    )
    .returning()
    .prepare();
  const analysis = db
    .update(turns)
    // drizzle types placeholders for inserts only; in an update they get the column's JSON mapping just the same.
    .set(placeholders('acts', 'affect', 'meta') as unknown as Pick<NewTurn, 'acts' | 'affect' | 'meta'>)
    .where(eq(turns.id, sql.placeholder('turnId')))
    .returning()
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
    learnerSpoke: (sessionId) => learnerTurn.get({ sessionId }) !== undefined,
    insertTurn: (turn) =>
      newTurn.get({
        ...turn,
        interrupted: turn.interrupted ?? false,
        model: turn.model ?? null,
        promptTokens: turn.promptTokens ?? null,
        completionTokens: turn.completionTokens ?? null,
        firstTokenMs: turn.firstTokenMs ?? null,
        lastTokenMs: turn.lastTokenMs ?? null,
        meta: turn.meta ?? {},
      }) as TurnRow,
    completeAnalysis: (turnId, { acts, affect, meta }) =>
      analysis.get({ turnId, acts, affect, meta }) as TurnRow,
    findTurn: (sessionId, index) =>
      db
        .select()
        .from(turns)
        .where(and(eq(turns.sessionId, sessionId), eq(turns.index, index)))
        .get(),
    updateTurn: (turnId, patch) =>
      db.update(turns).set(patch).where(eq(turns.id, turnId)).returning().get() as TurnRow,
    deleteTurnsAfter: (sessionId, index) =>
      db
        .delete(turns)
        .where(and(eq(turns.sessionId, sessionId), gt(turns.index, index)))
        .run().changes,
    // IMMEDIATE takes the write lock at the start: a transaction that read first and then had to upgrade would
    // fail at once when another connection writes, without waiting at all.
    transaction: (work) => db.transaction(() => work(), { behavior: 'immediate' }),
  };
}
