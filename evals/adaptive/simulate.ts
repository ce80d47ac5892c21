// Synthetic learners for eval:adaptive. Each has a latent skill per skill, a learning rate and a grader noise level;
// every arm (the policy, fixed level 2, random) plays the same learners and keeps ratings with the same model, so
// the arms differ only in what they choose.
//
// Response model (logit scale shared with server/learning/rating.ts):
// - A variant has a true difficulty δ (TRUE_DIFFICULTY: the nominal -1/0/+1 of its level, off by up to 0.3, which
//   the ratings have to discover). A skill k it exercises succeeds with true probability p = logistic(θ_k - δ).
// - The observed per-skill sub-score is the mean of ITEMS_PER_SKILL rubric items, each scored 0, 0.5 or 1 as two
//   Bernoulli(p) halves (so its mean is p), plus normal grader noise N(0, σ) with σ ~ U(0.05, 0.2) per learner,
//   clamped to [0,1].
// - After the session each exercised skill grows by lr · 4p(1 - p) (learning is fastest at moderate difficulty,
//   nothing is learnt from a walkover or a rout), lr ~ U(0.04, 0.16) per learner.
// - Learners: general ability g ~ N(0, 0.8), θ_k = g + N(0, 0.6); their cold-start self-rating per skill is
//   round(3 + θ_k / 0.8 + N(0, 0.8)) clamped to 1-5.
// Measures:
// - in band: the session's true success probability (mean p over its skills) lies in 0.55-0.85;
// - rank correlation: per skill, Spearman between estimated rating and true θ across learners, after 5 and 10
//   sessions, averaged over the skills;
// - mastery: every skill has θ_k ≥ MASTERY_SKILL, i.e. at least 70 % true success at a typical (δ = 0) level-2
//   variant; sessions to mastery is counted from the start (0 if mastered already), and learners who do not reach
//   it within the run count as sessions + 1.

import { type CatalogueScenario, type PastSession, recommend } from '../../server/learning/policy.ts';
import { type Level, type SelfRating, SKILLS, type Skill } from '../../server/learning/progress-types.ts';
import {
  initialDifficulty,
  initialRatings,
  type Rating,
  type SkillRatings,
  updateRatings,
  variantKey,
} from '../../server/learning/rating.ts';
import type { SkillOutcomes } from '../../server/learning/skills.ts';
import { seededRandom } from '../../shared/seeded-random.ts';
import { spearman } from '../grader/agreement.ts';

export type Arm = 'policy' | 'fixed' | 'random';
export const ARMS: readonly Arm[] = ['policy', 'fixed', 'random'];

export interface ArmResult {
  inBandShare: number;
  rankCorrelation5: number;
  rankCorrelation10: number;
  sessionsToMastery: number;
  /** Share of learners who reached mastery within the run. */
  masteredShare: number;
}

export interface SimulationOptions {
  /** @default 500 */
  learners?: number;
  /** @default 20 */
  sessions?: number;
  /** @default 'adaptive' */
  seed?: string;
}

/** The skills each scenario's rubrics assess (see rubrics: in prompts/scenarios/*.yaml and ITEM_SKILLS). */
export const SCENARIOS: readonly { id: string; skills: readonly Skill[] }[] = [
  {
    id: 'breaking-news-cancer',
    skills: ['delivering-bad-news', 'responding-to-emotion', 'listening', 'sharing-information'],
  },
  { id: 'agitated-young-person', skills: ['de-escalation', 'listening', 'responding-to-emotion'] },
  { id: 'angry-relative-delayed-diagnosis', skills: ['responding-to-emotion', 'listening', 'de-escalation'] },
];

export const LEVELS: readonly Level[] = [1, 2, 3];

export const TRUE_DIFFICULTY: Readonly<Record<string, number>> = {
  'breaking-news-cancer@1': -1.2,
  'breaking-news-cancer@2': 0.1,
  'breaking-news-cancer@3': 1.1,
  'agitated-young-person@1': -0.8,
  'agitated-young-person@2': 0.3,
  'agitated-young-person@3': 1.3,
  'angry-relative-delayed-diagnosis@1': -1.1,
  'angry-relative-delayed-diagnosis@2': -0.2,
  'angry-relative-delayed-diagnosis@3': 0.8,
};

export const ITEMS_PER_SKILL = 3;
export const MASTERY_SKILL = Math.log(0.7 / 0.3);
export const BAND = { low: 0.55, high: 0.85 } as const;
/** How many past sessions the policy sees. */
const HISTORY = 6;

interface Learner {
  theta: Record<Skill, number>;
  learningRate: number;
  graderNoise: number;
  ratings: SkillRatings;
  history: PastSession[];
  masteredAt: number | null;
  random: () => number;
}

/** Runs every arm on the same learners. */
export function simulateAll(options: SimulationOptions = {}): Record<Arm, ArmResult> {
  return {
    policy: simulate('policy', options),
    fixed: simulate('fixed', options),
    random: simulate('random', options),
  };
}

/** Plays `sessions` rounds for every learner, choosing variants by the arm; difficulty ratings are shared. */
export function simulate(arm: Arm, options: SimulationOptions = {}): ArmResult {
  const { learners: count = 500, sessions = 20, seed = 'adaptive' } = options;
  const learners = Array.from({ length: count }, (_, i) => makeLearner(seed, i, arm));
  const difficulty = new Map<string, Rating>();
  for (const s of SCENARIOS)
    for (const l of LEVELS) difficulty.set(variantKey(s.id, l), initialDifficulty(l));
  let inBand = 0;
  const correlation: Record<number, number> = {};
  for (let t = 1; t <= sessions; t++) {
    learners.forEach((learner, i) => {
      const { scenario, level } = choose(arm, learner, i, t, difficulty);
      const key = variantKey(scenario.id, level);
      const delta = TRUE_DIFFICULTY[key] ?? 0;
      const outcomes: SkillOutcomes = {};
      let pSum = 0;
      const gains: [Skill, number][] = [];
      for (const skill of scenario.skills) {
        const p = logistic(learner.theta[skill] - delta);
        pSum += p;
        outcomes[skill] = observe(p, learner.graderNoise, learner.random);
        gains.push([skill, learner.learningRate * 4 * p * (1 - p)]);
      }
      const mean = pSum / scenario.skills.length;
      if (mean >= BAND.low && mean <= BAND.high) inBand++;
      const updated = updateRatings(
        { skills: learner.ratings, difficulty: difficulty.get(key) ?? initialDifficulty(level) },
        outcomes,
      );
      learner.ratings = updated.skills;
      difficulty.set(key, updated.difficulty);
      learner.history = [...learner.history, { scenarioId: scenario.id, level, outcomes }].slice(-HISTORY);
      for (const [skill, gain] of gains) learner.theta[skill] += gain;
      if (learner.masteredAt === null && mastered(learner)) learner.masteredAt = t;
    });
    if (t === 5 || t === 10) correlation[t] = rankCorrelation(learners);
  }
  const toMastery = learners.map((l) => l.masteredAt ?? sessions + 1);
  return {
    inBandShare: inBand / (count * sessions),
    rankCorrelation5: correlation[5] ?? Number.NaN,
    rankCorrelation10: correlation[10] ?? Number.NaN,
    sessionsToMastery: toMastery.reduce((s, v) => s + v, 0) / count,
    masteredShare: learners.filter((l) => l.masteredAt !== null).length / count,
  };
}

function choose(
  arm: Arm,
  learner: Learner,
  index: number,
  t: number,
  difficulty: ReadonlyMap<string, Rating>,
): { scenario: (typeof SCENARIOS)[number]; level: Level } {
  switch (arm) {
    case 'fixed':
      return { scenario: pick(SCENARIOS, (index + t) % SCENARIOS.length), level: 2 };
    case 'random':
      return {
        scenario: pick(SCENARIOS, Math.floor(learner.random() * SCENARIOS.length)),
        level: pick(LEVELS, Math.floor(learner.random() * LEVELS.length)),
      };
    case 'policy': {
      const catalogue: CatalogueScenario[] = SCENARIOS.map((s) => ({
        id: s.id,
        skills: s.skills,
        levels: LEVELS.map((level) => ({
          level,
          difficulty: difficulty.get(variantKey(s.id, level))?.rating ?? initialDifficulty(level).rating,
        })),
      }));
      const r = recommend({ skills: learner.ratings, catalogue, history: learner.history });
      const scenario = SCENARIOS.find((s) => s.id === r.scenarioId) ?? pick(SCENARIOS, 0);
      return { scenario, level: r.difficulty };
    }
  }
}

function makeLearner(seed: string, index: number, arm: Arm): Learner {
  // The same learner in every arm; the session noise differs per arm.
  const born = seededRandom(`${seed}:learner:${index}`);
  const general = normal(born) * 0.8;
  const theta = {} as Record<Skill, number>;
  const self: Partial<Record<Skill, SelfRating>> = {};
  for (const skill of SKILLS) {
    theta[skill] = general + normal(born) * 0.6;
    const guess = Math.round(3 + theta[skill] / 0.8 + normal(born) * 0.8);
    self[skill] = Math.min(5, Math.max(1, guess)) as SelfRating;
  }
  const learner: Learner = {
    theta,
    learningRate: 0.04 + born() * 0.12,
    graderNoise: 0.05 + born() * 0.15,
    ratings: initialRatings(self),
    history: [],
    masteredAt: null,
    random: seededRandom(`${seed}:${arm}:${index}`),
  };
  if (mastered(learner)) learner.masteredAt = 0;
  return learner;
}

function observe(p: number, noise: number, random: () => number): number {
  let sum = 0;
  for (let i = 0; i < ITEMS_PER_SKILL; i++) sum += ((random() < p ? 1 : 0) + (random() < p ? 1 : 0)) / 2;
  return Math.min(1, Math.max(0, sum / ITEMS_PER_SKILL + normal(random) * noise));
}

function mastered(learner: Learner): boolean {
  return SKILLS.every((k) => learner.theta[k] >= MASTERY_SKILL);
}

function rankCorrelation(learners: readonly Learner[]): number {
  const perSkill = SKILLS.map((k) =>
    spearman(
      learners.map((l) => l.ratings[k].rating),
      learners.map((l) => l.theta[k]),
    ),
  );
  return perSkill.reduce((s, v) => s + v, 0) / perSkill.length;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Standard normal by Box-Muller. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}
