// The moving parts around the eyes: an eyeball (sclera, iris, pupil in rings around its axis, so their edges are
// crisp circles) and an upper lid that rotates shut. Both built in eye space: origin at the eye's centre, +z out.

import { type BufferGeometry, Vector3 } from 'three';
import { EYE_RADIUS } from './head-shape.ts';
import type { Palette } from './palette.ts';
import { tube } from './shapes.ts';
import { SurfaceBuilder } from './surface-builder.ts';

// Rings of the eyeball by angle from its axis: pupil, iris (darker at its rim), sclera.
const PUPIL = 0.19;
const IRIS = 0.46;
const RINGS = [0.07, 0.17, 0.2, 0.3, 0.41, 0.44, 0.48, 0.7, 1.05, 1.5, 2.0, 2.6] as const;

export function buildEyeGeometry(palette: Palette): BufferGeometry {
  const b = new SurfaceBuilder();
  let ring = 0;
  b.paint = (_p, out) => {
    const angle = RINGS[ring] ?? 0;
    if (angle < PUPIL) out.setRGB(0.01, 0.008, 0.007);
    else if (angle < IRIS) {
      out.copy(palette.iris);
      // Lighter towards the pupil, a dark limbal ring at the edge: reads as an iris, not a dot.
      if (angle < 0.32) out.multiplyScalar(1.25);
      if (angle > 0.42) out.multiplyScalar(0.45);
    } else out.copy(palette.sclera).multiplyScalar(angle > 1.2 ? 0.85 : 1);
  };
  const segments = 14;
  b.surface({
    rings: RINGS.length,
    segments,
    capStart: true,
    capEnd: true,
    pole: (end, out) => {
      ring = end ? RINGS.length - 1 : 0;
      out.set(0, 0, end ? -EYE_RADIUS : EYE_RADIUS * 1.05);
    },
    point: (i, j, out) => {
      ring = i;
      const angle = RINGS[i] ?? 0;
      // The cornea bulges a little over the iris, which catches the light.
      const r = EYE_RADIUS * (angle < IRIS ? 1.05 - 0.05 * (angle / IRIS) ** 2 : 1);
      const around = (2 * Math.PI * j) / segments;
      out.set(
        Math.sin(angle) * Math.cos(around) * r,
        Math.sin(angle) * Math.sin(around) * r,
        Math.cos(angle) * r,
      );
    },
  });
  return b.build().geometry;
}

/** Radius of the upper lid's shell, just outside the eyeball and the lower lid. */
export const UPPER_LID_RADIUS = EYE_RADIUS * 1.09;

/**
 * The upper lid in eye space with its edge on the eye's horizon; rotating it about x by +angle lowers the edge
 * by that angle. The shell runs back over the top of the eye, so it stays inside the socket when raised.
 */
export function buildUpperLidGeometry(palette: Palette, female: boolean): BufferGeometry {
  const b = new SurfaceBuilder();
  const rings = 7;
  const segments = 13;
  const lashes = palette.hair.clone().lerp(palette.shoes, 0.6).multiplyScalar(0.5);
  b.paint = (p, out) => {
    // A faint crease shadow high on the lid.
    out.copy(palette.skin).lerp(palette.skinShade, p.y > EYE_RADIUS * 0.75 ? 0.5 : 0.15);
  };
  const onSphere = (elevation: number, azimuth: number, r: number, out: Vector3) =>
    out
      .set(
        Math.cos(elevation) * Math.sin(azimuth),
        Math.sin(elevation),
        Math.cos(elevation) * Math.cos(azimuth),
      )
      .multiplyScalar(r);
  b.surface({
    rings,
    segments,
    wrap: false,
    point: (i, j, out) => {
      const azimuth = -1.2 + (2.4 * j) / (segments - 1);
      // Rings from far over the top (1.9 rad) down to the edge; the edge dips a little in the middle.
      const edge = -0.05 * Math.cos(azimuth * 1.2);
      onSphere(edge + ((1.9 - edge) * (rings - 1 - i)) / (rings - 1), azimuth, UPPER_LID_RADIUS, out);
    },
  });
  b.paint = (_p, out) => out.copy(lashes);
  const edge: Vector3[] = [];
  for (let k = 0; k <= 8; k += 1) {
    const azimuth = -1.12 + (2.24 * k) / 8;
    edge.push(onSphere(-0.05 * Math.cos(azimuth * 1.2), azimuth, UPPER_LID_RADIUS, new Vector3()));
  }
  tube(b, { path: edge, radius: () => (female ? 0.0014 : 0.0011), rings: 8, segments: 4 });
  return b.build().geometry;
}
