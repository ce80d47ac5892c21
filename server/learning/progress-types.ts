// The learner model's wire types: the skill taxonomy's names, self-ratings, levels, and a learner's progress with the
// next recommended practice. Re-exported by `server/protocol.ts`, so this file imports nothing.

export const SKILLS = [
  'delivering-bad-news',
  'responding-to-emotion',
  'de-escalation',
  'listening',
  'sharing-information',
] as const;

export type Skill = (typeof SKILLS)[number];

/** The cold-start self-assessment of one skill: 1 is not at all confident, 5 very confident. */
export type SelfRating = 1 | 2 | 3 | 4 | 5;

/** A scenario's difficulty level. */
export type Level = 1 | 2 | 3;

export interface HistoryPoint {
  at: string;
  sessionId: string | null;
  outcome: number | null;
  rating: number;
  uncertainty: number;
}

export interface SkillProgress {
  skill: Skill;
  rating: number;
  uncertainty: number;
  sessions: number;
  /** Whether anything (self-rating or a graded session) has informed this rating yet. */
  rated: boolean;
  history: HistoryPoint[];
}

/**
 * Why the policy chose what it chose, as the reason words it: `first` for a learner with no ratings yet, `lowest` when
 * it targets their lowest-rated skill, `unpractised` when it targets a skill it knows least about (exploring before
 * lower-rated skills), `variety` when it avoids repeating the scenario just played, `fit` when it wins on level fit
 * and coverage together while a needier skill is practised only elsewhere.
 */
export type RecommendationBasis = 'first' | 'lowest' | 'unpractised' | 'variety' | 'fit';

export interface Recommendation {
  scenarioId: string;
  difficulty: Level;
  /** One sentence for the learner, naming the skills in `focus` and consistent with the ratings they are shown. */
  reason: string;
  basis: RecommendationBasis;
  /** The skills the policy targeted with this choice, the neediest first; the ones the reason names. */
  focus: Skill[];
}

export interface Progress {
  skills: SkillProgress[];
  /** Whether the learner has given the cold-start self-rating. */
  selfRated: boolean;
  recommendation: Recommendation | null;
}
