// Proportions of a seated adult, from sex and build: where the joints are and how wide things are.
// Avatar space: metres, origin on the floor under the seat's centre, facing +z; +x is the avatar's left.

import { Vector3 } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';

export const SEAT_HEIGHT = 0.46;

export interface BodyPlan {
  female: boolean;
  /** Multiplies widths and girths: slight 0.9, average 1, broad 1.12. */
  girth: number;
  /** Multiplies the head's size. */
  headScale: number;
  /** Pivots of the skeleton's bones. */
  pelvis: Vector3;
  chest: Vector3;
  neckBase: Vector3;
  atlas: Vector3;
  /** Centre of the head at eye height (the head's own origin). */
  headCentre: Vector3;
  /** Left-side joints (+x); the right side mirrors them. */
  shoulder: Vector3;
  elbow: Vector3;
  wrist: Vector3;
  hip: Vector3;
  knee: Vector3;
  ankle: Vector3;
  shoulderHalf: number;
  chestHalf: number;
  waistHalf: number;
  hipHalf: number;
  chestDepth: number;
  bust: number;
  belly: number;
  neckRadius: number;
  upperArmRadius: number;
  forearmRadius: number;
  thighRadius: number;
  calfRadius: number;
}

export function bodyPlanFor(appearance: Pick<Appearance, 'sex' | 'build'>): BodyPlan {
  const female = appearance.sex === 'female';
  const girth = appearance.build === 'slight' ? 0.9 : appearance.build === 'broad' ? 1.12 : 1;
  // Heights above the seat shrink for women (seated height ~0.94 of a man's).
  const k = female ? 0.94 : 1;
  const up = (y: number) => SEAT_HEIGHT + (y - SEAT_HEIGHT) * k;
  const w = girth * (female ? 0.92 : 1);
  return {
    female,
    girth,
    headScale: female ? 0.95 : 1,
    pelvis: new Vector3(0, up(0.56), -0.09),
    chest: new Vector3(0, up(0.86), -0.11),
    neckBase: new Vector3(0, up(1.06), -0.11),
    atlas: new Vector3(0, up(1.16), -0.085),
    headCentre: new Vector3(0, up(1.225), -0.065),
    shoulder: new Vector3(0.172 * w, up(1.005), -0.11),
    elbow: new Vector3(0.205 * w, up(0.77), -0.07),
    wrist: new Vector3(0.118 * w + 0.01, 0.652 + 0.02 * (girth - 1), 0.16),
    hip: new Vector3(0.095 * w, 0.555, -0.03),
    knee: new Vector3(0.11 * w, female ? 0.525 : 0.535, 0.4 * k),
    ankle: new Vector3(0.12 * w, 0.085, 0.44 * k),
    shoulderHalf: 0.2 * w,
    chestHalf: (female ? 0.172 : 0.178) * w,
    waistHalf: (female ? 0.14 : 0.155) * w * (appearance.build === 'broad' ? 1.06 : 1),
    hipHalf: (female ? 0.19 : 0.172) * w,
    chestDepth: 0.105 * girth,
    bust: female ? 0.032 * girth : 0,
    belly: appearance.build === 'broad' ? 0.03 : female ? 0.004 : 0.008,
    neckRadius: (female ? 0.05 : 0.06) * (0.9 + 0.1 * girth),
    upperArmRadius: (female ? 0.041 : 0.046) * girth,
    forearmRadius: (female ? 0.033 : 0.037) * girth,
    thighRadius: (female ? 0.074 : 0.072) * girth,
    calfRadius: (female ? 0.048 : 0.05) * girth,
  };
}
