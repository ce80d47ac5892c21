// Per-skill learner ratings and per-variant difficulty ratings, on one logit scale.
//
// The model (Elo with a Glicko-flavoured step; Pelánek 2016):
// - A learner has, per skill, a rating r and an uncertainty u (the standard deviation of our belief about r).
//   A scenario variant (scenario id + level) has a difficulty d with its own uncertainty.
// - The expected sub-score of a skill in a variant is E = 1 / (1 + exp(-(r - d))): r = d means 50 %, and
//   r = d + 0.85 means about 70 %, the policy's target.
// - A session's per-skill outcome s in [0,1] (the weighted mean of the rubric items mapped to that skill) counts as
//   EVIDENCE_WEIGHT Bernoulli trials with success share s: a sub-score averages several items, so it says more than
//   one pass/fail, but the grader is noisy, so not much more.
// - The update is one Newton (Laplace, or Kalman) step of that likelihood against a normal prior N(r, u²):
//     information  I  = w · E(1 - E)
//     variance     v' = 1 / (1/u² + I)
//     rating       r' = r + v' · w · (s - E)
//   so the step is large while u is large and shrinks as evidence accumulates (the Elo K factor is v'·w).
//   Learners learn by practising, so each update then adds SESSION_DRIFT to the variance (u never freezes), and
//   `ageRating` widens u a little with time away, up to the cold-start uncertainty.
// - The variant's difficulty moves the opposite way with the same rule applied to the session as one observation
//   (mean residual over the assessed skills) against its own, smaller uncertainty, so its step is smaller; being
//   shared by every learner, it settles quickly and its uncertainty has a floor rather than a drift.
// - Cold start: a self-rating of 1-5 per skill maps to r = (self - 3) · 0.6 with u = 1 (self-assessment predicts
//   performance poorly); an unrated skill starts at r = 0, u = 1.2. Levels 1, 2, 3 start at d = -1, 0, +1, u = 0.5.

import { type Level, type SelfRating, SKILLS, type Skill } from './progress-types.ts';
import type { SkillOutcomes } from './skills.ts';

export interface Rating {
  /** On the logit scale; 0 is a typical learner facing a typical (level 2) variant. */
  rating: number;
  /** Standard deviation of our belief about the rating, in the same units. */
  uncertainty: number;
}

export type SkillRatings = Record<Skill, Rating>;

/** How many pass/fail trials one per-skill sub-score is worth. */
export const EVIDENCE_WEIGHT = 2;
/** Variance added to a skill rating after each session, because the learner changes. */
export const SESSION_DRIFT = 0.02;
/** Variance added per day away from practice, capped at the cold-start uncertainty. */
export const DAILY_DRIFT = 0.002;
export const COLD_START_UNCERTAINTY = 1;
export const UNRATED_UNCERTAINTY = 1.2;
export const SELF_RATING_STEP = 0.6;
export const LEVEL_DIFFICULTY: Readonly<Record<Level, number>> = { 1: -1, 2: 0, 3: 1 };
export const DIFFICULTY_PRIOR_UNCERTAINTY = 0.5;
export const DIFFICULTY_MIN_UNCERTAINTY = 0.05;

/** Probability-like expected sub-score of a learner with this skill rating in a variant of this difficulty. */
export function expectedScore(skillRating: number, difficultyRating: number): number {
  return 1 / (1 + Math.exp(-(skillRating - difficultyRating)));
}

/** Starting ratings from the learner's self-rating at first sign-in (skills left out start neutral and uncertain). */
export function initialRatings(selfRating: Partial<Record<Skill, SelfRating>> = {}): SkillRatings {
  const out = {} as SkillRatings;
  for (const skill of SKILLS) {
    const self = selfRating[skill];
    out[skill] =
      self === undefined
        ? { rating: 0, uncertainty: UNRATED_UNCERTAINTY }
        : { rating: (self - 3) * SELF_RATING_STEP, uncertainty: COLD_START_UNCERTAINTY };
  }
  return out;
}

/** The prior difficulty of a scenario variant before any learner has played it. */
export function initialDifficulty(level: Level): Rating {
  return { rating: LEVEL_DIFFICULTY[level], uncertainty: DIFFICULTY_PRIOR_UNCERTAINTY };
}

/** The storage key of a scenario variant's difficulty rating. */
export function variantKey(scenarioId: string, level: Level): string {
  return `${scenarioId}@${level}`;
}

export interface RatingState {
  skills: SkillRatings;
  /** The difficulty of the variant the session was played at. */
  difficulty: Rating;
}

export interface RatingUpdate extends RatingState {
  /** Per assessed skill, what the model expected before the session. */
  expected: SkillOutcomes;
}

/** The ratings after one graded session: each assessed skill moves toward its outcome, the variant the other way. */
export function updateRatings(state: RatingState, outcomes: SkillOutcomes): RatingUpdate {
  const d = state.difficulty.rating;
  const skills = { ...state.skills };
  const expected: SkillOutcomes = {};
  let residual = 0;
  let expectedSum = 0;
  let count = 0;
  for (const skill of SKILLS) {
    const s = outcomes[skill];
    if (s === undefined || !Number.isFinite(s)) continue;
    const score = Math.min(1, Math.max(0, s));
    const prior = state.skills[skill];
    const e = expectedScore(prior.rating, d);
    const posterior = newtonStep(prior, e, score - e);
    skills[skill] = {
      rating: posterior.rating,
      uncertainty: Math.sqrt(posterior.uncertainty ** 2 + SESSION_DRIFT),
    };
    expected[skill] = e;
    residual += score - e;
    expectedSum += e;
    count++;
  }
  if (count === 0) return { skills, difficulty: state.difficulty, expected };
  // The session as one observation of the variant, seen from the variant's side: doing better than expected
  // means the variant is easier than we thought.
  const meanExpected = expectedSum / count;
  const stepped = newtonStep(state.difficulty, meanExpected, residual / count);
  const difficulty = {
    rating: 2 * d - stepped.rating,
    uncertainty: Math.max(DIFFICULTY_MIN_UNCERTAINTY, stepped.uncertainty),
  };
  return { skills, difficulty, expected };
}

/** Widens the uncertainty after time away from practice, never beyond the cold-start uncertainty. */
export function ageRating(rating: Rating, days: number): Rating {
  if (days <= 0 || rating.uncertainty >= COLD_START_UNCERTAINTY) return rating;
  const variance = Math.min(COLD_START_UNCERTAINTY ** 2, rating.uncertainty ** 2 + DAILY_DRIFT * days);
  return { rating: rating.rating, uncertainty: Math.sqrt(variance) };
}

/** One Laplace step: the posterior of a normal prior after EVIDENCE_WEIGHT trials with this expectation and residual. */
function newtonStep(prior: Rating, expected: number, residual: number): Rating {
  const information = EVIDENCE_WEIGHT * expected * (1 - expected);
  const variance = 1 / (1 / prior.uncertainty ** 2 + information);
  return { rating: prior.rating + variance * EVIDENCE_WEIGHT * residual, uncertainty: Math.sqrt(variance) };
}
