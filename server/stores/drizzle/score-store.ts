// Each report's scores as rows (copied out when the report is stored), and a cohort's aggregates computed from them
// in SQL: a cohort's overview reads a few grouped queries, never its reports one by one.

import { and, asc, avg, count, eq, isNotNull, notExists, sql as raw } from 'drizzle-orm';
import { type ItemBandRow, type ScoreStore, scoreBand } from '../instruction-ports.ts';
import type { StoreContext } from './store-context.ts';

export function scoreStore({ sql, t, write }: StoreContext): ScoreStore {
  const {
    reportRubricScores: rubricScores,
    reportItemScores: itemScores,
    cohortRetainedScores: retained,
    cohortMembers: members,
    practiceSessions: sessions,
    gradingJobs: jobs,
    skillRatingHistory: history,
  } = t;
  const inCohort = (cohortId: string) =>
    and(eq(members.cohortId, cohortId), eq(members.userId, sessions.userId));
  const bandRow = (row: {
    rubricId: string;
    itemId: string;
    band: number;
    sessions: number;
    scoreSum: number;
  }) => ({
    rubricId: row.rubricId,
    itemId: row.itemId,
    band: Number(row.band),
    sessions: Number(row.sessions),
    scoreSum: Number(row.scoreSum),
  });
  /** Sessions with one score, as a band row. */
  const banded = (row: { rubricId: string; itemId: string; score: number | null; sessions: unknown }) => {
    const score = Number(row.score);
    const n = Number(row.sessions);
    return {
      rubricId: row.rubricId,
      itemId: row.itemId,
      band: scoreBand(score),
      sessions: n,
      scoreSum: score * n,
    };
  };

  return {
    saveReportScores: (sessionId, scores) =>
      write(async (tx) => {
        if (scores.length === 0) return;
        await tx
          .insert(rubricScores)
          .values(scores.map((r) => ({ sessionId, rubricId: r.rubricId, overall: r.overall })))
          .onConflictDoNothing();
        const items = scores.flatMap((r) =>
          r.items.map((item) => ({
            sessionId,
            rubricId: r.rubricId,
            itemId: item.itemId,
            score: item.score,
          })),
        );
        if (items.length > 0) await tx.insert(itemScores).values(items).onConflictDoNothing();
      }),
    reportsWithoutScores: async (limit) => {
      const rows = await sql
        .select({ sessionId: jobs.sessionId, report: jobs.report })
        .from(jobs)
        .where(
          and(
            eq(jobs.status, 'done'),
            isNotNull(jobs.report),
            notExists(
              sql
                .select({ one: rubricScores.sessionId })
                .from(rubricScores)
                .where(eq(rubricScores.sessionId, jobs.sessionId)),
            ),
          ),
        )
        .orderBy(asc(jobs.sessionId))
        .limit(limit);
      return rows.flatMap((row) => (row.report ? [{ sessionId: row.sessionId, report: row.report }] : []));
    },
    cohortSessions: async (cohortId) => {
      const rows = await sql
        .select({
          id: sessions.id,
          userId: sessions.userId,
          scenarioId: sessions.scenarioId,
          difficulty: sessions.difficulty,
          status: sessions.status,
          leftReason: sessions.leftReason,
          createdAt: sessions.createdAt,
          endedAt: sessions.endedAt,
          meanOverall: avg(rubricScores.overall),
        })
        .from(sessions)
        .innerJoin(members, inCohort(cohortId))
        .leftJoin(rubricScores, eq(rubricScores.sessionId, sessions.id))
        .groupBy(sessions.id)
        .orderBy(asc(sessions.createdAt), asc(sessions.id));
      return rows.map((row) => ({
        ...row,
        meanOverall: row.meanOverall === null ? null : Number(row.meanOverall),
      }));
    },
    cohortItemBands: async (cohortId) => {
      // Grouped by the score itself (few distinct values: items are scored 0, 0.5 or 1), banded here: cheaper than
      // grouping by a computed band.
      const byScore = await sql
        .select({
          rubricId: itemScores.rubricId,
          itemId: itemScores.itemId,
          score: itemScores.score,
          sessions: count(),
        })
        .from(itemScores)
        .innerJoin(sessions, eq(sessions.id, itemScores.sessionId))
        .innerJoin(members, inCohort(cohortId))
        .where(isNotNull(itemScores.score))
        .groupBy(itemScores.rubricId, itemScores.itemId, itemScores.score);
      const scored = byScore.map(banded);
      const kept = await sql
        .select({
          rubricId: retained.rubricId,
          itemId: retained.itemId,
          band: retained.band,
          sessions: retained.sessions,
          scoreSum: retained.scoreSum,
        })
        .from(retained)
        .where(eq(retained.cohortId, cohortId));
      const merged = new Map<string, ItemBandRow>();
      for (const row of [...scored, ...kept].map(bandRow)) {
        const key = `${row.rubricId}\u0000${row.itemId}\u0000${row.band}`;
        const seen = merged.get(key);
        if (seen) {
          seen.sessions += row.sessions;
          seen.scoreSum += row.scoreSum;
        } else merged.set(key, row);
      }
      return [...merged.values()];
    },
    cohortScores: async (cohortId) => {
      const rubrics = await sql
        .select({
          sessionId: rubricScores.sessionId,
          rubricId: rubricScores.rubricId,
          overall: rubricScores.overall,
        })
        .from(rubricScores)
        .innerJoin(sessions, eq(sessions.id, rubricScores.sessionId))
        .innerJoin(members, inCohort(cohortId));
      const items = await sql
        .select({
          sessionId: itemScores.sessionId,
          rubricId: itemScores.rubricId,
          itemId: itemScores.itemId,
          score: itemScores.score,
        })
        .from(itemScores)
        .innerJoin(sessions, eq(sessions.id, itemScores.sessionId))
        .innerJoin(members, inCohort(cohortId));
      return { rubrics, items };
    },
    cohortSkillHistory: (cohortId) =>
      sql
        .select({ userId: history.userId, skill: history.skill, rating: history.rating, at: history.at })
        .from(history)
        .innerJoin(members, and(eq(members.cohortId, cohortId), eq(members.userId, history.userId)))
        .orderBy(asc(history.at), asc(history.id)),
    retainAnonymised: (userId) =>
      write(async (tx) => {
        const byScore = await tx
          .select({
            cohortId: members.cohortId,
            rubricId: itemScores.rubricId,
            itemId: itemScores.itemId,
            score: itemScores.score,
            sessions: count(),
          })
          .from(itemScores)
          .innerJoin(sessions, eq(sessions.id, itemScores.sessionId))
          .innerJoin(members, eq(members.userId, sessions.userId))
          .where(and(eq(sessions.userId, userId), isNotNull(itemScores.score)))
          .groupBy(members.cohortId, itemScores.rubricId, itemScores.itemId, itemScores.score);
        for (const row of byScore) {
          const values = { cohortId: row.cohortId, ...banded(row) };
          await tx
            .insert(retained)
            .values(values)
            .onConflictDoUpdate({
              target: [retained.cohortId, retained.rubricId, retained.itemId, retained.band],
              set: {
                sessions: raw`${retained.sessions} + ${values.sessions}`,
                scoreSum: raw`${retained.scoreSum} + ${values.scoreSum}`,
              },
            });
        }
      }),
  };
}
