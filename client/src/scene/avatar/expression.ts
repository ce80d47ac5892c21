// Affect → the face it shows: a weighted blend of distress, anger and trust, not a switch between them.

import type { Affect } from '../../../../server/protocol.ts';
import type { FaceState } from './avatar-drive.ts';

/**
 * Writes the face that `affect` settles into (the easing happens elsewhere) into `out`.
 * Leaves `jawOpen` and `blink` alone: speech and blinking drive those.
 */
export function expressionTarget(affect: Affect, thinking: boolean, out: FaceState): FaceState {
  const d = unit(affect.distress);
  const a = unit(affect.anger);
  const t = unit(affect.trust);
  // Calm and trusting: the only state that lifts the mouth corners.
  const ease = t * (1 - d) * (1 - a);
  // Distress and anger together read as anguish: inner brows still rise, but pulled down by the frown.
  out.browInnerUp = unit(0.95 * d * (1 - 0.55 * a) + (thinking ? 0.3 : 0));
  out.browDown = unit(a * (1 - 0.35 * d));
  out.lidDroop = unit(0.7 * d * (1 - 0.6 * a) + 0.1 * (1 - t) * (1 - a));
  out.mouthCorners = clamp(0.6 * ease - 0.9 * d - 0.5 * a * (1 - d), -1, 1);
  out.lipPress = unit(0.95 * a * (1 - 0.3 * d));
  out.leanForward = unit(0.9 * a + 0.12 * ease);
  out.gazeDown = unit(0.85 * d * (1 - 0.5 * a));
  // Anger stares; distress and distrust look away.
  out.eyeContact = unit(0.3 + 0.6 * t - 0.35 * d + 0.15 * a);
  out.flush = unit(a * 1.1 - 0.1);
  out.tearful = unit((d - 0.35) / 0.55);
  return out;
}

function unit(x: number): number {
  return clamp(x, 0, 1);
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : Number.isNaN(x) ? 0 : x;
}
