// How speakers are named and described on screen.

import type { CharacterSummaryDto } from '../../../server/protocol.ts';

/** The name shown for a transcript speaker: `You` for the learner, else the character's name. */
export function speakerName(speaker: string, characters: readonly CharacterSummaryDto[]): string {
  if (speaker === 'learner') return 'You';
  return characters.find((c) => c.id === speaker)?.name ?? speaker;
}

/** A short description such as `patient, 58` or `daughter, 31`. */
export function characterRole(character: CharacterSummaryDto): string {
  return `${character.relation ?? character.role}, ${character.age}`;
}

/** Affect values as shown: two decimals. */
export function formatAffect(value: number): string {
  return value.toFixed(2);
}
