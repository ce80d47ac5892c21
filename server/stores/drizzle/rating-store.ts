// The learner model's data: skill ratings with their history, and how hard each scenario variant has proved.

import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { RatingStore } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function ratingStore({ sql, t, write, writeOne }: StoreContext): RatingStore {
  const { skillRatings, skillRatingHistory: history, scenarioRatings, practiceSessions: sessions } = t;
  return {
    skillRatings: (userId) => sql.select().from(skillRatings).where(eq(skillRatings.userId, userId)),
    saveSkillRating: (row, change) =>
      write(async (tx) => {
        const { userId, skill, ...rest } = row;
        await tx
          .insert(skillRatings)
          .values(row)
          .onConflictDoUpdate({ target: [skillRatings.userId, skillRatings.skill], set: rest });
        await tx.insert(history).values({
          userId,
          skill,
          sessionId: change.sessionId,
          outcome: change.outcome,
          rating: row.rating,
          uncertainty: row.uncertainty,
          at: row.updatedAt,
        });
      }),
    history: (userId) =>
      sql.select().from(history).where(eq(history.userId, userId)).orderBy(asc(history.id)),
    sessionApplied: async (sessionId) =>
      (await sql.select({ id: history.id }).from(history).where(eq(history.sessionId, sessionId)).limit(1))
        .length > 0,
    recentGradedSessions: async (userId, limit) => {
      const graded = await sql
        .selectDistinct({
          id: sessions.id,
          scenarioId: sessions.scenarioId,
          level: sessions.difficulty,
          at: sessions.createdAt,
        })
        .from(sessions)
        .innerJoin(history, eq(history.sessionId, sessions.id))
        .where(and(eq(sessions.userId, userId), isNotNull(history.outcome)))
        .orderBy(desc(sessions.createdAt))
        .limit(limit);
      if (graded.length === 0) return [];
      const outcomes = await sql
        .select({ sessionId: history.sessionId, skill: history.skill, outcome: history.outcome })
        .from(history)
        .where(
          inArray(
            history.sessionId,
            graded.map((s) => s.id),
          ),
        );
      return graded.map((s) => ({
        id: s.id,
        scenarioId: s.scenarioId,
        level: s.level,
        outcomes: outcomes.flatMap((o) =>
          o.sessionId === s.id && o.outcome !== null ? [{ skill: o.skill, outcome: o.outcome }] : [],
        ),
      }));
    },
    variantRating: async (scenarioId, level) =>
      (
        await sql
          .select()
          .from(scenarioRatings)
          .where(and(eq(scenarioRatings.scenarioId, scenarioId), eq(scenarioRatings.difficulty, level)))
      )[0],
    saveVariantRating: (row) =>
      writeOne(async (tx) => {
        const { scenarioId, difficulty, ...rest } = row;
        await tx
          .insert(scenarioRatings)
          .values(row)
          .onConflictDoUpdate({
            target: [scenarioRatings.scenarioId, scenarioRatings.difficulty],
            set: rest,
          });
      }),
  };
}
