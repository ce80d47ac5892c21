// The synthesiser voice of each character: the one the scenario names, or one chosen by sex and age among OpenAI's
// built-in voices, different from the other characters' in the same scene where the list allows.

import { defaultAppearance } from './default-appearance.ts';

/** OpenAI's built-in speech voices (any OpenAI-compatible server may accept others). */
export const OPENAI_VOICES = [
  'alloy',
  'ash',
  'ballad',
  'coral',
  'echo',
  'fable',
  'nova',
  'onyx',
  'sage',
  'shimmer',
  'verse',
] as const;

type Band = 'young' | 'middle' | 'older';

/**
 * Preferences by how each voice is commonly heard: nova and echo sound young, onyx, fable and sage older, coral,
 * shimmer, ash, verse and ballad in between. Alloy, the most neutral, is the last resort for anyone.
 */
const PREFERENCES: Record<'female' | 'male', Record<Band, readonly string[]>> = {
  female: {
    young: ['nova', 'shimmer', 'coral', 'sage'],
    middle: ['coral', 'shimmer', 'sage', 'nova'],
    older: ['sage', 'shimmer', 'coral', 'nova'],
  },
  male: {
    young: ['echo', 'ash', 'verse', 'ballad'],
    middle: ['ash', 'verse', 'ballad', 'echo', 'onyx'],
    older: ['onyx', 'fable', 'ballad', 'ash', 'verse'],
  },
};

interface VoicedCharacter {
  id: string;
  age: number;
  role: 'patient' | 'relative';
  appearance?: { sex: 'female' | 'male' } | undefined;
  voice?: string | undefined;
}

/** Each character's voice, in order: named voices kept, the others given the first free voice that fits. */
export function assignVoices(characters: readonly VoicedCharacter[]): string[] {
  const taken = new Set(characters.flatMap((c) => (c.voice ? [c.voice] : [])));
  return characters.map((character) => {
    if (character.voice) return character.voice;
    const sex = (character.appearance ?? defaultAppearance(character)).sex;
    const preferred = PREFERENCES[sex][band(character.age)];
    const sameSex = Object.values(PREFERENCES[sex]).flat();
    const voice =
      [...preferred, ...sameSex, 'alloy', ...OPENAI_VOICES].find((v) => !taken.has(v)) ??
      preferred[0] ??
      'alloy';
    taken.add(voice);
    return voice;
  });
}

function band(age: number): Band {
  if (age < 30) return 'young';
  return age < 60 ? 'middle' : 'older';
}
