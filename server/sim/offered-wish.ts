// "Would you like to see him?" put to someone who wants exactly that: an offer, but one their own wish answers.
// Offers are otherwise answered yes or no ("Of course. Whatever helps."); when the character has a wish written
// with the very action offered ("I want to see him. Please."), that line is the better answer.

import { AFFECT_BANDS } from '../content/affect-types.ts';
import type { AuthoredLine, LinesByBand } from '../content/scenario-schema.ts';
import type { SceneCharacter } from '../content/scene-setup.ts';
import { offerKeys, sharedKeys, wordKeys } from './line-relevance.ts';

function linesOf(lines: Partial<LinesByBand> | undefined): AuthoredLine[] {
  return [...AFFECT_BANDS, 'any' as const].flatMap((band) => lines?.[band] ?? []);
}

/** Whether one of the character's wishes names the action the learner offers. */
export function wishesWhatIsOffered(sc: SceneCharacter, text: string): boolean {
  const offered = offerKeys(text);
  if (offered.size === 0) return false;
  const wishes = sc.character.topics.wishes;
  return [...linesOf(wishes), ...linesOf(wishes?.self)].some(
    (line) => line.ifAsked === undefined && sharedKeys(wordKeys(line.text), offered) > 0,
  );
}
