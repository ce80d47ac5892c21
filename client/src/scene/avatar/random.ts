// Seeded randomness for idle motion: the same seed replays the same blinks and glances, so tests can pin them.

/** A uniform random number in [0, 1). */
export type Random = () => number;

/** A small fast generator (mulberry32); not for anything but animation. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from text (e.g. an appearance), so each character moves differently. */
export function seedFromText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A number in [min, max) from `random`. */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}
