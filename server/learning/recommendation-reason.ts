// The one sentence that says why the policy chose a scenario and level. It names the skills the policy targeted and
// never claims more than the ratings the learner sees beside it: "lowest" only for a skill whose shown rating (0-100)
// no other skill beats, "rated lower" only for skills whose shown rating is below, and when the choice is made to
// explore an unpractised skill, for variety or on fit, it says so instead of calling the skill the neediest.

import type { Level, RecommendationBasis, Skill } from './progress-types.ts';
import type { SkillRatings } from './rating.ts';
import { ratingOutOf100, skillName } from './skill-display.ts';

export interface ReasonInput {
  scenario: { title: string; skills: readonly Skill[] };
  level: Level;
  /** Where the expected score at this level sits: below the policy's band, in it, or above it. */
  feel: 'hard' | 'right' | 'easy';
  /** Whether hysteresis kept the level the ratings alone would have moved. */
  held: boolean;
  ratings: SkillRatings;
  /** The skills a self-rating or a session has informed; none means a brand-new learner. */
  rated: ReadonlySet<Skill>;
  /** Graded sessions per skill. */
  sessions: ReadonlyMap<Skill, number>;
  /** The policy's need weight per skill (higher is needier). */
  need: ReadonlyMap<Skill, number>;
  /** The title of the scenario just played, when the policy moved away from it only to avoid a repeat. */
  varietyAfter: string | null;
}

export interface Reason {
  reason: string;
  basis: RecommendationBasis;
  focus: Skill[];
}

/** Why this scenario and level, in one sentence, with the skills it names. */
export function explainRecommendation(input: ReasonInput): Reason {
  const { why, basis, focus } = whyThisScenario(input);
  const hold = input.held
    ? ', and we will keep this level until another session confirms your last score'
    : '';
  return { reason: `${why}; ${howItShouldFeel(input)}${hold}.`, basis, focus };
}

function whyThisScenario(input: ReasonInput): { why: string; basis: RecommendationBasis; focus: Skill[] } {
  const { scenario, rated } = input;
  const ranked = scenario.skills
    .filter((k) => input.need.has(k))
    .sort((a, b) => (input.need.get(b) ?? 0) - (input.need.get(a) ?? 0));
  const top = ranked[0];
  if (rated.size === 0 || top === undefined) {
    return { why: `A good first scenario: it practises ${names(ranked)}`, basis: 'first', focus: ranked };
  }
  if (input.varietyAfter !== null) {
    const focus = ranked.slice(0, 2);
    return {
      why: `For a change from "${input.varietyAfter}", this scenario practises ${names(focus)}`,
      basis: 'variety',
      focus,
    };
  }
  const shown = (k: Skill) => ratingOutOf100(input.ratings[k].rating);
  const all = Object.keys(input.ratings) as Skill[];
  const floor = Math.min(...all.map(shown));
  // Lowest means no skill on screen shows less while some shows more, and the skill is rated (an unrated one reads
  // "Not rated yet"); when every skill shows the same, none is lowest.
  const spread = Math.max(...all.map(shown)) > floor;
  const lowest = new Set(all.filter((k) => spread && rated.has(k) && shown(k) === floor));

  if (lowest.has(top)) {
    const focus = ranked.filter((k) => lowest.has(k));
    const claim =
      focus.length === lowest.size
        ? focus.length === 1
          ? 'is your lowest-rated skill'
          : 'are your lowest-rated skills'
        : focus.length === 1
          ? 'shares your lowest rating'
          : 'share your lowest rating';
    return { why: `${capitalise(names(focus))} ${claim}`, basis: 'lowest', focus };
  }

  const lowestHere = ranked.filter((k) => lowest.has(k));
  if (lowestHere.length > 0) {
    // The policy wants the less certain skill more, but the lowest-rated one is practised here too.
    const what = lowestHere.length === 1 ? 'your lowest-rated skill' : 'your lowest-rated skills';
    return {
      why: `It practises ${names(lowestHere)}, ${what}, and ${skillName(top, true)}, ${whichIsUncertain(top, input)}`,
      basis: 'lowest',
      focus: [top, ...lowestHere],
    };
  }

  const lower = all.filter((k) => rated.has(k) && shown(k) < shown(top)).sort((a, b) => shown(a) - shown(b));
  const topNeed = Math.max(...input.need.values());
  if ((input.need.get(top) ?? 0) >= topNeed) {
    // The neediest skill overall without the lowest rating: the policy is exploring what it knows least about.
    const but = lower.length === 0 ? '' : `${capitalise(names(lower))} ${isAre(lower)} rated lower, but `;
    return {
      why: `${but}${uncertainSentence(top, input, but === '')}, so this session shows where you stand`,
      basis: 'unpractised',
      focus: [top],
    };
  }
  // A needier skill is practised only elsewhere, and this scenario won on level fit and coverage together.
  const focus = ranked.slice(0, 3);
  const elsewhere = lower.filter((k) => !scenario.skills.includes(k));
  const fits = `this scenario is the best fit for your level and skills right now; it practises ${names(focus)}`;
  return {
    why:
      elsewhere.length === 0
        ? capitalise(fits)
        : `${capitalise(names(elsewhere))} ${isAre(elsewhere)} rated lower, but ${fits}`,
    basis: 'fit',
    focus,
  };
}

/** The clause after a skill's name saying why we want evidence of it. */
function whichIsUncertain(skill: Skill, input: ReasonInput): string {
  if (!input.rated.has(skill)) return 'which is not rated yet';
  if ((input.sessions.get(skill) ?? 0) === 0) return 'which you have not practised yet';
  return 'which we are less sure of';
}

/** The same as a sentence of its own. */
function uncertainSentence(skill: Skill, input: ReasonInput, startsSentence: boolean): string {
  const name = skillName(skill, !startsSentence);
  if (!input.rated.has(skill)) return `${name} is not rated yet`;
  if ((input.sessions.get(skill) ?? 0) === 0) {
    return startsSentence
      ? `You have not practised ${skillName(skill, true)} yet`
      : `you have not practised ${name} yet`;
  }
  return `${startsSentence ? 'We' : 'we'} are less sure of ${skillName(skill, true)}`;
}

function howItShouldFeel({ scenario, level, feel }: ReasonInput): string {
  const which = `level ${level} of "${scenario.title}"`;
  switch (feel) {
    case 'hard':
      return `${which} is the gentlest fit and may still feel hard`;
    case 'easy':
      return `${which} is the hardest fit we have and should feel within reach`;
    case 'right':
      return `${which} should be challenging but doable`;
  }
}

/** `a`, `a and b`, `a, b and c`, as they read inside a sentence. */
function names(skills: readonly Skill[]): string {
  const words = skills.map((k) => skillName(k, true));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function isAre(skills: readonly Skill[]): string {
  return skills.length === 1 ? 'is' : 'are';
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
