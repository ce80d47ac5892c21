// The arms, with hands resting on the lap, and the legs and feet of the seated body, skinned and dressed by
// vertex colour.

import { type Color, Euler, Vector3 } from 'three';
import type { BodyPlan } from './body-plan.ts';
import type { ClothingStyle } from './clothing.ts';
import type { Palette } from './palette.ts';
import { ellipsoid, smoothstep, tube } from './shapes.ts';
import { BoneIndex } from './skeleton.ts';
import type { SurfaceBuilder } from './surface-builder.ts';

/** One arm (side 1 left, -1 right) from shoulder to wrist, sleeved to the style, ending in its hand. */
export function addArm(
  b: SurfaceBuilder,
  plan: BodyPlan,
  palette: Palette,
  style: ClothingStyle,
  side: number,
): void {
  const mirror = (v: Vector3) => new Vector3(v.x * side, v.y, v.z);
  const shoulder = mirror(plan.shoulder);
  const elbow = mirror(plan.elbow);
  const wrist = mirror(plan.wrist);
  const arm = side > 0 ? BoneIndex.armLeft : BoneIndex.armRight;
  const fore = side > 0 ? BoneIndex.foreLeft : BoneIndex.foreRight;
  const upDir = shoulder.clone().sub(elbow).normalize();
  const foreDir = wrist.clone().sub(elbow).normalize();
  const fromElbow = new Vector3();
  b.skin = (p, out) => {
    const nearShoulder = p.distanceTo(shoulder);
    if (nearShoulder < 0.1) {
      out.a = BoneIndex.chest;
      out.b = arm;
      out.w = smoothstep(0.02, 0.09, nearShoulder);
      return;
    }
    // Across the elbow: which side of the plane halfway between the upper arm and the forearm.
    fromElbow.subVectors(p, elbow);
    out.a = arm;
    out.b = fore;
    out.w = smoothstep(-0.025, 0.025, fromElbow.dot(foreDir) - fromElbow.dot(upDir));
  };
  // Sleeve colour by how far down the arm (0 shoulder .. 1 wrist) a point is.
  const sleeveAt = (along: number, out: Color) => {
    if (along > style.sleeve) out.copy(palette.skin);
    else if (style.ribbing && style.sleeve === 1 && along > 0.955) out.copy(palette.trim);
    else out.copy(palette.clothing);
  };
  const loose = (along: number) => (along <= style.sleeve ? style.looseness * (0.5 + along) : 0);
  const upperLength = shoulder.distanceTo(elbow);
  const foreLength = elbow.distanceTo(wrist);
  const share = upperLength / (upperLength + foreLength);
  b.paint = (_p, out) => sleeveAt(0, out);
  ellipsoid(b, {
    centre: shoulder.clone().add(new Vector3(-side * 0.004, -0.008, 0)),
    radii: new Vector3(plan.upperArmRadius * 1.12, plan.upperArmRadius * 1.15, plan.upperArmRadius * 1.1),
    rings: 6,
    segments: 10,
  });
  // The radius callbacks run before each ring is painted, so they also record how far down the arm it is.
  let along = 0;
  b.paint = (_p, out) => sleeveAt(along, out);
  const upperRadius = (t: number) => {
    along = t * share;
    return plan.upperArmRadius * (1.05 - 0.18 * t) + loose(along);
  };
  tube(b, {
    path: [
      shoulder,
      shoulder
        .clone()
        .lerp(elbow, 0.5)
        .add(new Vector3(side * 0.008, 0, 0)),
      elbow,
    ],
    radius: upperRadius,
    up: new Vector3(0, 0, 1),
    rings: 8,
    segments: 10,
  });
  const foreRadius = (t: number) => {
    along = share + t * (1 - share);
    return plan.forearmRadius * (1.08 - 0.36 * t) + loose(along) * 0.8 * (1 - t * t);
  };
  tube(b, {
    path: [
      elbow,
      elbow
        .clone()
        .lerp(wrist, 0.45)
        .add(new Vector3(0, 0.012, 0)),
      wrist,
    ],
    radius: foreRadius,
    up: new Vector3(0, 1, 0),
    rings: 9,
    segments: 10,
  });
  addHand(b, wrist, side, palette);
}

function addHand(b: SurfaceBuilder, wrist: Vector3, side: number, palette: Palette): void {
  b.paint = (_p, out) => out.copy(palette.skin);
  // The hand lies forward along the thigh, turned slightly in, palm down.
  const forward = new Vector3(-side * 0.25, -0.12, 1).normalize();
  const across = new Vector3(1, 0, side * 0.25).normalize();
  const at = (f: number, x: number, y: number) =>
    wrist
      .clone()
      .addScaledVector(forward, f)
      .addScaledVector(across, x)
      .add(new Vector3(0, y, 0));
  const yaw = Math.atan2(forward.x, forward.z);
  ellipsoid(b, {
    centre: at(0.045, 0, -0.004),
    radii: new Vector3(0.039, 0.0145, 0.05),
    rotation: new Euler(0.12, yaw, 0, 'YXZ'),
    rings: 5,
    segments: 9,
  });
  for (let k = 0; k < 4; k += 1) {
    const x = (k - 1.5) * 0.0195 * -side;
    const length = [0.06, 0.07, 0.066, 0.052][k] ?? 0.06;
    tube(b, {
      path: [
        at(0.08, x, -0.002),
        at(0.08 + length * 0.55, x * 1.05, -0.008),
        at(0.08 + length, x * 1.05, -0.03),
      ],
      radius: (t) => 0.0086 - 0.0018 * t,
      rings: 4,
      segments: 5,
    });
  }
  // The thumb, on the inner side.
  tube(b, {
    path: [at(0.03, -side * 0.03, -0.006), at(0.065, -side * 0.045, -0.014), at(0.09, -side * 0.045, -0.024)],
    radius: (t) => 0.0105 - 0.002 * t,
    rings: 4,
    segments: 5,
  });
}

/** One leg (side 1 left, -1 right) from hip to foot, in trousers or below a gown's hem. */
export function addLeg(
  b: SurfaceBuilder,
  plan: BodyPlan,
  palette: Palette,
  style: ClothingStyle,
  side: number,
): void {
  const mirror = (v: Vector3) => new Vector3(v.x * side, v.y, v.z);
  const hip = mirror(plan.hip);
  const knee = mirror(plan.knee);
  const ankle = mirror(plan.ankle);
  const leg = side > 0 ? BoneIndex.legLeft : BoneIndex.legRight;
  b.skin = (p, out) => {
    out.a = BoneIndex.hips;
    out.b = leg;
    out.w = smoothstep(0.04, 0.14, p.distanceTo(hip));
  };
  const fabric = style.gown ? palette.clothing : palette.trousers;
  b.paint = (_p, out) => out.copy(fabric);
  const thighR = plan.thighRadius + (style.gown ? 0.008 : 0.004);
  tube(b, {
    path: [
      hip.clone().add(plan.place === 'standing' ? new Vector3(0, 0.03, 0.01) : new Vector3(0, 0, -0.06)),
      hip.clone().lerp(knee, 0.55),
      knee,
    ],
    radius: (t) => thighR * (1 - 0.28 * t * t),
    aspect: 0.82,
    up: new Vector3(0, 1, 0),
    rings: 9,
    segments: 11,
  });
  const kneeR = Math.min(thighR * 0.72 * 0.85, plan.calfRadius * 1.05);
  b.paint = (_p, out) => out.copy(fabric);
  ellipsoid(b, {
    centre: knee.clone().add(new Vector3(0, -0.004, 0)),
    radii: new Vector3(kneeR, kneeR, kneeR * 1.05),
    rings: 5,
    segments: 10,
  });
  const sockTop = ankle.y + 0.08;
  b.paint = (p, out) => {
    if (!style.gown) out.copy(fabric);
    // The gown's hem falls just below the knee.
    else out.copy(p.y < sockTop ? palette.socks : p.y > knee.y - 0.045 ? fabric : palette.skin);
  };
  const calf = (style.gown ? plan.calfRadius : plan.calfRadius + 0.006) * 1;
  tube(b, {
    path: [
      knee,
      knee
        .clone()
        .lerp(ankle, 0.35)
        .add(new Vector3(0, 0, -0.012)),
      ankle,
    ],
    radius: (t) =>
      t < 0.35 ? calf * (0.98 + 0.06 * (t / 0.35)) : calf * (1.04 - 0.42 * ((t - 0.35) / 0.65)),
    up: new Vector3(0, 0, 1),
    rings: 9,
    segments: 10,
  });
  b.paint = (_p, out) => out.copy(style.gown ? palette.socks : palette.shoes);
  // In bed the feet point up under the blanket.
  const up = plan.place === 'in-bed';
  ellipsoid(b, {
    centre: up
      ? new Vector3(ankle.x, ankle.y + 0.06, ankle.z + 0.04)
      : new Vector3(ankle.x, ankle.y - 0.043, ankle.z + 0.075),
    radii: new Vector3(0.046, 0.045, 0.125),
    rotation: new Euler(up ? -0.9 : 0, side * -0.08, 0),
    rings: 6,
    segments: 11,
    // A flat sole and a lower toe.
    warp: (u) => {
      if (u.y < -0.25) u.y = -0.25 + (u.y + 0.25) * 0.25;
      if (u.y > 0) u.y *= 1 - 0.45 * Math.max(0, u.z);
    },
  });
}
