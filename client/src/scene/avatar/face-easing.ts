// Moves the shown face towards its target like a critically damped spring: smooth start, no overshoot,
// settled in about a second. Speech and blinks bypass it (they must be quick).

import type { FaceState } from './avatar-drive.ts';

/** Spring stiffness (1/s): 95 % of a change is shown after about 4.7 / OMEGA seconds. */
const OMEGA = 5;
const CHANNELS = 10;

export class FaceEaser {
  private readonly velocity = new Float64Array(CHANNELS);
  private decay = 1;
  private dt = 0;

  /** Advances `face` towards `target` by `dt` seconds. Speech (jawOpen) and blinks are not eased here. */
  step(face: FaceState, target: FaceState, dt: number): void {
    this.decay = Math.exp(-OMEGA * dt);
    this.dt = dt;
    // One named write per channel: a loop over key names would box every number it writes, every frame.
    face.browInnerUp = this.spring(0, face.browInnerUp, target.browInnerUp);
    face.browDown = this.spring(1, face.browDown, target.browDown);
    face.lidDroop = this.spring(2, face.lidDroop, target.lidDroop);
    face.mouthCorners = this.spring(3, face.mouthCorners, target.mouthCorners);
    face.lipPress = this.spring(4, face.lipPress, target.lipPress);
    face.leanForward = this.spring(5, face.leanForward, target.leanForward);
    face.gazeDown = this.spring(6, face.gazeDown, target.gazeDown);
    face.eyeContact = this.spring(7, face.eyeContact, target.eyeContact);
    face.flush = this.spring(8, face.flush, target.flush);
    face.tearful = this.spring(9, face.tearful, target.tearful);
  }

  /** One channel's critically damped step; its velocity is kept in slot `i`. */
  private spring(i: number, value: number, goal: number): number {
    const { decay, dt } = this;
    const v = this.velocity[i] ?? 0;
    const y = value - goal;
    const j = v + OMEGA * y;
    this.velocity[i] = (v - OMEGA * j * dt) * decay;
    return goal + (y + j * dt) * decay;
  }
}

/** Exponential approach of `current` to `target` with time constant `tau` seconds (for quick channels). */
export function approach(current: number, target: number, dt: number, tau: number): number {
  return target + (current - target) * Math.exp(-dt / tau);
}
