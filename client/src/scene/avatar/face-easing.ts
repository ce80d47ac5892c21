// Moves the shown face towards its target like a critically damped spring: smooth start, no overshoot,
// settled in about a second. Speech and blinks bypass it (they must be quick).

import type { FaceState } from './avatar-drive.ts';

export type EasedKey = Exclude<keyof FaceState, 'jawOpen' | 'blink'>;

export const EASED_KEYS: readonly EasedKey[] = [
  'browInnerUp',
  'browDown',
  'lidDroop',
  'mouthCorners',
  'lipPress',
  'leanForward',
  'gazeDown',
  'eyeContact',
  'flush',
  'tearful',
];

/** Spring stiffness (1/s): 95 % of a change is shown after about 4.7 / OMEGA seconds. */
const OMEGA = 5;

export class FaceEaser {
  private readonly velocity = new Float64Array(EASED_KEYS.length);

  /** Advances `face` towards `target` by `dt` seconds. */
  step(face: FaceState, target: FaceState, dt: number): void {
    const e = Math.exp(-OMEGA * dt);
    for (let i = 0; i < EASED_KEYS.length; i += 1) {
      const key = EASED_KEYS[i] as EasedKey;
      const v = this.velocity[i] ?? 0;
      const y = face[key] - target[key];
      const j = v + OMEGA * y;
      face[key] = target[key] + (y + j * dt) * e;
      this.velocity[i] = (v - OMEGA * j * dt) * e;
    }
  }
}

/** Exponential approach of `current` to `target` with time constant `tau` seconds (for quick channels). */
export function approach(current: number, target: number, dt: number, tau: number): number {
  return target + (current - target) * Math.exp(-dt / tau);
}
