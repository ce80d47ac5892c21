// The torso's shape as cross-sections keyed by height, shared by the torso surface and the clothing details laid
// onto it.

import { Vector3 } from 'three';
import { type BodyPlan, SEAT_HEIGHT } from './body-plan.ts';
import { bump, interpolate, type Section, sectionPoint } from './shapes.ts';

export type TorsoKeys = number[][];

/** Torso cross-sections: y, centre z, half-width, front, back, squareness. */
export function torsoKeys(plan: BodyPlan): TorsoKeys {
  const s = SEAT_HEIGHT;
  const sh = plan.shoulder.y;
  const waist = s + 0.26 * (plan.chest.y - s) * 2.2;
  return [
    [s + 0.004, plan.pelvis.z, plan.hipHalf * 0.86, 0.1, 0.1, 2.6],
    [s + 0.04, plan.pelvis.z, plan.hipHalf, 0.118, 0.112, 2.6],
    [s + 0.12, plan.pelvis.z - 0.005, plan.hipHalf * 0.95, 0.108 + plan.belly, 0.1, 2.5],
    [waist, -0.1, plan.waistHalf, 0.098 + plan.belly, 0.085, 2.4],
    [plan.chest.y, -0.105, plan.chestHalf * 0.97, plan.chestDepth, 0.09, 2.5],
    [sh - 0.06, -0.11, plan.chestHalf, plan.chestDepth - 0.006, 0.095, 2.7],
    [sh - 0.005, -0.112, plan.shoulderHalf * 0.9, 0.078, 0.085, 3],
    [sh + 0.03, -0.112, plan.shoulderHalf * 0.6, 0.062, 0.068, 2.5],
    [plan.neckBase.y + 0.006, -0.112, plan.neckRadius * 1.2, 0.052, 0.052, 2],
  ];
}

/** Fills `out` with the torso cross-section at height `y`, interpolated between the keys. */
export function torsoSection(keys: TorsoKeys, y: number, out: Section): Section {
  out.y = y;
  out.cx = 0;
  out.cz = interpolate(keys, y, 1);
  out.rx = interpolate(keys, y, 2);
  out.front = interpolate(keys, y, 3);
  out.back = interpolate(keys, y, 4);
  out.power = interpolate(keys, y, 5);
  return out;
}

const scratch: Section = { y: 0, cx: 0, cz: 0, rx: 0, front: 0, back: 0, power: 2 };
const scratchPoint = new Vector3();

/** Front surface depth of the torso at (x, y), for laying details onto it. */
export function torsoFrontZ(keys: TorsoKeys, plan: BodyPlan, x: number, y: number): number {
  torsoSection(keys, y, scratch);
  const u = Math.min(0.999, Math.abs(x) / scratch.rx);
  const phi = Math.asin(u ** (scratch.power / 2));
  sectionPoint(scratch, phi, scratchPoint);
  return scratchPoint.z + bust(plan, x, y, scratchPoint.z - scratch.cz);
}

/** Extra forward depth of the bust at (x, y); zero without one or behind the torso's centre. */
export function bust(plan: BodyPlan, x: number, y: number, forward: number): number {
  if (plan.bust === 0 || forward <= 0) return 0;
  return plan.bust * bump((Math.abs(x) - 0.058) / 0.05, (y - plan.chest.y - 0.015) / 0.055);
}
