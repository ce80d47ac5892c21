// Smooth 1D value noise for small idle head motion: random but continuous, so the head drifts rather than jitters.

import type { Random } from './random.ts';

const SIZE = 64;

export class SmoothNoise {
  private readonly values = new Float32Array(SIZE);

  constructor(random: Random) {
    for (let i = 0; i < SIZE; i += 1) this.values[i] = random() * 2 - 1;
  }

  /** Noise in [-1, 1] at `x`; one unit of x is about one gentle swing. */
  at(x: number): number {
    const floor = Math.floor(x);
    const t = x - floor;
    const i = ((floor % SIZE) + SIZE) % SIZE;
    const a = this.values[i] ?? 0;
    const b = this.values[(i + 1) % SIZE] ?? 0;
    const s = t * t * (3 - 2 * t);
    return a + (b - a) * s;
  }
}
