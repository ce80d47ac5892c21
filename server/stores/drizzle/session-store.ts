// Practice sessions, their turns, the turn each session is answering, and the grading job queued when one ends.

import { and, asc, count, desc, eq, gt, isNotNull, isNull, lt, or, sql as raw, sum } from 'drizzle-orm';
import type { PracticeSessionRow, SessionStore, TurnRow } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function sessionStore({ sql, t, write, writeOne, prepared }: StoreContext): SessionStore {
  const { practiceSessions: sessions, turns, gradingJobs } = t;
  const statusOf = async (tx: typeof sql, sessionId: string) =>
    (await tx.select({ status: sessions.status }).from(sessions).where(eq(sessions.id, sessionId)))[0]
      ?.status;
  const learnerSpoke = async (tx: typeof sql, sessionId: string) =>
    (
      await tx
        .select({ id: turns.id })
        .from(turns)
        .where(
          and(eq(turns.sessionId, sessionId), eq(turns.speaker, 'learner'), raw`trim(${turns.text}) <> ''`),
        )
        .limit(1)
    ).length > 0;
  // The reads of every turn, prepared once.
  const ownedSession = prepared<PracticeSessionRow>('owned-session', (q) =>
    q
      .select()
      .from(sessions)
      .where(
        and(eq(sessions.id, raw.placeholder('sessionId')), eq(sessions.userId, raw.placeholder('userId'))),
      ),
  );
  const sessionStatus = prepared<{ status: PracticeSessionRow['status'] }>('session-status', (q) =>
    q
      .select({ status: sessions.status })
      .from(sessions)
      .where(eq(sessions.id, raw.placeholder('sessionId'))),
  );
  const sessionTurns = prepared<TurnRow>('session-turns', (q) =>
    q
      .select()
      .from(turns)
      .where(eq(turns.sessionId, raw.placeholder('sessionId')))
      .orderBy(asc(turns.index)),
  );
  const latestTurn = prepared<TurnRow>('latest-turn', (q) =>
    q
      .select()
      .from(turns)
      .where(eq(turns.sessionId, raw.placeholder('sessionId')))
      .orderBy(desc(turns.index))
      .limit(1),
  );
  const heldBy = (sessionId: string, holder: string) =>
    and(eq(sessions.id, sessionId), eq(sessions.turnHolder, holder));

  return {
    createSession: (session) =>
      writeOne(async (tx) => {
        const [row] = await tx.insert(sessions).values(session).returning();
        if (!row) throw new Error('the new session was not stored');
        return row;
      }),
    findOwnedSession: async (userId, sessionId) => (await ownedSession({ userId, sessionId }))[0],
    findSession: async (sessionId) =>
      (await sql.select().from(sessions).where(eq(sessions.id, sessionId)))[0],
    sessionStatus: async (sessionId) => (await sessionStatus({ sessionId }))[0]?.status,
    listOwnedSessions: (userId) =>
      sql.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.createdAt)),
    loadTurns: (sessionId) => sessionTurns({ sessionId }),
    lastTurn: async (sessionId) => (await latestTurn({ sessionId }))[0],
    learnerSpoke: (sessionId) => learnerSpoke(sql, sessionId),
    appendTurn: (turn) =>
      write(async (tx) => {
        // Checked in the same write, so an "end" cannot slip between the check and the insert.
        if ((await statusOf(tx, turn.sessionId)) !== 'active') return null;
        const [row] = await tx.insert(turns).values(turn).returning();
        return row ?? null;
      }),
    completeAnalysis: (turnId, analysis) =>
      writeOne(async (tx) => {
        const [row] = await tx.update(turns).set(analysis).where(eq(turns.id, turnId)).returning();
        if (!row) throw new Error(`turn ${turnId} is gone`);
        return row;
      }),
    findTurn: async (sessionId, index) =>
      (
        await sql
          .select()
          .from(turns)
          .where(and(eq(turns.sessionId, sessionId), eq(turns.index, index)))
      )[0],
    updateTurn: (turnId, patch) =>
      writeOne(async (tx) => {
        const [row] = await tx.update(turns).set(patch).where(eq(turns.id, turnId)).returning();
        if (!row) throw new Error(`turn ${turnId} is gone`);
        return row;
      }),
    deleteTurnsAfter: (sessionId, index) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .delete(turns)
              .where(and(eq(turns.sessionId, sessionId), gt(turns.index, index)))
              .returning({ id: turns.id })
          ).length,
      ),
    claimTurn: ({ sessionId, holder, until }, now) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .update(sessions)
              .set({ turnHolder: holder, turnHeldUntil: until })
              .where(
                and(
                  eq(sessions.id, sessionId),
                  or(
                    isNull(sessions.turnHolder),
                    isNull(sessions.turnHeldUntil),
                    lt(sessions.turnHeldUntil, now),
                  ),
                ),
              )
              .returning({ id: sessions.id })
          ).length === 1,
      ),
    renewTurn: ({ sessionId, holder, until }) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .update(sessions)
              .set({ turnHeldUntil: until })
              .where(heldBy(sessionId, holder))
              .returning({ id: sessions.id })
          ).length === 1,
      ),
    releaseTurn: (sessionId, holder) =>
      writeOne(async (tx) => {
        await tx
          .update(sessions)
          .set({ turnHolder: null, turnHeldUntil: null })
          .where(heldBy(sessionId, holder));
      }),
    endSession: (sessionId, at, leftReasonFor) =>
      write(async (tx) => {
        const [current] = await tx.select().from(sessions).where(eq(sessions.id, sessionId));
        if (current?.status !== 'active') return current;
        // Decided inside the write, so a turn stored a moment earlier is seen.
        const leftReason = leftReasonFor(await learnerSpoke(tx, sessionId));
        const [ended] = await tx
          .update(sessions)
          .set({ status: 'ended', endedAt: at, leftReason })
          .where(and(eq(sessions.id, sessionId), eq(sessions.status, 'active')))
          .returning();
        if (ended && leftReason === null) {
          await tx
            .insert(gradingJobs)
            .values({ sessionId, status: 'pending', createdAt: at, updatedAt: at })
            .onConflictDoNothing();
        }
        return ended ?? current;
      }),
    usageByLearner: async (userId) => {
      const rows = await sql
        .select({
          sessionId: sessions.id,
          scenarioId: sessions.scenarioId,
          createdAt: sessions.createdAt,
          modelTurns: count(turns.model),
          promptTokens: sum(turns.promptTokens),
          completionTokens: sum(turns.completionTokens),
        })
        .from(sessions)
        .leftJoin(turns, and(eq(turns.sessionId, sessions.id), isNotNull(turns.model)))
        .where(eq(sessions.userId, userId))
        .groupBy(sessions.id)
        .orderBy(desc(sessions.createdAt));
      return rows.map((row) => ({
        ...row,
        modelTurns: Number(row.modelTurns),
        promptTokens: Number(row.promptTokens ?? 0),
        completionTokens: Number(row.completionTokens ?? 0),
      }));
    },
    usageTotals: async () => {
      const [row] = await sql
        .select({
          modelTurns: count(turns.model),
          promptTokens: sum(turns.promptTokens),
          completionTokens: sum(turns.completionTokens),
        })
        .from(turns);
      return {
        modelTurns: Number(row?.modelTurns ?? 0),
        promptTokens: Number(row?.promptTokens ?? 0),
        completionTokens: Number(row?.completionTokens ?? 0),
      };
    },
  };
}
