// The part shapes the avatar is made of, all added to a SurfaceBuilder: ellipsoids, lofts (stacked cross-
// sections, for torso, head and nose) and tubes along a curve (limbs, lips, brows, frames).

import { CatmullRomCurve3, Euler, Matrix4, Vector3 } from 'three';
import type { SurfaceBuilder } from './surface-builder.ts';

export interface EllipsoidSpec {
  centre: Vector3;
  radii: Vector3;
  rotation?: Euler;
  rings?: number;
  segments?: number;
  /** Reshapes a point of the unit sphere before scaling (e.g. to flatten an ear). */
  warp?: (unit: Vector3) => void;
}

/** A sphere scaled, rotated and moved: hands, feet, ears, the bun. */
export function ellipsoid(builder: SurfaceBuilder, spec: EllipsoidSpec): void {
  const rings = spec.rings ?? 10;
  const segments = spec.segments ?? 14;
  const matrix = new Matrix4().makeRotationFromEuler(spec.rotation ?? new Euler());
  const place = (out: Vector3) => {
    spec.warp?.(out);
    out.multiply(spec.radii).applyMatrix4(matrix).add(spec.centre);
  };
  builder.surface({
    rings,
    segments,
    capStart: true,
    capEnd: true,
    point: (i, j, out) => {
      const lat = Math.PI * ((i + 1) / (rings + 1));
      const lon = (2 * Math.PI * j) / segments;
      out.set(Math.sin(lat) * Math.cos(lon), Math.cos(lat), -Math.sin(lat) * Math.sin(lon));
      place(out);
    },
    pole: (end, out) => {
      out.set(0, end ? -1 : 1, 0);
      place(out);
    },
  });
}

/** One horizontal cross-section of a loft: a superellipse with separate front and back depths. */
export interface Section {
  y: number;
  cx: number;
  cz: number;
  /** Half-width. */
  rx: number;
  /** Depth in front of and behind (cx, cz). */
  front: number;
  back: number;
  /** Squareness: 2 is an ellipse, higher is boxier. */
  power: number;
}

export function section(): Section {
  return { y: 0, cx: 0, cz: 0, rx: 0, front: 0, back: 0, power: 2 };
}

export interface LoftSpec {
  rings: number;
  segments: number;
  /** Writes section `t` (0 bottom .. 1 top, one per ring) into `out`. */
  at: (t: number, out: Section) => void;
  /** 0..0.9: how much denser the segments are at the front (+z), where the detail is. @default 0 */
  frontBias?: number;
  /** Moves a finished point (features such as eye sockets). */
  shape?: (p: Vector3) => void;
  capStart?: boolean;
  capEnd?: boolean;
  /** Ring positions 0..1 if not evenly spaced. */
  ringAt?: (i: number) => number;
}

/** Angle around a loft, 0 at the front, with segments packed towards the front by `bias`. */
export function loftAngle(j: number, segments: number, bias: number): number {
  const s = j / segments;
  return 2 * Math.PI * s - bias * Math.sin(2 * Math.PI * s);
}

/** Point of a loft section at angle `phi` (0 = front, +x at PI/2). */
export function sectionPoint(s: Section, phi: number, out: Vector3): Vector3 {
  const sin = Math.sin(phi);
  const cos = Math.cos(phi);
  const e = 2 / s.power;
  out.x = s.cx + s.rx * Math.sign(sin) * Math.abs(sin) ** e;
  out.y = s.y;
  out.z = s.cz + (cos >= 0 ? s.front : s.back) * Math.sign(cos) * Math.abs(cos) ** e;
  return out;
}

/** Stacked cross-sections joined into one smooth surface. */
export function loft(builder: SurfaceBuilder, spec: LoftSpec): void {
  const s = section();
  let ring = -1;
  builder.surface({
    rings: spec.rings,
    segments: spec.segments,
    capStart: spec.capStart ?? false,
    capEnd: spec.capEnd ?? false,
    point: (i, j, out) => {
      if (i !== ring) {
        spec.at(spec.ringAt ? spec.ringAt(i) : i / (spec.rings - 1), s);
        ring = i;
      }
      sectionPoint(s, loftAngle(j, spec.segments, spec.frontBias ?? 0), out);
      spec.shape?.(out);
    },
  });
}

export interface TubeSpec {
  /** Points the tube's centre line passes through (a smooth curve joins them). */
  path: Vector3[];
  /** Radius at `t` along the tube, 0..1. */
  radius: (t: number) => number;
  rings?: number;
  segments?: number;
  /** Ratio of the cross-section's extent along `up` to its extent across. @default 1 */
  aspect?: number;
  /** The direction the cross-section's first axis leans to; keeps flat tubes (lips, brows) from twisting. */
  up?: Vector3;
  /** Round the ends off. @default true */
  caps?: boolean;
  /** Rings spent on each rounded end. @default 1 */
  capRings?: number;
}

/** A tube of varying radius along a smooth curve, with rounded ends. */
export function tube(builder: SurfaceBuilder, spec: TubeSpec): void {
  const rings = spec.rings ?? 12;
  const segments = spec.segments ?? 10;
  const caps = spec.caps ?? true;
  const capRings = caps ? (spec.capRings ?? 1) : 0;
  const curve = new CatmullRomCurve3(spec.path, false, 'centripetal');
  const up = spec.up ?? new Vector3(0, 1, 0);
  const aspect = spec.aspect ?? 1;
  const centre = new Vector3();
  const tangent = new Vector3();
  const normal = new Vector3();
  const binormal = new Vector3();
  const total = rings + 2 * capRings;
  builder.surface({
    rings: total,
    segments,
    capStart: caps,
    capEnd: caps,
    point: (i, j, out) => {
      // Cap rings shrink like a quarter circle past each end of the curve.
      let t = (i - capRings) / (rings - 1);
      let shrink = 1;
      let along = 0;
      if (i < capRings) {
        const a = ((capRings - i) / (capRings + 1)) * (Math.PI / 2);
        t = 0;
        shrink = Math.cos(a);
        along = -Math.sin(a);
      } else if (i >= capRings + rings) {
        const a = ((i - capRings - rings + 1) / (capRings + 1)) * (Math.PI / 2);
        t = 1;
        shrink = Math.cos(a);
        along = Math.sin(a);
      }
      curve.getPointAt(t, centre);
      curve.getTangentAt(t, tangent);
      normal.copy(up).addScaledVector(tangent, -up.dot(tangent)).normalize();
      binormal.crossVectors(tangent, normal);
      const r = spec.radius(t);
      const angle = (2 * Math.PI * j) / segments;
      out
        .copy(centre)
        .addScaledVector(tangent, along * r * Math.min(aspect, 1))
        .addScaledVector(normal, Math.cos(angle) * r * aspect * shrink)
        .addScaledVector(binormal, Math.sin(angle) * r * shrink);
    },
    pole: (end, out) => {
      const t = end ? 1 : 0;
      curve.getPointAt(t, out);
      curve.getTangentAt(t, tangent);
      out.addScaledVector(tangent, (end ? 1 : -1) * spec.radius(t) * Math.min(aspect, 1));
    },
  });
}

/** Smooth interpolation through keyframes: `keys` rows of [position, ...values], sorted by position. */
export function interpolate(keys: readonly (readonly number[])[], x: number, column: number): number {
  const firstRow = keys[0];
  const lastRow = keys[keys.length - 1];
  if (!firstRow || !lastRow) return 0;
  if (x <= (firstRow[0] ?? 0)) return firstRow[column] ?? 0;
  if (x >= (lastRow[0] ?? 0)) return lastRow[column] ?? 0;
  for (let k = 1; k < keys.length; k += 1) {
    const a = keys[k - 1] ?? firstRow;
    const b = keys[k] ?? lastRow;
    const xa = a[0] ?? 0;
    const xb = b[0] ?? 0;
    if (x <= xb) {
      // Catmull-Rom between a and b, using the neighbours for slopes: smooth silhouettes without kinks.
      const before = keys[k - 2] ?? a;
      const after = keys[k + 1] ?? b;
      const u = (x - xa) / (xb - xa);
      const p0 = before[column] ?? 0;
      const p1 = a[column] ?? 0;
      const p2 = b[column] ?? 0;
      const p3 = after[column] ?? 0;
      const span = xb - xa;
      const m1 = ((p2 - p0) / Math.max(1e-6, xb - (before[0] ?? xa))) * span;
      const m2 = ((p3 - p1) / Math.max(1e-6, (after[0] ?? xb) - xa)) * span;
      const u2 = u * u;
      const u3 = u2 * u;
      return (2 * u3 - 3 * u2 + 1) * p1 + (u3 - 2 * u2 + u) * m1 + (-2 * u3 + 3 * u2) * p2 + (u3 - u2) * m2;
    }
  }
  return lastRow[column] ?? 0;
}

/** exp(-(dx² + dy²)): a soft bump for shaping faces. */
export function bump(dx: number, dy: number, dz = 0): number {
  return Math.exp(-(dx * dx + dy * dy + dz * dz));
}

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}
