// The next-practice policy: which scenario and level the learner should play next, and one plain sentence why.
//
// - Need: a skill needs practice the more its rating is low and its uncertainty high
//   (priority = -rating + UNCERTAINTY_BONUS · uncertainty); weights fall off as exp((priority - top) / 2), gently,
//   so that the other skills a scenario exercises still count and stay observed.
// - Fit: per variant, the need-weighted expected score over the scenario's skills should be near TARGET (0.7, a
//   little below the 75 % of Klinkenberg et al. 2011 because our grader is harsher than a right/wrong item), and the
//   scenario should cover the needy skills. Cost = |expected - TARGET| + COVERAGE_WEIGHT · (share of need it misses)
//   + REPEAT_PENALTY when it is the scenario just played, so another that fits nearly as well goes first.
// - Hysteresis: the grader is noisy, so the level of a scenario already played moves away from the last one used
//   only when the evidence agrees: its last two outcomes on the same side of the band 0.55-0.85 (one step that way),
//   or the ratings of its skills are certain enough (any level).

import { type Level, type Recommendation, SKILLS, type Skill } from './progress-types.ts';
import { expectedScore, type SkillRatings } from './rating.ts';
import { explainRecommendation } from './recommendation-reason.ts';
import type { SkillOutcomes } from './skills.ts';

export interface CatalogueScenario {
  id: string;
  /** Shown in the reason; the id when absent. */
  title?: string;
  /** The skills its rubrics assess. */
  skills: readonly Skill[];
  levels: readonly { level: Level; difficulty: number }[];
}

export interface PastSession {
  scenarioId: string;
  level: Level;
  outcomes: SkillOutcomes;
}

export interface RecommendInput {
  skills: SkillRatings;
  catalogue: readonly CatalogueScenario[];
  /** The learner's recent graded sessions, oldest first. */
  history: readonly PastSession[];
  /** The skills anything has rated; none is a brand-new learner. @default every skill */
  rated?: ReadonlySet<Skill>;
  /** Graded sessions per skill. @default counted from `history` */
  sessions?: ReadonlyMap<Skill, number>;
}

export const TARGET = 0.7;
export const BAND = { low: 0.55, high: 0.85 } as const;
export const UNCERTAINTY_BONUS = 1;
export const COVERAGE_WEIGHT = 0.3;
export const REPEAT_PENALTY = 0.05;
/** When every skill of a scenario is rated at least this certainly, its level may move freely. */
export const CONFIDENT_UNCERTAINTY = 0.45;
/** How sharply need concentrates on the top skill: weights are exp((priority - top) / NEED_TEMPERATURE). */
export const NEED_TEMPERATURE = 2;

interface Candidate {
  scenario: CatalogueScenario;
  level: Level;
  expected: number;
  cost: number;
  /** The level hysteresis kept, when the ratings alone would have chosen another. */
  held: boolean;
}

/** The scenario and level to practise next, with a one-sentence reason for the learner. */
export function recommend(input: RecommendInput): Recommendation {
  const need = needWeights(input.skills);
  const best = bestCandidate(input, need, REPEAT_PENALTY);
  if (!best) throw new Error('recommend: the catalogue has no scenario with a level and a rated skill');
  // Had the scenario just played won without the repeat penalty, variety is why this one was chosen.
  const unpenalised = bestCandidate(input, need, 0)?.scenario;
  const last = input.history.at(-1)?.scenarioId;
  const varietyAfter =
    unpenalised && unpenalised.id === last && unpenalised.id !== best.scenario.id
      ? (unpenalised.title ?? unpenalised.id)
      : null;
  const { reason, basis, focus } = explainRecommendation({
    scenario: { title: best.scenario.title ?? best.scenario.id, skills: best.scenario.skills },
    level: best.level,
    feel: best.expected < BAND.low ? 'hard' : best.expected > BAND.high ? 'easy' : 'right',
    held: best.held,
    ratings: input.skills,
    rated: input.rated ?? new Set(SKILLS),
    sessions: input.sessions ?? sessionsIn(input.history),
    need,
    varietyAfter,
  });
  return { scenarioId: best.scenario.id, difficulty: best.level, reason, basis, focus };
}

function bestCandidate(
  input: RecommendInput,
  need: ReadonlyMap<Skill, number>,
  repeatPenalty: number,
): Candidate | undefined {
  const totalNeed = [...need.values()].reduce((s, w) => s + w, 0);
  const lastScenario = input.history.at(-1)?.scenarioId;
  let best: Candidate | undefined;
  for (const scenario of input.catalogue) {
    const skills = scenario.skills.filter((k) => need.has(k));
    if (skills.length === 0 || scenario.levels.length === 0) continue;
    const scenarioNeed = skills.reduce((s, k) => s + (need.get(k) ?? 0), 0);
    const base =
      COVERAGE_WEIGHT * (1 - scenarioNeed / totalNeed) + (scenario.id === lastScenario ? repeatPenalty : 0);
    const scored = scenario.levels.map(({ level, difficulty }) => {
      const expected =
        skills.reduce(
          (s, k) => s + (need.get(k) ?? 0) * expectedScore(input.skills[k].rating, difficulty),
          0,
        ) / scenarioNeed;
      return { scenario, level, expected, cost: base + Math.abs(expected - TARGET), held: false };
    });
    const allowed = allowedLevels(scenario, skills, input);
    const free = minBy(scored);
    const chosen = minBy(scored.filter((c) => allowed.has(c.level))) ?? free;
    if (!chosen) continue;
    if (free && free.level !== chosen.level) chosen.held = true;
    if (!best || chosen.cost < best.cost) best = chosen;
  }
  return best;
}

/** Graded sessions per skill in the history given, for callers that do not pass the stored counts. */
function sessionsIn(history: readonly PastSession[]): Map<Skill, number> {
  const counts = new Map<Skill, number>();
  for (const past of history) {
    for (const skill of Object.keys(past.outcomes) as Skill[])
      counts.set(skill, (counts.get(skill) ?? 0) + 1);
  }
  return counts;
}

/** The levels this scenario may be played at next, given how it went the last times. */
function allowedLevels(
  scenario: CatalogueScenario,
  skills: readonly Skill[],
  input: RecommendInput,
): ReadonlySet<Level> {
  const all = new Set(scenario.levels.map((l) => l.level));
  const past = input.history.filter((h) => h.scenarioId === scenario.id);
  const last = past.at(-1);
  if (!last) return all;
  if (skills.every((k) => input.skills[k].uncertainty <= CONFIDENT_UNCERTAINTY)) return all;
  const sides = past.slice(-2).map((h) => side(meanOutcome(h.outcomes, skills)));
  const agreed = sides.length === 2 && sides[0] === sides[1] ? sides[0] : 'in';
  const step = agreed === 'above' ? 1 : agreed === 'below' ? -1 : 0;
  return new Set([last.level, (last.level + step) as Level].filter((l) => all.has(l)));
}

function side(score: number | null): 'below' | 'in' | 'above' {
  if (score === null) return 'in';
  return score < BAND.low ? 'below' : score > BAND.high ? 'above' : 'in';
}

function meanOutcome(outcomes: SkillOutcomes, skills: readonly Skill[]): number | null {
  const values = skills.map((k) => outcomes[k]).filter((v): v is number => v !== undefined);
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function needWeights(ratings: SkillRatings): Map<Skill, number> {
  const priority = (Object.keys(ratings) as Skill[]).map(
    (k) => [k, -ratings[k].rating + UNCERTAINTY_BONUS * ratings[k].uncertainty] as const,
  );
  const top = Math.max(...priority.map(([, p]) => p));
  return new Map(priority.map(([k, p]) => [k, Math.exp((p - top) / NEED_TEMPERATURE)]));
}

function minBy<T extends { cost: number }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || item.cost < best.cost) best = item;
  return best;
}
