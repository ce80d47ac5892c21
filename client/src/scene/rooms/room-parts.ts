// Building blocks of the rooms: vertex-coloured boxes, cylinders and blobs, and the merge that turns a room's
// parts into one geometry (one draw call). Sizes in metres; y up, the characters towards -z.

import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  IcosahedronGeometry,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';

export type Vec3 = [number, number, number];

export function coloured(geometry: BufferGeometry, hex: string): BufferGeometry {
  const colour = new Color(hex);
  const count = geometry.getAttribute('position').count;
  const data = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) data.set([colour.r, colour.g, colour.b], i * 3);
  geometry.setAttribute('color', new Float32BufferAttribute(data, 3));
  return geometry;
}

/** A box of `size` centred at `at`, turned `yaw` about its centre first. */
export function box(size: Vec3, at: Vec3, hex: string, yaw = 0): BufferGeometry {
  const geometry = new BoxGeometry(...size);
  if (yaw) geometry.rotateY(yaw);
  geometry.translate(...at);
  return coloured(geometry, hex);
}

/** An upright cylinder (or cone, with two radii) centred at `at`. */
export function cylinder(radius: [number, number], height: number, at: Vec3, hex: string, segments = 12) {
  const geometry = new CylinderGeometry(radius[0], radius[1], height, segments);
  geometry.translate(...at);
  return coloured(geometry, hex);
}

/** A rough round blob: leaves, a crumpled thing. */
export function blob(radius: number, at: Vec3, hex: string): BufferGeometry {
  return coloured(new IcosahedronGeometry(radius, 1).translate(...at), hex);
}

/** Turns parts laid out at the origin (facing +z) by `yaw` and moves them to `at`. */
export function place(parts: BufferGeometry[], at: Vec3, yaw: number): BufferGeometry[] {
  for (const part of parts) {
    part.rotateY(yaw);
    part.translate(...at);
  }
  return parts;
}

/** Joins parts into one geometry (one draw call) and disposes of the parts. */
export function merge(parts: BufferGeometry[]): BufferGeometry {
  // Icosahedra are not indexed, boxes and cylinders are: merging needs one kind.
  const flat = parts.map((p) => (p.index ? p.toNonIndexed() : p));
  const merged = mergeGeometries(flat);
  for (const part of [...parts, ...flat]) part.dispose();
  if (!merged) throw new Error('room geometry could not be merged');
  merged.computeBoundingSphere();
  return merged;
}

/** The shell of a room: floor, ceiling, four walls and skirting, `width` across and `depth` from the back wall. */
export interface Shell {
  width: number;
  depth: number;
  height: number;
  /** z of the back wall, behind the characters. */
  backZ: number;
}

export function shellParts(
  shell: Shell,
  colours: { floor: string; wall: string; backWall: string; ceiling: string; skirting: string },
): BufferGeometry[] {
  const { width, depth, height, backZ } = shell;
  const t = 0.06;
  const midZ = backZ + depth / 2;
  return [
    box([width, t, depth], [0, -t / 2, midZ], colours.floor),
    box([width, t, depth], [0, height + t / 2, midZ], colours.ceiling),
    box([width, height, t], [0, height / 2, backZ - t / 2], colours.backWall),
    box([width, height, t], [0, height / 2, backZ + depth + t / 2], colours.wall),
    box([t, height, depth], [-width / 2 - t / 2, height / 2, midZ], colours.wall),
    box([t, height, depth], [width / 2 + t / 2, height / 2, midZ], colours.wall),
    box([width, 0.1, 0.02], [0, 0.05, backZ + 0.01], colours.skirting),
    box([0.02, 0.1, depth], [-width / 2 + 0.01, 0.05, midZ], colours.skirting),
    box([0.02, 0.1, depth], [width / 2 - 0.01, 0.05, midZ], colours.skirting),
  ];
}
