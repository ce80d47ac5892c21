// Hair as a shell just outside the skull: thick where the style has hair, tucked inside the skull where it has
// none, so the hairline is where the two surfaces cross. Long hair adds a falling curtain; a bob falls to the jaw
// and flares a little; a bun adds a knot; a ponytail a tail tied at the back.

import { type Color, Vector3 } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';
import { HEAD_TOP, skullSection } from './head-shape.ts';
import {
  ellipsoid,
  interpolate,
  loft,
  loftAngle,
  type Section,
  section,
  sectionPoint,
  smoothstep,
  tube,
} from './shapes.ts';
import type { SurfaceBuilder } from './surface-builder.ts';

type HairStyle = Appearance['hair']['style'];

// Hairline height by angle around the head (0 front, PI back).
const HAIRLINES: Record<HairStyle, readonly (readonly number[])[]> = {
  bald: [
    [0, 0.3],
    [1.05, 0.3],
    [1.3, 0.035],
    [1.85, 0.022],
    [2.3, -0.02],
    [Math.PI, -0.06],
  ],
  receding: [
    [0, 0.088],
    [0.3, 0.093],
    [0.55, 0.1],
    [0.85, 0.062],
    [1.1, 0.03],
    [1.3, -0.01],
    [1.42, -0.012],
    [1.52, 0.02],
    [1.85, 0.02],
    [2.1, -0.03],
    [2.6, -0.065],
    [Math.PI, -0.078],
  ],
  short: [
    [0, 0.063],
    [0.45, 0.056],
    [0.8, 0.045],
    [1.1, 0.03],
    [1.3, -0.012],
    [1.42, -0.015],
    [1.52, 0.02],
    [1.85, 0.02],
    [2.1, -0.03],
    [2.6, -0.065],
    [Math.PI, -0.078],
  ],
  curly: [
    [0, 0.058],
    [0.45, 0.052],
    [0.8, 0.042],
    [1.1, 0.028],
    [1.35, -0.005],
    [1.52, 0.015],
    [1.85, 0.015],
    [2.1, -0.03],
    [2.6, -0.065],
    [Math.PI, -0.078],
  ],
  long: [
    [0, 0.066],
    [0.5, 0.058],
    [0.9, 0.04],
    [1.2, 0.0],
    [1.4, -0.05],
    [1.6, -0.12],
    [Math.PI, -0.12],
  ],
  bob: [
    [0, 0.05],
    [0.35, 0.058],
    [0.8, 0.045],
    [1.1, 0.0],
    [1.3, -0.07],
    [Math.PI, -0.09],
  ],
  ponytail: [
    [0, 0.068],
    [0.5, 0.06],
    [0.9, 0.045],
    [1.2, 0.022],
    [1.45, 0.01],
    [1.85, 0.012],
    [2.2, -0.03],
    [Math.PI, -0.07],
  ],
  bun: [
    [0, 0.066],
    [0.5, 0.058],
    [0.9, 0.043],
    [1.2, 0.02],
    [1.45, 0.008],
    [1.85, 0.012],
    [2.2, -0.03],
    [Math.PI, -0.07],
  ],
};

const THICKNESS: Record<HairStyle, number> = {
  bald: 0.0025,
  receding: 0.0045,
  short: 0.007,
  curly: 0.015,
  long: 0.009,
  bun: 0.005,
  bob: 0.011,
  ponytail: 0.005,
};

/** Where the style has hair at (y, phi): 0 bare skin .. 1 covered, with a short soft edge. */
export function hairCover(style: HairStyle, y: number, phi: number): number {
  const angle = Math.abs(Math.atan2(Math.sin(phi), Math.cos(phi)));
  const line = interpolate(HAIRLINES[style], angle, 1);
  const cover = smoothstep(line - 0.002, line + 0.004, y);
  // Bald heads keep only the fringe around the back and sides.
  return style === 'bald' ? cover * smoothstep(0.05, 0.035, y) : cover;
}

const CENTRE = new Vector3(0, 0, -0.01);

/** Adds the hair of `style` in `colour` to the head's builder. */
export function addHair(builder: SurfaceBuilder, style: HairStyle, colour: Color, female: boolean): void {
  const s: Section = section();
  const offset = new Vector3();
  const bottom = style === 'long' ? -0.125 : style === 'bald' ? -0.07 : style === 'bob' ? -0.092 : -0.09;
  const rings = style === 'bald' ? 9 : 14;
  const segments = 28;
  builder.paint = (p, out) => {
    // A little darker low down and at the back, where less light reaches in real hair.
    const shade = 0.82 + 0.18 * smoothstep(-0.08, 0.09, p.y);
    out.copy(colour).multiplyScalar(shade);
  };
  builder.surface({
    rings,
    segments,
    capEnd: true,
    point: (i, j, out) => {
      const y = bottom + ((HEAD_TOP - bottom) * i) / (rings - 1);
      const phi = loftAngle(j, segments, 0);
      skullSection(y, female, s);
      sectionPoint(s, phi, out);
      const cover = hairCover(style, y, phi);
      let thickness = THICKNESS[style] * (0.55 + 0.45 * smoothstep(-0.02, 0.07, y));
      if (style === 'curly')
        thickness += 0.005 * Math.sin(95 * out.x) * Math.sin(88 * out.y + 1) * Math.sin(91 * out.z + 2);
      if (style === 'long') thickness += 0.01 * smoothstep(0.02, -0.1, y);
      // A bob swings out a little towards its ends.
      if (style === 'bob') thickness += 0.011 * smoothstep(0.0, -0.08, y);
      const push = cover * thickness - (1 - cover) * 0.004;
      offset.subVectors(out, CENTRE);
      out.addScaledVector(offset, push / Math.max(0.01, offset.length()));
    },
  });
  if (style === 'long') addCurtain(builder);
  if (style === 'ponytail') addPonytail(builder);
  if (style === 'bun')
    ellipsoid(builder, {
      centre: new Vector3(0, 0.05, -0.116),
      radii: new Vector3(0.037, 0.033, 0.029),
      rings: 6,
      segments: 11,
    });
}

/** Long hair falling behind the shoulders and beside the face. */
function addCurtain(builder: SurfaceBuilder): void {
  loft(builder, {
    rings: 7,
    segments: 22,
    capStart: true,
    at: (t, out) => {
      const u = 1 - t;
      out.y = 0.03 - 0.28 * u;
      out.cx = 0;
      out.cz = -0.015 - 0.05 * u;
      out.rx = 0.079 + 0.028 * u;
      out.front = 0.07 - 0.035 * u;
      out.back = 0.1 - 0.05 * u;
      out.power = 2.2;
    },
  });
}

/** Hair gathered at the back of the head and falling behind the neck. */
function addPonytail(builder: SurfaceBuilder): void {
  tube(builder, {
    path: [
      new Vector3(0, 0.015, -0.112),
      new Vector3(0, -0.05, -0.137),
      new Vector3(0, -0.13, -0.13),
      new Vector3(0, -0.19, -0.115),
    ],
    radius: (t) => 0.022 * (1 - 0.55 * t) + 0.006 * Math.sin(Math.PI * t),
    rings: 7,
    segments: 8,
  });
}
