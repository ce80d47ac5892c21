// The seated body as one skinned geometry: the torso and neck are built here, the limbs and clothing details by
// their own modules, all dressed by vertex colour.

import { type Color, Vector3 } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';
import { type BodyPlan, SEAT_HEIGHT } from './body-plan.ts';
import { type ClothingStyle, clothingStyle, inNeckOpening } from './clothing.ts';
import { addDetails, cardiganOpening } from './clothing-details.ts';
import { addArm, addLeg } from './limb-geometry.ts';
import type { Palette } from './palette.ts';
import { interpolate, loft, smoothstep, tube } from './shapes.ts';
import { BoneIndex } from './skeleton.ts';
import { type BuiltSurface, SurfaceBuilder } from './surface-builder.ts';
import { bust, type TorsoKeys, torsoKeys, torsoSection } from './torso-shape.ts';

/** Builds the whole seated body, dressed for the appearance, as one skinned surface. */
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

function addTorso(
  b: SurfaceBuilder,
  plan: BodyPlan,
  palette: Palette,
  style: ClothingStyle,
  keys: TorsoKeys,
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
