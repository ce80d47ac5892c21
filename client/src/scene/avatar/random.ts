// Seeded randomness for idle motion: the same seed replays the same blinks and glances, so tests can pin them.

import { hashText, mulberry32 } from '../../../../shared/seeded-random.ts';

/** A uniform random number in [0, 1). */
export type Random = () => number;

/** A generator from a 32-bit seed; not for anything but animation. */
export const seededRandom: (seed: number) => Random = mulberry32;

/** A stable 32-bit seed from text (e.g. an appearance), so each character moves differently. */
export const seedFromText: (text: string) => number = hashText;

/** A number in [min, max) from `random`. */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}
