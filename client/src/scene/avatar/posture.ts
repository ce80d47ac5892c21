// Affect and place → the body's posture: what the arms do, how far the body slumps or leans in, and whether a
// standing character paces. A pure choice with hysteresis (a pose is left at a lower level than it is taken), so
// an affect hovering at a threshold does not flicker between poses.

import type { Affect, Place } from '../../../../server/protocol.ts';

/**
 * `rest`: hands on the lap (arms hanging when standing); `hands-to-face`: both hands up to the face; `arms-crossed`;
 * `hands-on-hips`; `gesture`: the hands move with what the character says.
 */
export type ArmPose = 'rest' | 'hands-to-face' | 'arms-crossed' | 'hands-on-hips' | 'gesture';

export interface Posture {
  arms: ArmPose;
  /** How far the chest and head sink (distress), 0..1. */
  slump: number;
  /** How far the body leans in towards the learner (anger), 0..1. */
  lean: number;
  /** Walking to and fro and turning (a standing, agitated character). */
  paces: boolean;
}

export interface PostureContext {
  place: Place;
  speaking: boolean;
  reducedMotion: boolean;
  /** The posture shown until now, for hysteresis; null at the start. */
  previous: Posture | null;
}

/** Distress from which the hands go to the face (and below which they come down again). */
export const DISTRESS_HIGH = { enter: 0.7, leave: 0.6 } as const;
/** Anger from which arms cross or go to the hips. */
export const ANGER_HIGH = { enter: 0.6, leave: 0.5 } as const;
/** Anger from which a standing character paces. */
export const ANGER_PACING = { enter: 0.72, leave: 0.62 } as const;

const above = (value: number, band: { enter: number; leave: number }, wasAbove: boolean) =>
  value >= (wasAbove ? band.leave : band.enter);

export function choosePosture(affect: Affect, context: PostureContext): Posture {
  const { place, speaking, reducedMotion, previous } = context;
  const distress = unit(affect.distress);
  const anger = unit(affect.anger);
  const slump = unit((distress - 0.3) / 0.6) * (1 - 0.6 * anger);
  const lean = unit((anger - 0.25) / 0.6);
  const wasDistraught = previous?.arms === 'hands-to-face';
  const distraught = above(distress, DISTRESS_HIGH, wasDistraught) && distress >= anger;
  const wasAngry =
    previous !== null &&
    (previous.arms === 'arms-crossed' || previous.arms === 'hands-on-hips' || previous.paces);
  const angry = !distraught && above(anger, ANGER_HIGH, wasAngry);
  // Reduced motion keeps a standing character where they are: no walking about.
  const paces =
    place === 'standing' && !reducedMotion && angry && above(anger, ANGER_PACING, previous?.paces ?? false);

  // With reduced motion the hands stay still while the character speaks.
  const gestures = speaking && !reducedMotion;
  let arms: ArmPose = gestures ? 'gesture' : 'rest';
  if (distraught) arms = 'hands-to-face';
  else if (angry) {
    // Standing, anger shows in hands on the hips and, as they speak, in sharp gestures; sitting, in crossed arms.
    if (place === 'standing') arms = gestures ? 'gesture' : 'hands-on-hips';
    else arms = 'arms-crossed';
  }
  return { arms, slump, lean, paces };
}

function unit(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Number.isNaN(x) ? 0 : x;
}
