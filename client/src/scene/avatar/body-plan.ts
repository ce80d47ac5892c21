// Proportions of an adult, from sex and build, seated, standing or propped up in bed: where the joints are and
// how wide things are. Avatar space: metres, origin on the floor under the seat's centre, facing +z; +x is the
// avatar's left. The upper body is the same in every place; only the legs differ, and a standing body is lifted
// (`lift`) so its feet are on the floor.

import { Vector3 } from 'three';
import type { Appearance, Place } from '../../../../server/protocol.ts';

export const SEAT_HEIGHT = 0.46;
/** How far back from upright a patient propped up in bed lies (radians); the bed's backrest matches it. */
export const IN_BED_RECLINE = 0.5;

export interface BodyPlan {
  female: boolean;
  place: Place;
  /** Raises the whole body so a standing figure's feet are on the floor (0 when sitting or in bed). */
  lift: number;
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

export function bodyPlanFor(
  appearance: Pick<Appearance, 'sex' | 'build'>,
  place: Place = 'seated',
): BodyPlan {
  const female = appearance.sex === 'female';
  const girth = appearance.build === 'slight' ? 0.9 : appearance.build === 'broad' ? 1.12 : 1;
  // Heights above the seat shrink for women (seated height ~0.94 of a man's).
  const k = female ? 0.94 : 1;
  const up = (y: number) => SEAT_HEIGHT + (y - SEAT_HEIGHT) * k;
  const w = girth * (female ? 0.92 : 1);
  const legs = legJoints(place, k, w);
  return {
    female,
    place,
    lift: place === 'standing' ? ANKLE_HEIGHT - legs.ankle.y : 0,
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
    ...legs,
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

/** Height of the ankle joint above the sole. */
const ANKLE_HEIGHT = 0.085;
const HIP_HEIGHT = 0.555;

/** Hip, knee and ankle (left side) for a place: bent over a chair's edge, straight down, or straight ahead in bed. */
function legJoints(place: Place, k: number, w: number): { hip: Vector3; knee: Vector3; ankle: Vector3 } {
  switch (place) {
    case 'seated':
      return {
        hip: new Vector3(0.095 * w, HIP_HEIGHT, -0.03),
        knee: new Vector3(0.11 * w, k < 1 ? 0.525 : 0.535, 0.4 * k),
        ankle: new Vector3(0.12 * w, ANKLE_HEIGHT, 0.44 * k),
      };
    case 'standing':
      return {
        hip: new Vector3(0.095 * w, HIP_HEIGHT, -0.075),
        knee: new Vector3(0.1 * w, HIP_HEIGHT - 0.44 * k, -0.06),
        ankle: new Vector3(0.105 * w, HIP_HEIGHT - 0.87 * k, -0.09),
      };
    case 'in-bed':
      return {
        hip: new Vector3(0.095 * w, HIP_HEIGHT, -0.03),
        knee: new Vector3(0.1 * w, 0.525, 0.4 * k),
        ankle: new Vector3(0.105 * w, 0.5, 0.83 * k),
      };
  }
}
