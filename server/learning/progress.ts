// Learner-model use-cases: the cold-start self-rating, applying a graded report, and progress with the next
// recommended practice.

import type { Db } from '../db/open-database.ts';
import type { GradingReport } from '../grading/report-types.ts';
import { ApiError } from '../http/api-error.ts';
import type { SceneCatalog } from '../sessions/scene-catalog.ts';
import {
  historyOf,
  loadSkillRatings,
  loadVariantDifficulty,
  recentGradedSessions,
  saveSkillRating,
  saveVariantDifficulty,
  sessionApplied,
} from './learner-store.ts';
import { type CatalogueScenario, recommend } from './policy.ts';
import {
  type Level,
  type Progress,
  type Recommendation,
  type SelfRating,
  SKILLS,
  type Skill,
} from './progress-types.ts';
import { initialRatings, updateRatings } from './rating.ts';
import { assessedSkills, skillOutcomes } from './skills.ts';

/** Records the first sign-in self-rating (1-5 per skill). Refused once any rating exists. */
export function recordSelfRating(
  db: Db,
  userId: string,
  self: Partial<Record<Skill, SelfRating>>,
  at: string,
): void {
  db.transaction((tx) => {
    if (loadSkillRatings(tx, userId).rated.size > 0) {
      throw new ApiError(
        409,
        'already_rated',
        'Your skills are already rated; practice sessions move them from here.',
      );
    }
    const initial = initialRatings(self);
    for (const skill of SKILLS) {
      if (self[skill] !== undefined) saveSkillRating(tx, userId, skill, initial[skill], 0, at, null, null);
    }
  });
}

/** Moves the learner's skill ratings and the variant's difficulty by one graded session. Applying twice is a no-op. */
export function applyGradedSession(
  db: Db,
  session: { id: string; userId: string; scenarioId: string; difficulty: number },
  report: Pick<GradingReport, 'rubrics'>,
  at: string,
): void {
  if (sessionApplied(db, session.id)) return;
  const outcomes = skillOutcomes(report);
  const level = session.difficulty as Level;
  const { ratings, sessions } = loadSkillRatings(db, session.userId);
  const variant = loadVariantDifficulty(db, session.scenarioId, level);
  const update = updateRatings({ skills: ratings, difficulty: variant }, outcomes);
  for (const skill of SKILLS) {
    const outcome = outcomes[skill];
    if (outcome === undefined) continue;
    saveSkillRating(
      db,
      session.userId,
      skill,
      update.skills[skill],
      (sessions.get(skill) ?? 0) + 1,
      at,
      session.id,
      outcome,
    );
  }
  saveVariantDifficulty(db, session.scenarioId, level, update.difficulty, variant.sessions + 1);
}

export function learnerProgress(db: Db, catalog: SceneCatalog, userId: string): Progress {
  const learner = loadSkillRatings(db, userId);
  const { ratings, rated, sessions } = learner;
  const history = historyOf(db, userId);
  return {
    skills: SKILLS.map((skill) => ({
      skill,
      rating: round(ratings[skill].rating),
      uncertainty: round(ratings[skill].uncertainty),
      sessions: sessions.get(skill) ?? 0,
      rated: rated.has(skill),
      history: history.get(skill) ?? [],
    })),
    selfRated: [...history.values()].some((points) => points.some((p) => p.sessionId === null)),
    recommendation: recommendNext(db, catalog, userId, undefined, learner),
  };
}

/** The next practice: over every scenario, or the best level of one chosen scenario. */
export function recommendNext(
  db: Db,
  catalog: SceneCatalog,
  userId: string,
  scenarioId?: string,
  /** The learner's ratings when the caller already has them. */
  learner = loadSkillRatings(db, userId),
): Recommendation | null {
  const scenarios = catalog.scenarios.filter((s) => !scenarioId || s.id === scenarioId);
  const catalogue: CatalogueScenario[] = scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    // The skills its rubrics actually measure: practice there moves those ratings and no others.
    skills: assessedSkills(s.rubrics),
    levels: ([1, 2, 3] as const).map((level) => ({
      level,
      difficulty: loadVariantDifficulty(db, s.id, level).rating,
    })),
  }));
  // A scenario whose rubrics measure no known skill cannot be recommended; the caller then uses its defaults.
  if (catalogue.every((c) => c.skills.length === 0)) return null;
  return recommend({
    skills: learner.ratings,
    rated: learner.rated,
    sessions: learner.sessions,
    catalogue,
    history: recentGradedSessions(db, userId),
  });
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
