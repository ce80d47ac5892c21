// How every screen shows a skill: its name, and a rating on the 0-100 scale. The one source for both, so the lobby,
// the recommendation's reason, the progress panel and the scenario cards never disagree. Re-exported by
// `server/protocol.ts` for the client.

import type { Skill } from './progress-types.ts';

/** The learner-facing name of each skill, in the order screens list them. */
export const SKILL_NAMES: Readonly<Record<Skill, string>> = {
  'delivering-bad-news': 'Breaking bad news',
  'responding-to-emotion': 'Responding to emotion',
  'de-escalation': 'Calming an agitated person',
  listening: 'Listening',
  'sharing-information': 'Explaining information',
};

/** The skill's name for the start of a sentence, or as it reads inside one (`midSentence`). */
export function skillName(skill: Skill, midSentence = false): string {
  const name = SKILL_NAMES[skill];
  return midSentence ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
}

/** A logit rating (0 = a typical learner at level 2) as the 0-100 number screens show, through the logistic. */
export function ratingOutOf100(logit: number): number {
  return Math.round(100 / (1 + Math.exp(-logit)));
}
