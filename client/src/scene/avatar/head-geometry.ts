// The head as one static geometry: skull, nose, ears, lips, brows, lower lids, hair and glasses, with vertex
// colours and region tags. The moving eyes and upper lids are separate (eye-geometry.ts).

import { Euler, Vector3 } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';
import { addHair, hairCover } from './hair.ts';
import {
  EYE_RADIUS,
  EYE_X,
  EYE_Y,
  EYE_Z,
  faceSurfaceZ,
  HEAD_BOTTOM,
  MOUTH_HALF_WIDTH,
  MOUTH_Y,
  shapeFace,
  skullRingHeights,
  skullSection,
} from './head-shape.ts';
import { HeadTag } from './head-tags.ts';
import type { Palette } from './palette.ts';
import { bump, ellipsoid, interpolate, loft, type Section, smoothstep, tube } from './shapes.ts';
import { type BuiltSurface, SurfaceBuilder } from './surface-builder.ts';

/** Lower lid edge: elevation (radians) below the eye's axis at the middle; it rises towards the corners. */
export const LOWER_LID_EDGE = -0.4;

export function buildHeadGeometry(appearance: Appearance, palette: Palette): BuiltSurface {
  const female = appearance.sex === 'female';
  const b = new SurfaceBuilder();
  addSkull(b, appearance, palette, female);
  addNose(b, palette, female);
  if (appearance.hair.style !== 'long' && appearance.hair.style !== 'bob') addEars(b, palette);
  addLips(b, palette, female);
  addBrows(b, palette, female);
  for (const side of [-1, 1]) addLowerLid(b, palette, side);
  b.tag = HeadTag.hair;
  addHair(b, appearance.hair.style, palette.hair, female);
  if (appearance.glasses) addGlasses(b, palette);
  return b.build();
}

function addSkull(b: SurfaceBuilder, appearance: Appearance, palette: Palette, female: boolean): void {
  const heights = skullRingHeights();
  const style = appearance.hair.style;
  b.tag = HeadTag.skull;
  b.paint = (p, out) => {
    const phi = Math.atan2(p.x, p.z - 0.0);
    const ax = Math.abs(p.x);
    out.copy(palette.skin);
    // Soft shade in the eye sockets and, with age, lines: beside the mouth, under the eyes, at their outer corners
    // and across the forehead.
    const socket = bump((ax - EYE_X) / 0.02, (p.y - 0.004) / 0.014) * smoothstep(0.03, 0.07, p.z);
    const age = Math.max(palette.lines, palette.older ? 0.5 : 0);
    out.lerp(palette.skinShade, Math.min(1, 0.55 * socket + age * ageLines(ax, p.y, p.z)));
    out.lerp(palette.hair, 0.9 * hairCover(style, p.y, phi));
    // The mouth's inside, hidden by the lips until the jaw opens; upper teeth just under the upper lip.
    if (ax < MOUTH_HALF_WIDTH * 0.8 && Math.abs(p.y - MOUTH_Y) < 0.002 && p.z > 0.05)
      out.copy(p.y > MOUTH_Y && ax < 0.016 ? palette.teeth : palette.mouth);
  };
  loft(b, {
    rings: heights.length,
    segments: 36,
    frontBias: 0.6,
    ringAt: (i) => heights[i] ?? HEAD_BOTTOM,
    at: (y, out) => skullSection(y, female, out),
    shape: (p) => shapeFace(p, female),
    capStart: true,
    capEnd: true,
  });
}

// Rows: y, ridge depth (z of the front line), half-width, front roundness.
const NOSE = [
  [-0.051, 0.097, 0.011, 0.006],
  [-0.045, 0.109, 0.0125, 0.011],
  [-0.036, 0.109, 0.0105, 0.011],
  [-0.02, 0.101, 0.0078, 0.008],
  [0, 0.093, 0.0072, 0.006],
  [0.012, 0.088, 0.0068, 0.005],
] as const;

function addNose(b: SurfaceBuilder, palette: Palette, female: boolean): void {
  const k = female ? 0.9 : 1;
  b.tag = HeadTag.nose;
  b.paint = (p, out) => {
    out.copy(palette.skin).lerp(palette.skinShade, 0.6 * smoothstep(-0.044, -0.052, p.y));
  };
  loft(b, {
    rings: 8,
    segments: 12,
    capStart: true,
    capEnd: true,
    at: (t, out: Section) => {
      const y = -0.051 + t * 0.063;
      const ridge = interpolate(NOSE, y, 1);
      const front = interpolate(NOSE, y, 3);
      out.y = y;
      out.cx = 0;
      out.rx = interpolate(NOSE, y, 2) * k;
      out.front = front;
      out.cz = EYE_Z + (ridge - front - EYE_Z) * k + (1 - k) * 0.02;
      out.back = 0.03;
      out.power = 2.2;
    },
  });
  // The nostril wings.
  for (const side of [-1, 1])
    ellipsoid(b, {
      centre: new Vector3(side * 0.0125 * k, -0.045, 0.093),
      radii: new Vector3(0.0072 * k, 0.0068, 0.0085),
      rings: 5,
      segments: 8,
    });
}

function addEars(b: SurfaceBuilder, palette: Palette): void {
  b.tag = HeadTag.ear;
  b.paint = (p, out) => {
    // The bowl of the ear is in shadow.
    const bowl = bump((p.y + 0.022) / 0.012, (p.z + 0.006) / 0.008);
    out.copy(palette.skin).lerp(palette.skinShade, 0.8 * bowl);
  };
  for (const side of [-1, 1])
    ellipsoid(b, {
      centre: new Vector3(side * 0.07, -0.02, -0.008),
      radii: new Vector3(0.008, 0.03, 0.018),
      rotation: new Euler(0.1, side * 0.35, side * 0.08),
      rings: 7,
      segments: 10,
      // Cup the outer face so the rim stands out.
      warp: (u) => {
        u.x -= 0.5 * Math.sign(u.x) * side * Math.max(0, 1 - u.y * u.y * 1.6 - u.z * u.z * 1.6);
      },
    });
}

function addLips(b: SurfaceBuilder, palette: Palette, female: boolean): void {
  const half = female ? MOUTH_HALF_WIDTH * 0.93 : MOUTH_HALF_WIDTH;
  const fullness = female ? 1.15 : 1;
  const lip = (upper: boolean) => {
    const peak = (upper ? 0.0033 : 0.0042) * fullness;
    const radius = (t: number) => 0.0013 + peak * Math.sin(Math.PI * t) ** 0.8;
    const path: Vector3[] = [];
    for (let k = 0; k <= 8; k += 1) {
      const t = k / 8;
      const x = -half + 2 * half * t;
      const r = radius(t);
      const y = MOUTH_Y + (upper ? 0.85 : -0.95) * r;
      path.push(new Vector3(x, y, faceSurfaceZ(x, y, female) - 0.3 * r));
    }
    b.tag = upper ? HeadTag.upperLip : HeadTag.lowerLip;
    b.paint = (_p, out) => {
      out.copy(palette.lips);
      if (!upper) out.multiplyScalar(1.08);
    };
    tube(b, { path, radius, rings: 12, segments: 8, aspect: 1.05, up: new Vector3(0, 0, 1) });
  };
  lip(true);
  lip(false);
}

function addBrows(b: SurfaceBuilder, palette: Palette, female: boolean): void {
  // Women's brows are finer and more arched, set a little higher.
  const weight = female ? 0.68 : 1;
  const arch = female ? 0.003 : 0;
  b.tag = HeadTag.brow;
  b.paint = (_p, out) => out.copy(palette.brows);
  for (const side of [-1, 1]) {
    const path = [
      [0.011, 0.025],
      [0.022, 0.031],
      [0.034, 0.033],
      [0.047, 0.03],
      [0.056, 0.023],
    ].map(([x = 0, y = 0]) => {
      const lifted = y + arch * bump((x - 0.036) / 0.02, 0);
      return new Vector3(side * x, lifted, faceSurfaceZ(x, lifted, female) + 0.0006);
    });
    tube(b, {
      path,
      radius: (t) => weight * (0.0019 - 0.0011 * t * t),
      aspect: 1.9,
      rings: 8,
      segments: 6,
      up: new Vector3(0, 1, 0),
    });
  }
}

/** Shade of the lines of age at a point of the face (before scaling by age): 0..about 1. */
function ageLines(ax: number, y: number, z: number): number {
  const onFront = smoothstep(0.03, 0.07, z);
  const mouth = bump((ax - 0.03) / 0.006, (y + 0.055) / 0.014);
  const underEye = bump((ax - EYE_X) / 0.014, (y + 0.019) / 0.004);
  const crowsFeet = bump((ax - 0.06) / 0.006, y / 0.01);
  // Two faint furrows across the forehead, on its dense rings.
  const forehead =
    ax < 0.05
      ? Math.max(0, Math.cos((y - 0.058) * 340)) ** 6 *
        smoothstep(0.045, 0.052, y) *
        smoothstep(0.082, 0.072, y)
      : 0;
  return Math.min(1, 0.9 * mouth + 0.5 * underEye + 0.5 * crowsFeet + 0.45 * forehead) * onFront;
}

/** Lower lid edge elevation at azimuth `a` (radians around the eye's vertical axis). */
export function lowerLidEdge(a: number): number {
  return LOWER_LID_EDGE + 0.3 * (a / 1.1) ** 2;
}

function addLowerLid(b: SurfaceBuilder, palette: Palette, side: number): void {
  const centre = new Vector3(side * EYE_X, EYE_Y, EYE_Z);
  const r = EYE_RADIUS * 1.05;
  const rings = 5;
  const segments = 10;
  b.tag = HeadTag.lowerLid;
  b.paint = (p, out) => {
    // The rim is pinker; the morphs make it redder and wet-looking when tearful.
    const rim = smoothstep(-0.6, -0.35, Math.asin(Math.max(-1, Math.min(1, (p.y - centre.y) / r))));
    out.copy(palette.skin).lerp(palette.lips, 0.35 * rim);
  };
  const onSphere = (elevation: number, azimuth: number, radius: number, out: Vector3) =>
    out
      .set(
        Math.cos(elevation) * Math.sin(azimuth),
        Math.sin(elevation),
        Math.cos(elevation) * Math.cos(azimuth),
      )
      .multiplyScalar(radius)
      .add(centre);
  // The shell covering the eyeball below the lid's edge.
  b.surface({
    rings,
    segments,
    wrap: false,
    point: (i, j, out) => {
      const a = -1.15 + (2.3 * j) / (segments - 1);
      const edge = lowerLidEdge(a);
      onSphere(edge - ((1.7 + edge) * (rings - 1 - i)) / (rings - 1), a, r, out);
    },
  });
  const rim: Vector3[] = [];
  for (let k = 0; k <= 8; k += 1) {
    const a = -1.1 + (2.2 * k) / 8;
    rim.push(onSphere(lowerLidEdge(a), a, r, new Vector3()));
  }
  tube(b, { path: rim, radius: () => 0.0011, rings: 8, segments: 5 });
}

function addGlasses(b: SurfaceBuilder, palette: Palette): void {
  b.tag = HeadTag.glasses;
  b.paint = (_p, out) => out.copy(palette.frames);
  const z = EYE_Z + 0.027;
  for (const side of [-1, 1]) {
    const rim: Vector3[] = [];
    for (let k = 0; k <= 16; k += 1) {
      const a = (2 * Math.PI * k) / 16;
      // A soft rectangle: |cos|^0.6 squares the circle off.
      const x = Math.sign(Math.cos(a)) * Math.abs(Math.cos(a)) ** 0.6 * 0.024;
      const y = Math.sign(Math.sin(a)) * Math.abs(Math.sin(a)) ** 0.6 * 0.0165;
      rim.push(new Vector3(side * (0.033 + x), -0.001 + y, z - 0.004 * Math.abs(x / 0.024) ** 2));
    }
    tube(b, { path: rim, radius: () => 0.0013, rings: 22, segments: 4, caps: false });
    tube(b, {
      path: [
        new Vector3(side * 0.056, 0.006, z - 0.005),
        new Vector3(side * 0.071, 0.006, z - 0.03),
        new Vector3(side * 0.077, 0.002, -0.012),
      ],
      radius: () => 0.0012,
      rings: 6,
      segments: 4,
    });
  }
  tube(b, {
    path: [new Vector3(-0.0095, 0.004, z), new Vector3(0, 0.008, z + 0.001), new Vector3(0.0095, 0.004, z)],
    radius: () => 0.0013,
    rings: 5,
    segments: 4,
  });
}
