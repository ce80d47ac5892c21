// Puts an affect state into plain words, for character prompts and for people reading a transcript.

import type { Affect } from '../content/affect-types.ts';

const LEVELS: Record<keyof Affect, readonly string[]> = {
  distress: ['calm', 'uneasy', 'upset', 'very distressed', 'overwhelmed'],
  anger: ['not angry', 'irritated', 'angry', 'very angry', 'furious'],
  trust: [
    'no trust at all in the person talking to you',
    'wary of the person talking to you',
    'cautiously trusting the person talking to you',
    'trusting the person talking to you',
    'deeply trusting the person talking to you',
  ],
};

function level(value: number, words: readonly string[]): string {
  return words[Math.min(words.length - 1, Math.floor(value * words.length))] as string;
}

/** "very distressed, irritated, and wary of the person talking to you". */
export function describeAffect(affect: Affect): string {
  return `${level(affect.distress, LEVELS.distress)}, ${level(affect.anger, LEVELS.anger)}, and ${level(affect.trust, LEVELS.trust)}`;
}
