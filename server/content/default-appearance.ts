// A plausible look for a character whose scenario file does not describe one: stable per id, greyer with age.

import type { Appearance } from './appearance-schema.ts';

const SKIN_TONES = ['#f1c7a5', '#e0ac89', '#c68863', '#9c6644', '#70452d', '#f5d0b5'] as const;
const HAIR_COLOURS = ['#2b1d14', '#4a3123', '#6b4a2f', '#1c1a18', '#8a6a45'] as const;
const CLOTHING_COLOURS = ['#3f5a7a', '#6a4c6e', '#4f6b4a', '#7a4a3a', '#5a5f66'] as const;

export function defaultAppearance(character: {
  id: string;
  age: number;
  role: 'patient' | 'relative';
}): Appearance {
  const seed = hash(character.id);
  const pick = <T>(list: readonly T[], salt: number): T => list[(seed + salt) % list.length] as T;
  const sex = seed % 2 === 0 ? 'female' : 'male';
  const grey = character.age >= 60;
  return {
    sex,
    skinTone: pick(SKIN_TONES, 0),
    build: 'average',
    hair: {
      style: sex === 'female' ? pick(['long', 'bun', 'curly'] as const, 1) : grey ? 'receding' : 'short',
      colour: grey ? '#b9b4ad' : pick(HAIR_COLOURS, 2),
    },
    clothing: {
      kind: character.role === 'patient' ? 'gown' : pick(['jumper', 'shirt'] as const, 3),
      colour: pick(CLOTHING_COLOURS, 4),
    },
    glasses: false,
  };
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
