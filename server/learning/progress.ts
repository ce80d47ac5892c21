// Learner-model use-cases: the cold-start self-rating, applying a graded report, and progress with the next
// recommended practice.

import type { SceneCatalog } from '../content/scene-catalog.ts';
import { errors } from '../domain-errors.ts';
import type { GradingReport } from '../grading/report-types.ts';
import type { RatingStore, Stores } from '../stores/ports.ts';
import {
  historyOf,
  type LearnerRatings,
  loadSkillRatings,
  loadVariantDifficulty,
  recentGradedSessions,
  saveSkillRating,
  saveVariantDifficulty,
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
  stores: Stores,
  userId: string,
  self: Partial<Record<Skill, SelfRating>>,
  at: string,
): Promise<void> {
  return stores.atomically(async (tx) => {
    if ((await loadSkillRatings(tx.ratings, userId)).rated.size > 0) {
      throw errors.alreadyRated();
    }
    const initial = initialRatings(self);
    for (const skill of SKILLS) {
      if (self[skill] === undefined) continue;
      await saveSkillRating(tx.ratings, {
        userId,
        skill,
        rating: initial[skill],
        sessions: 0,
        at,
        sessionId: null,
        outcome: null,
      });
    }
  });
}

/**
 * Moves the learner's skill ratings and the variant's difficulty by one graded session. Applying twice is a no-op.
 * Subscribed to "session graded", inside the write that stores the report.
 */
export async function applyGradedSession(
  stores: Stores,
  session: { id: string; userId: string; scenarioId: string; difficulty: number },
  report: Pick<GradingReport, 'rubrics'>,
  at: string,
): Promise<void> {
  const store = stores.ratings;
  if (await store.sessionApplied(session.id)) return;
  const outcomes = skillOutcomes(report);
  const level = session.difficulty as Level;
  const { ratings, sessions } = await loadSkillRatings(store, session.userId);
  const variant = await loadVariantDifficulty(store, session.scenarioId, level);
  const update = updateRatings({ skills: ratings, difficulty: variant }, outcomes);
  for (const skill of SKILLS) {
    const outcome = outcomes[skill];
    if (outcome === undefined) continue;
    await saveSkillRating(store, {
      userId: session.userId,
      skill,
      rating: update.skills[skill],
      sessions: (sessions.get(skill) ?? 0) + 1,
      at,
      sessionId: session.id,
      outcome,
    });
  }
  await saveVariantDifficulty(store, session.scenarioId, level, update.difficulty, variant.sessions + 1);
}

export async function learnerProgress(
  stores: Stores,
  catalog: SceneCatalog,
  userId: string,
): Promise<Progress> {
  const learner = await loadSkillRatings(stores.ratings, userId);
  const { ratings, rated, sessions } = learner;
  const history = await historyOf(stores.ratings, userId);
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
    recommendation: await recommendNext(stores.ratings, catalog, userId, undefined, learner),
  };
}

/** The next practice: over every scenario, or the best level of one chosen scenario. */
export async function recommendNext(
  store: RatingStore,
  catalog: SceneCatalog,
  userId: string,
  scenarioId?: string,
  /** The learner's ratings when the caller already has them. */
  known?: LearnerRatings,
): Promise<Recommendation | null> {
  const learner = known ?? (await loadSkillRatings(store, userId));
  const scenarios = catalog.scenarios.filter((s) => !scenarioId || s.id === scenarioId);
  const catalogue: CatalogueScenario[] = await Promise.all(
    scenarios.map(async (s) => ({
      id: s.id,
      title: s.title,
      // The skills its rubrics actually measure: practice there moves those ratings and no others.
      skills: assessedSkills(s.rubrics),
      levels: await Promise.all(
        ([1, 2, 3] as const).map(async (level) => ({
          level,
          difficulty: (await loadVariantDifficulty(store, s.id, level)).rating,
        })),
      ),
    })),
  );
  // A scenario whose rubrics measure no known skill cannot be recommended; the caller then uses its defaults.
  if (catalogue.every((c) => c.skills.length === 0)) return null;
  return recommend({
    skills: learner.ratings,
    rated: learner.rated,
    sessions: learner.sessions,
    catalogue,
    history: await recentGradedSessions(store, userId),
  });
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
