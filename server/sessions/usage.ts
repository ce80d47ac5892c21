// Token use by the character model, per session and per learner, from the stored turns.

import { and, count, desc, eq, isNotNull, sql, sum } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { practiceSessions, turns, users } from '../db/schema.ts';
import { errors } from '../http/api-error.ts';

export interface UsageTotals {
  modelTurns: number;
  promptTokens: number;
  completionTokens: number;
}

export interface SessionUsage extends UsageTotals {
  sessionId: string;
  scenarioId: string;
  createdAt: string;
}

export interface LearnerUsage {
  userId: string;
  total: UsageTotals;
  sessions: SessionUsage[];
}

/** Per-session and total model usage of one learner (404 for an unknown user). */
export function learnerUsage(db: Db, userId: string): LearnerUsage {
  if (!db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get())
    throw errors.notFound('User');
  const rows = db
    .select({
      sessionId: practiceSessions.id,
      scenarioId: practiceSessions.scenarioId,
      createdAt: practiceSessions.createdAt,
      modelTurns: count(turns.model),
      promptTokens: sum(turns.promptTokens),
      completionTokens: sum(turns.completionTokens),
    })
    .from(practiceSessions)
    .leftJoin(turns, and(eq(turns.sessionId, practiceSessions.id), isNotNull(turns.model)))
    .where(eq(practiceSessions.userId, userId))
    .groupBy(practiceSessions.id)
    .orderBy(desc(practiceSessions.createdAt))
    .all();
  const sessions = rows.map((row) => ({
    sessionId: row.sessionId,
    scenarioId: row.scenarioId,
    createdAt: row.createdAt,
    modelTurns: row.modelTurns,
    promptTokens: Number(row.promptTokens ?? 0),
    completionTokens: Number(row.completionTokens ?? 0),
  }));
  const total = sessions.reduce<UsageTotals>(
    (acc, s) => ({
      modelTurns: acc.modelTurns + s.modelTurns,
      promptTokens: acc.promptTokens + s.promptTokens,
      completionTokens: acc.completionTokens + s.completionTokens,
    }),
    { modelTurns: 0, promptTokens: 0, completionTokens: 0 },
  );
  return { userId, total, sessions };
}

/** Totals across every learner, for admins. */
export function instanceUsage(db: Db): UsageTotals {
  const row = db
    .select({
      modelTurns: count(turns.model),
      promptTokens: sql<number>`coalesce(sum(${turns.promptTokens}), 0)`,
      completionTokens: sql<number>`coalesce(sum(${turns.completionTokens}), 0)`,
    })
    .from(turns)
    .get();
  return {
    modelTurns: row?.modelTurns ?? 0,
    promptTokens: Number(row?.promptTokens ?? 0),
    completionTokens: Number(row?.completionTokens ?? 0),
  };
}
