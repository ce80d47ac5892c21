// Whom a learner's turn is put to: the director's rules, with the learned model's second opinion where it is clearly
// surer of someone else (learned/addressee-model.ts).

import type { LearnerAct } from '../content/acts.ts';
import type { SceneCharacter } from '../content/scene-setup.ts';
import { type AddresseeContext, settleAddressee } from '../learned/addressee-model.ts';
import { type Addressee, findAddressee, spokenOf } from './director.ts';
import type { QuestionFocus } from './question-focus.ts';
import { asksName } from './question-kinds.ts';

export interface AddresseeInput {
  text: string;
  characters: readonly SceneCharacter[];
  lastCharacterSpeaker: string | null;
  leadId: string;
  focus: QuestionFocus;
  acts: ReadonlySet<LearnerAct>;
  recent: readonly { id: string; by: string }[];
  /** The last speaker only cut in after the answer to the learner's last turn. */
  lastSpeakerCutIn?: boolean;
  /** Characters who have said their name. */
  named?: ReadonlySet<string>;
}

/** What the model hears about the turn, the room and the rules' choice. */
export function addresseeContext(input: AddresseeInput, ruled: Addressee): AddresseeContext {
  return {
    text: input.text,
    candidates: input.characters.map(({ character, addressPatterns }) => ({
      id: character.id,
      role: character.role,
      mentioned: addressPatterns.some((p) => p.test(input.text)),
    })),
    leadId: input.leadId,
    lastCharacterSpeaker: input.lastCharacterSpeaker,
    recent: input.recent,
    focus: input.focus,
    ruled,
  };
}

export function addresseeOf(input: AddresseeInput): Addressee {
  const ruled = findAddressee(
    input.text,
    input.characters,
    input.lastCharacterSpeaker,
    input.leadId,
    input.focus,
    input.acts,
    input.recent,
    input.lastSpeakerCutIn,
  );
  // "You must be Priya's partner?" names the one it is not put to: who is asked who they are is the rules' to say,
  // but "And you are?" to someone who has said their name already is put to the one in the room who has not.
  // ("It is Julie, yes?" checks the name of the one it names, and is put to her.)
  if (asksName(input.text)) return ruled.reason === 'named' ? ruled : named(input, ruled);
  // One called by name is the one asked: the learned model settles only whom an unnamed question is for.
  if (ruled.reason === 'named') return ruled;
  const chosen = settleAddressee(addresseeContext(input, ruled));
  // "Would it help if Sheila stayed with you tonight?" is not put to Sheila: one only spoken of is never chosen.
  if (chosen === ruled.characterId || spokenOf(input.text, input.characters).has(chosen)) return ruled;
  return { characterId: chosen, reason: 'learned' };
}

function named(input: AddresseeInput, ruled: Addressee): Addressee {
  const said = input.named ?? new Set<string>();
  if (!said.has(ruled.characterId)) return ruled;
  const unnamed = input.characters.find(
    (c) => c.character.id !== ruled.characterId && !said.has(c.character.id),
  );
  return unnamed ? { characterId: unnamed.character.id, reason: 'unnamed' } : ruled;
}
