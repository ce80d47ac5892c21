// The seated body as one skinned geometry: torso, neck, arms with hands on the lap, legs and feet, dressed by
// vertex colour and a few clothing details.

import { type Color, Euler, Vector3 } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';
import { type BodyPlan, SEAT_HEIGHT } from './body-plan.ts';
import { type ClothingStyle, clothingStyle, inNeckOpening } from './clothing.ts';
import type { Palette } from './palette.ts';
import {
  bump,
  ellipsoid,
  interpolate,
  loft,
  type Section,
  sectionPoint,
  smoothstep,
  tube,
} from './shapes.ts';
import { BoneIndex } from './skeleton.ts';
import { type BuiltSurface, SurfaceBuilder } from './surface-builder.ts';

export function buildBodyGeometry(appearance: Appearance, plan: BodyPlan, palette: Palette): BuiltSurface {
  const style = clothingStyle(appearance.clothing.kind);
  const b = new SurfaceBuilder();
  const torso = torsoKeys(plan);
  addTorso(b, plan, palette, style, torso);
  addNeck(b, plan, palette);
  for (const side of [1, -1]) {
    addArm(b, plan, palette, style, side);
    addLeg(b, plan, palette, style, side);
  }
  addDetails(b, appearance.clothing.kind, plan, palette, style, torso);
  return b.build();
}

type Keys = number[][];

/** Torso cross-sections: y, centre z, half-width, front, back, squareness. */
function torsoKeys(plan: BodyPlan): Keys {
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

function torsoSection(keys: Keys, y: number, out: Section): Section {
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
function torsoFrontZ(keys: Keys, plan: BodyPlan, x: number, y: number): number {
  torsoSection(keys, y, scratch);
  const u = Math.min(0.999, Math.abs(x) / scratch.rx);
  const phi = Math.asin(u ** (scratch.power / 2));
  sectionPoint(scratch, phi, scratchPoint);
  return scratchPoint.z + bust(plan, x, y, scratchPoint.z - scratch.cz);
}

function bust(plan: BodyPlan, x: number, y: number, forward: number): number {
  if (plan.bust === 0 || forward <= 0) return 0;
  return plan.bust * bump((Math.abs(x) - 0.058) / 0.05, (y - plan.chest.y - 0.015) / 0.055);
}

function addTorso(
  b: SurfaceBuilder,
  plan: BodyPlan,
  palette: Palette,
  style: ClothingStyle,
  keys: Keys,
): void {
  const bottom = SEAT_HEIGHT + 0.004;
  const top = plan.neckBase.y + 0.006;
  const waist = keys[3]?.[0] ?? plan.chest.y;
  b.skin = (p, out) => {
    if (p.y < waist) {
      out.a = BoneIndex.hips;
      out.b = BoneIndex.spine;
      out.w = smoothstep(SEAT_HEIGHT + 0.08, waist, p.y);
    } else {
      out.a = BoneIndex.spine;
      out.b = BoneIndex.chest;
      out.w = smoothstep(waist, plan.chest.y + 0.04, p.y);
    }
  };
  b.paint = (p, out) => torsoColour(p, plan, palette, style, out);
  loft(b, {
    rings: 20,
    segments: 30,
    frontBias: 0.45,
    capStart: true,
    capEnd: true,
    // Denser rings near the top, where necklines and shoulders are.
    ringAt: (i) => bottom + (top - bottom) * (1 - (1 - i / 19) ** 1.35),
    at: (y, out) => torsoSection(keys, y, out),
    shape: (p) => {
      p.z += bust(plan, p.x, p.y, p.z - interpolate(keys, p.y, 1));
    },
  });
}

function torsoColour(p: Vector3, plan: BodyPlan, palette: Palette, style: ClothingStyle, out: Color): void {
  const below = plan.neckBase.y - p.y;
  const front = p.z > -0.1;
  out.copy(palette.clothing);
  if (style.ribbing && p.y < SEAT_HEIGHT + 0.09) out.copy(palette.trim);
  if (!style.gown && p.y < SEAT_HEIGHT + 0.035) out.copy(palette.trousers);
  if (style.neckline === 'v' && style.neckDepth > 0.1 && front) {
    // An open cardigan shows the top beneath, narrowing towards the waist.
    const half = cardiganOpening(plan, p.y);
    if (Math.abs(p.x) < half) out.copy(palette.undershirt);
    if (below < 0.004) out.copy(palette.skin);
    return;
  }
  if (front && inNeckOpening(style, p.x, below)) out.copy(palette.skin);
  if (below < 0.004) out.copy(palette.skin);
}

function addNeck(b: SurfaceBuilder, plan: BodyPlan, palette: Palette): void {
  b.paint = (_p, out) => out.copy(palette.skin);
  b.skin = (p, out) => {
    if (p.y < plan.neckBase.y + 0.04) {
      out.a = BoneIndex.chest;
      out.b = BoneIndex.neck;
      out.w = smoothstep(plan.neckBase.y - 0.02, plan.neckBase.y + 0.04, p.y);
    } else {
      out.a = BoneIndex.neck;
      out.b = BoneIndex.head;
      out.w = smoothstep(plan.atlas.y - 0.03, plan.atlas.y + 0.03, p.y);
    }
  };
  const r = plan.neckRadius;
  tube(b, {
    path: [
      new Vector3(0, plan.neckBase.y - 0.03, plan.neckBase.z),
      new Vector3(0, plan.atlas.y, plan.atlas.z + 0.005),
      new Vector3(0, plan.atlas.y + 0.06, plan.atlas.z + 0.02),
    ],
    radius: (t) => r * (1.12 - 0.14 * t),
    aspect: 1.1,
    up: new Vector3(0, 0, 1),
    rings: 7,
    segments: 12,
  });
}

function addArm(
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
  b.skin = (p, out) => {
    out.a = BoneIndex.chest;
    out.b = arm;
    out.w = smoothstep(0.02, 0.09, p.distanceTo(shoulder));
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

function addLeg(
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
  b.skin = (_p, out) => {
    out.a = BoneIndex.hips;
    out.b = BoneIndex.hips;
    out.w = 0;
  };
  const fabric = style.gown ? palette.clothing : palette.trousers;
  b.paint = (_p, out) => out.copy(fabric);
  const thighR = plan.thighRadius + (style.gown ? 0.008 : 0.004);
  tube(b, {
    path: [hip.clone().add(new Vector3(0, 0, -0.06)), hip.clone().lerp(knee, 0.55), knee],
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
  ellipsoid(b, {
    centre: new Vector3(ankle.x, 0.042, ankle.z + 0.075),
    radii: new Vector3(0.046, 0.045, 0.125),
    rotation: new Euler(0, side * -0.08, 0),
    rings: 6,
    segments: 11,
    // A flat sole and a lower toe.
    warp: (u) => {
      if (u.y < -0.25) u.y = -0.25 + (u.y + 0.25) * 0.25;
      if (u.y > 0) u.y *= 1 - 0.45 * Math.max(0, u.z);
    },
  });
}

function addDetails(
  b: SurfaceBuilder,
  kind: Appearance['clothing']['kind'],
  plan: BodyPlan,
  palette: Palette,
  style: ClothingStyle,
  keys: Keys,
): void {
  b.skin = (p, out) => {
    out.a = BoneIndex.spine;
    out.b = BoneIndex.chest;
    out.w = smoothstep(plan.pelvis.y + 0.1, plan.chest.y, p.y);
  };
  const n = plan.neckBase;
  const r = plan.neckRadius;
  const onFront = (x: number, y: number, lift: number) =>
    new Vector3(x, y, torsoFrontZ(keys, plan, x, y) + lift);
  const ring = (radius: number, thickness: number, colour: Color, lift = 0) => {
    b.paint = (_p, out) => out.copy(colour);
    const path: Vector3[] = [];
    for (let k = 0; k <= 16; k += 1) {
      const a = (2 * Math.PI * k) / 16;
      path.push(
        new Vector3(Math.sin(a) * radius, n.y - 0.004 + lift, n.z + 0.004 + Math.cos(a) * radius * 0.95),
      );
    }
    tube(b, { path, radius: () => thickness, rings: 18, segments: 5, caps: false });
  };
  const edge = (points: [number, number][], colour: Color, radius: number) => {
    b.paint = (_p, out) => out.copy(colour);
    tube(b, {
      path: points.map(([x, y]) => onFront(x, y, radius * 0.6)),
      radius: () => radius,
      rings: 8,
      segments: 4,
    });
  };
  switch (kind) {
    case 'gown': {
      const path: [number, number][] = [];
      for (let k = 0; k <= 8; k += 1) {
        const x = -style.neckWidth + (2 * style.neckWidth * k) / 8;
        const u = x / style.neckWidth;
        path.push([x, n.y - style.neckDepth * (1 - u * u) + 0.004]);
      }
      edge(path, palette.trim, 0.004);
      return;
    }
    case 'shirt':
    case 'blouse': {
      const collar = kind === 'shirt' ? palette.clothing.clone().multiplyScalar(1.06) : palette.clothing;
      ring(r + 0.006, 0.006, collar, 0.008);
      b.paint = (_p, out) => out.copy(collar);
      for (const side of [-1, 1])
        ellipsoid(b, {
          centre: onFront(side * 0.03, n.y - 0.022, 0.003),
          radii: new Vector3(0.016, 0.032, 0.0035),
          rotation: new Euler(-0.25, side * 0.35, side * (kind === 'shirt' ? 0.75 : 0.55)),
          rings: 5,
          segments: 10,
        });
      if (kind === 'shirt') {
        edge(
          [
            [0, n.y - style.neckDepth],
            [0, plan.chest.y - 0.05],
            [0, SEAT_HEIGHT + 0.1],
          ],
          palette.trim,
          0.0035,
        );
        // A belt where the shirt is tucked in.
        b.paint = (_p, out) => out.copy(palette.shoes);
        const y = SEAT_HEIGHT + 0.07;
        loft(b, {
          rings: 2,
          segments: 28,
          at: (t, out) => {
            torsoSection(keys, y, out);
            out.y = y - 0.012 + t * 0.024;
            out.rx += 0.004;
            out.front += 0.004;
            out.back += 0.004;
          },
        });
      }
      return;
    }
    case 'jumper':
      ring(r + 0.008, 0.009, palette.trim);
      return;
    case 'hoodie': {
      ring(r + 0.01, 0.011, palette.trim);
      // The hood, bunched behind the neck.
      b.paint = (_p, out) => out.copy(palette.clothing).multiplyScalar(0.9);
      ellipsoid(b, {
        centre: new Vector3(0, n.y + 0.02, n.z - r - 0.03),
        radii: new Vector3(0.1, 0.055, 0.05),
        rotation: new Euler(0.3, 0, 0),
        rings: 5,
        segments: 10,
      });
      for (const side of [-1, 1])
        edge(
          [
            [side * 0.035, n.y - 0.02],
            [side * 0.038, n.y - 0.1],
            [side * 0.04, n.y - 0.17],
          ],
          palette.undershirt,
          0.003,
        );
      // The front pocket.
      b.paint = (_p, out) => out.copy(palette.trim).lerp(palette.clothing, 0.4);
      const y = SEAT_HEIGHT + 0.15;
      ellipsoid(b, {
        centre: onFront(0, y, -0.006),
        radii: new Vector3(0.11, 0.055, 0.014),
        rings: 6,
        segments: 14,
      });
      return;
    }
    case 'cardigan': {
      for (const side of [-1, 1]) {
        const points: [number, number][] = [];
        for (let k = 0; k <= 6; k += 1) {
          const y = SEAT_HEIGHT + 0.08 + ((n.y - 0.02 - SEAT_HEIGHT - 0.08) * k) / 6;
          const half = cardiganOpening(plan, y);
          points.push([side * (half + 0.006), y]);
        }
        edge(points, palette.trim, 0.006);
      }
      b.paint = (_p, out) => out.copy(palette.frames).lerp(palette.trim, 0.5);
      for (let k = 0; k < 4; k += 1) {
        const y = SEAT_HEIGHT + 0.12 + k * 0.085;
        const half = cardiganOpening(plan, y);
        ellipsoid(b, {
          centre: onFront(half + 0.022, y, 0.006),
          radii: new Vector3(0.006, 0.006, 0.004),
          rings: 3,
          segments: 6,
        });
      }
      ring(r + 0.003, 0.004, palette.undershirt, -0.01);
      return;
    }
  }
}

/** Half-width of an open cardigan's front at height `y`: a V from the waist to below the collarbones. */
function cardiganOpening(plan: BodyPlan, y: number): number {
  return 0.058 * smoothstep(SEAT_HEIGHT + 0.08, plan.neckBase.y - 0.03, y) + 0.012;
}
