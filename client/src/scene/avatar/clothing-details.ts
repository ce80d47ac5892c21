// Clothing details laid onto the torso: collars, necklines, button bands, a belt, a hood and pocket, per kind
// of garment.

import { type Color, Euler, Vector3 } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';
import { type BodyPlan, SEAT_HEIGHT } from './body-plan.ts';
import type { ClothingStyle } from './clothing.ts';
import type { Palette } from './palette.ts';
import { ellipsoid, loft, smoothstep, tube } from './shapes.ts';
import { BoneIndex } from './skeleton.ts';
import type { SurfaceBuilder } from './surface-builder.ts';
import { type TorsoKeys, torsoFrontZ, torsoSection } from './torso-shape.ts';

/** The details of one kind of garment, laid onto the torso front and around the neck. */
export function addDetails(
  b: SurfaceBuilder,
  kind: Appearance['clothing']['kind'],
  plan: BodyPlan,
  palette: Palette,
  style: ClothingStyle,
  keys: TorsoKeys,
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
export function cardiganOpening(plan: BodyPlan, y: number): number {
  return 0.058 * smoothstep(SEAT_HEIGHT + 0.08, plan.neckBase.y - 0.03, y) + 0.012;
}
