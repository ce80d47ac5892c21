// Database access for the learner model: skill ratings and their history, and scenario variant difficulties.

import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { practiceSessions, scenarioRatings, skillRatingHistory, skillRatings } from '../db/schema.ts';
import type { HistoryPoint, Level, Skill } from './progress-types.ts';
import { initialDifficulty, initialRatings, type Rating, type SkillRatings } from './rating.ts';
import { isSkill, type SkillOutcomes } from './skills.ts';

/** The learner's ratings, with the model's defaults for skills never rated. */
export function loadSkillRatings(
  db: Db,
  userId: string,
): { ratings: SkillRatings; rated: Set<Skill>; sessions: Map<Skill, number> } {
  const ratings = initialRatings();
  const rated = new Set<Skill>();
  const sessions = new Map<Skill, number>();
  for (const row of db.select().from(skillRatings).where(eq(skillRatings.userId, userId)).all()) {
    if (!isSkill(row.skill)) continue;
    ratings[row.skill] = { rating: row.rating, uncertainty: row.uncertainty };
    rated.add(row.skill);
    sessions.set(row.skill, row.sessions);
  }
  return { ratings, rated, sessions };
}

export function saveSkillRating(
  db: Db,
  userId: string,
  skill: Skill,
  rating: Rating,
  sessions: number,
  at: string,
  sessionId: string | null,
  outcome: number | null,
): void {
  db.insert(skillRatings)
    .values({
      userId,
      skill,
      rating: rating.rating,
      uncertainty: rating.uncertainty,
      sessions,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: [skillRatings.userId, skillRatings.skill],
      set: { rating: rating.rating, uncertainty: rating.uncertainty, sessions, updatedAt: at },
    })
    .run();
  db.insert(skillRatingHistory)
    .values({ userId, skill, sessionId, outcome, rating: rating.rating, uncertainty: rating.uncertainty, at })
    .run();
}

export function historyOf(db: Db, userId: string): Map<Skill, HistoryPoint[]> {
  const out = new Map<Skill, HistoryPoint[]>();
  const rows = db
    .select()
    .from(skillRatingHistory)
    .where(eq(skillRatingHistory.userId, userId))
    .orderBy(asc(skillRatingHistory.id))
    .all();
  for (const row of rows) {
    if (!isSkill(row.skill)) continue;
    const list = out.get(row.skill) ?? [];
    list.push({
      at: row.at,
      sessionId: row.sessionId,
      outcome: row.outcome,
      rating: row.rating,
      uncertainty: row.uncertainty,
    });
    out.set(row.skill, list);
  }
  return out;
}

/** Whether a graded session has already moved the ratings (so a resumed grading job does not count twice). */
export function sessionApplied(db: Db, sessionId: string): boolean {
  return (
    db
      .select({ id: skillRatingHistory.id })
      .from(skillRatingHistory)
      .where(eq(skillRatingHistory.sessionId, sessionId))
      .limit(1)
      .get() !== undefined
  );
}

/** The learner's most recent graded sessions, oldest first, with the per-skill outcomes they produced. */
export function recentGradedSessions(
  db: Db,
  userId: string,
  limit = 10,
): { scenarioId: string; level: Level; outcomes: SkillOutcomes }[] {
  const sessions = db
    .selectDistinct({
      id: practiceSessions.id,
      scenarioId: practiceSessions.scenarioId,
      level: practiceSessions.difficulty,
      at: practiceSessions.createdAt,
    })
    .from(practiceSessions)
    .innerJoin(skillRatingHistory, eq(skillRatingHistory.sessionId, practiceSessions.id))
    .where(and(eq(practiceSessions.userId, userId), isNotNull(skillRatingHistory.outcome)))
    .orderBy(desc(practiceSessions.createdAt))
    .limit(limit)
    .all();
  if (sessions.length === 0) return [];
  const outcomes = db
    .select({
      sessionId: skillRatingHistory.sessionId,
      skill: skillRatingHistory.skill,
      outcome: skillRatingHistory.outcome,
    })
    .from(skillRatingHistory)
    .where(
      inArray(
        skillRatingHistory.sessionId,
        sessions.map((s) => s.id),
      ),
    )
    .all();
  return sessions.reverse().map((s) => {
    const o: SkillOutcomes = {};
    for (const row of outcomes)
      if (row.sessionId === s.id && isSkill(row.skill) && row.outcome !== null) o[row.skill] = row.outcome;
    return { scenarioId: s.scenarioId, level: s.level as Level, outcomes: o };
  });
}

export function loadVariantDifficulty(
  db: Db,
  scenarioId: string,
  level: Level,
): Rating & { sessions: number } {
  const row = db
    .select()
    .from(scenarioRatings)
    .where(and(eq(scenarioRatings.scenarioId, scenarioId), eq(scenarioRatings.difficulty, level)))
    .get();
  return row
    ? { rating: row.rating, uncertainty: row.uncertainty, sessions: row.sessions }
    : { ...initialDifficulty(level), sessions: 0 };
}

export function saveVariantDifficulty(
  db: Db,
  scenarioId: string,
  level: Level,
  rating: Rating,
  sessions: number,
): void {
  db.insert(scenarioRatings)
    .values({
      scenarioId,
      difficulty: level,
      rating: rating.rating,
      uncertainty: rating.uncertainty,
      sessions,
    })
    .onConflictDoUpdate({
      target: [scenarioRatings.scenarioId, scenarioRatings.difficulty],
      set: { rating: rating.rating, uncertainty: rating.uncertainty, sessions },
    })
    .run();
}
