// The head's shape in head space: metres for a man's head, origin at the head's centre at eye height, facing +z.
// One loft of cross-sections (crown to chin) plus soft bumps for sockets, cheekbones, brow ridge and chin.

import { Vector3 } from 'three';
import { bump, interpolate, type Section, sectionPoint, smoothstep } from './shapes.ts';

export const HEAD_TOP = 0.116;
export const HEAD_BOTTOM = -0.117;
export const EYE_X = 0.031;
export const EYE_Y = 0;
export const EYE_Z = 0.071;
export const EYE_RADIUS = 0.0122;
export const MOUTH_HALF_WIDTH = 0.024;
/** Height of the line where the lips meet. */
export const MOUTH_Y = -0.071;

// Rows: y, centre z, half-width, front depth, back depth.
const SKULL_MALE = [
  [-0.117, 0.05, 0.012, 0.012, 0.01],
  [-0.11, 0.044, 0.03, 0.03, 0.026],
  [-0.098, 0.03, 0.052, 0.054, 0.048],
  [-0.08, 0.014, 0.063, 0.076, 0.064],
  [-0.055, 0.003, 0.0685, 0.089, 0.08],
  [-0.025, -0.004, 0.0715, 0.093, 0.09],
  [0, -0.006, 0.072, 0.093, 0.097],
  [0.03, -0.008, 0.075, 0.091, 0.1],
  [0.06, -0.011, 0.073, 0.083, 0.098],
  [0.085, -0.014, 0.064, 0.069, 0.089],
  [0.102, -0.016, 0.047, 0.049, 0.068],
  [0.112, -0.018, 0.027, 0.028, 0.04],
  [0.116, -0.018, 0.01, 0.01, 0.014],
] as const;

// A woman's jaw and chin are narrower, rounder and less prominent.
const SKULL_FEMALE = SKULL_MALE.map((row) => {
  const [y, cz, rx, front, back] = row;
  const jaw = 1 - 0.1 * smoothstep(-0.035, -0.1, y);
  return [y, cz, rx * jaw, front * (1 - 0.045 * smoothstep(-0.06, -0.11, y)), back];
});

export function skullSection(y: number, female: boolean, out: Section): Section {
  const keys = female ? SKULL_FEMALE : SKULL_MALE;
  out.y = y;
  out.cx = 0;
  out.cz = interpolate(keys, y, 1);
  out.rx = Math.max(0.001, interpolate(keys, y, 2));
  out.front = Math.max(0.001, interpolate(keys, y, 3));
  out.back = Math.max(0.001, interpolate(keys, y, 4));
  out.power = 2.25;
  return out;
}

/** Face features as soft displacements of a skull point (only the front of the head moves). */
export function shapeFace(p: Vector3, female: boolean): void {
  const front = smoothstep(0.01, 0.06, p.z);
  if (front === 0) return;
  const ax = Math.abs(p.x);
  let dz = 0;
  dz -= 0.013 * bump((ax - EYE_X) / 0.017, (p.y - EYE_Y - 0.001) / 0.0115);
  dz += 0.005 * bump((ax - 0.046) / 0.018, (p.y + 0.03) / 0.016);
  dz += (female ? 0.002 : 0.0045) * bump(p.x / 0.05, (p.y - 0.027) / 0.01);
  dz += 0.006 * bump(p.x / 0.009, p.y / 0.02);
  dz += 0.007 * bump(p.x / 0.028, (p.y - MOUTH_Y) / 0.022);
  dz -= 0.0012 * bump(p.x / 0.02, (p.y + 0.089) / 0.007);
  dz += (female ? 0.003 : 0.0045) * bump(p.x / 0.016, (p.y + 0.104) / 0.009);
  p.z += dz * front;
}

/** The skull's surface point at angle `phi` (0 front) and height `y`. */
export function skullPoint(y: number, phi: number, female: boolean, s: Section, out: Vector3): Vector3 {
  skullSection(y, female, s);
  sectionPoint(s, phi, out);
  shapeFace(out, female);
  return out;
}

const scratchSection: Section = { y: 0, cx: 0, cz: 0, rx: 0, front: 0, back: 0, power: 2 };
const scratchPoint = new Vector3();

/** Depth (z) of the face's surface at (x, y): to lay lips, brows and lids onto it. Build-time only. */
export function faceSurfaceZ(x: number, y: number, female: boolean): number {
  let lo = 0;
  let hi = Math.PI / 2;
  for (let k = 0; k < 30; k += 1) {
    const mid = (lo + hi) / 2;
    skullPoint(y, mid, female, scratchSection, scratchPoint);
    if (scratchPoint.x < Math.abs(x)) lo = mid;
    else hi = mid;
  }
  return skullPoint(y, (lo + hi) / 2, female, scratchSection, scratchPoint).z;
}

/** Ring heights of the skull: dense over the face, with two rings hugging the line of the lips. */
export function skullRingHeights(): number[] {
  const heights: number[] = [];
  // Dense up to the forehead's middle, where the lines of age are drawn.
  for (let y = HEAD_BOTTOM; y < HEAD_TOP; y += y > -0.105 && y < 0.078 ? 0.0062 : 0.012) {
    if (Math.abs(y - MOUTH_Y) > 0.003) heights.push(y);
  }
  heights.push(MOUTH_Y - 0.0008, MOUTH_Y + 0.0008, HEAD_TOP);
  return heights.sort((a, b) => a - b);
}
