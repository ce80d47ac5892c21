// The learner model's reads and writes, in its own terms (skills, levels, ratings), over the rating store.

import type { RatingStore } from '../stores/ports.ts';
import type { HistoryPoint, Level, Skill } from './progress-types.ts';
import { initialDifficulty, initialRatings, type Rating, type SkillRatings } from './rating.ts';
import { isSkill, type SkillOutcomes } from './skills.ts';

export interface LearnerRatings {
  ratings: SkillRatings;
  rated: Set<Skill>;
  sessions: Map<Skill, number>;
}

/** The learner's ratings, with the model's defaults for skills never rated. */
export async function loadSkillRatings(store: RatingStore, userId: string): Promise<LearnerRatings> {
  const ratings = initialRatings();
  const rated = new Set<Skill>();
  const sessions = new Map<Skill, number>();
  for (const row of await store.skillRatings(userId)) {
    if (!isSkill(row.skill)) continue;
    ratings[row.skill] = { rating: row.rating, uncertainty: row.uncertainty };
    rated.add(row.skill);
    sessions.set(row.skill, row.sessions);
  }
  return { ratings, rated, sessions };
}

export function saveSkillRating(
  store: RatingStore,
  change: {
    userId: string;
    skill: Skill;
    rating: Rating;
    sessions: number;
    at: string;
    sessionId: string | null;
    outcome: number | null;
  },
): Promise<void> {
  return store.saveSkillRating(
    {
      userId: change.userId,
      skill: change.skill,
      rating: change.rating.rating,
      uncertainty: change.rating.uncertainty,
      sessions: change.sessions,
      updatedAt: change.at,
    },
    { sessionId: change.sessionId, outcome: change.outcome },
  );
}

export async function historyOf(store: RatingStore, userId: string): Promise<Map<Skill, HistoryPoint[]>> {
  const out = new Map<Skill, HistoryPoint[]>();
  for (const row of await store.history(userId)) {
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

/** The learner's most recent graded sessions, oldest first, with the per-skill outcomes they produced. */
export async function recentGradedSessions(
  store: RatingStore,
  userId: string,
  limit = 10,
): Promise<{ scenarioId: string; level: Level; outcomes: SkillOutcomes }[]> {
  const sessions = await store.recentGradedSessions(userId, limit);
  return sessions.reverse().map((s) => {
    const outcomes: SkillOutcomes = {};
    for (const o of s.outcomes) if (isSkill(o.skill)) outcomes[o.skill] = o.outcome;
    return { scenarioId: s.scenarioId, level: s.level as Level, outcomes };
  });
}

export async function loadVariantDifficulty(
  store: RatingStore,
  scenarioId: string,
  level: Level,
): Promise<Rating & { sessions: number }> {
  const row = await store.variantRating(scenarioId, level);
  return row
    ? { rating: row.rating, uncertainty: row.uncertainty, sessions: row.sessions }
    : { ...initialDifficulty(level), sessions: 0 };
}

export function saveVariantDifficulty(
  store: RatingStore,
  scenarioId: string,
  level: Level,
  rating: Rating,
  sessions: number,
): Promise<void> {
  return store.saveVariantRating({
    scenarioId,
    difficulty: level,
    rating: rating.rating,
    uncertainty: rating.uncertainty,
    sessions,
  });
}
