// Medical words a character uses themselves: in their own lines or what they know ("a needle biopsy of his liver
// last week"). A man who talks about his biopsy is not lost when the doctor says "biopsy", so such words are not
// jargon to the room they are in.

import type { Character } from '../content/scenario-schema.ts';
import type { SceneSetup } from '../content/scene-setup.ts';
import { findJargon } from './jargon-lexicon.ts';

const byCharacter = new WeakMap<Character, ReadonlySet<string>>();

function termsUsedBy(character: Character): ReadonlySet<string> {
  let terms = byCharacter.get(character);
  if (!terms) {
    // Every string in the character's file (lines, topics, facts), read once: what they say and what they know.
    terms = new Set(findJargon(JSON.stringify(character)));
    byCharacter.set(character, terms);
  }
  return terms;
}

/** Medical words someone present uses themselves. */
export function familiarTerms(scene: SceneSetup): ReadonlySet<string> {
  return new Set(scene.characters.flatMap((c) => [...termsUsedBy(c.character)]));
}
