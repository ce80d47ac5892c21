// The clinic room as one merged, vertex-coloured mesh (one draw call): floor, walls, window frame, door, a low
// table with tissues, a plant, and a chair for each character. Sizes in metres.

import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  IcosahedronGeometry,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import type { Seat } from './seating.ts';

const WIDTH = 4.4;
const DEPTH = 5;
const HEIGHT = 2.7;
/** The back wall behind the characters. */
const BACK_Z = -1.6;
const FRONT_Z = BACK_Z + DEPTH;

const COLOURS = {
  floor: '#b9ab97',
  wall: '#e4e0d6',
  accentWall: '#c9d6d2',
  ceiling: '#f3f1ec',
  skirting: '#8c8275',
  frame: '#f7f7f5',
  door: '#9c7a56',
  table: '#a27d5a',
  chairFrame: '#4a4f57',
  chairSeat: '#5d7f8f',
  tissues: '#f2f2f2',
  pot: '#7b5844',
  leaves: '#4e7a45',
  picture: '#6f8fa8',
} as const;

function coloured(geometry: BufferGeometry, hex: string): BufferGeometry {
  const colour = new Color(hex);
  const count = geometry.getAttribute('position').count;
  const data = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) data.set([colour.r, colour.g, colour.b], i * 3);
  geometry.setAttribute('color', new Float32BufferAttribute(data, 3));
  return geometry;
}

function box(
  size: [number, number, number],
  at: [number, number, number],
  hex: string,
  yaw = 0,
): BufferGeometry {
  const geometry = new BoxGeometry(...size);
  if (yaw) geometry.rotateY(yaw);
  geometry.translate(...at);
  return coloured(geometry, hex);
}

function cylinder(radius: [number, number], height: number, at: [number, number, number], hex: string) {
  const geometry = new CylinderGeometry(radius[0], radius[1], height, 14);
  geometry.translate(...at);
  return coloured(geometry, hex);
}

function chair(seat: Seat): BufferGeometry[] {
  const [x, , z] = seat.position;
  const yaw = seat.facing;
  // Parts are laid out for a chair facing +z at the origin, then turned and moved to the seat.
  const parts = [
    box([0.5, 0.07, 0.48], [0, 0.43, 0], COLOURS.chairSeat),
    box([0.5, 0.5, 0.06], [0, 0.74, -0.24], COLOURS.chairSeat),
    box([0.06, 0.22, 0.44], [-0.28, 0.62, 0], COLOURS.chairFrame),
    box([0.06, 0.22, 0.44], [0.28, 0.62, 0], COLOURS.chairFrame),
    ...[-0.22, 0.22].flatMap((lx) =>
      [-0.2, 0.2].map((lz) => box([0.04, 0.4, 0.04], [lx, 0.2, lz], COLOURS.chairFrame)),
    ),
  ];
  for (const part of parts) {
    part.rotateY(yaw);
    part.translate(x, 0, z);
  }
  return parts;
}

export function buildRoomGeometry(seats: readonly Seat[]): BufferGeometry {
  const t = 0.06;
  const midZ = (BACK_Z + FRONT_Z) / 2;
  const parts: BufferGeometry[] = [
    box([WIDTH, t, DEPTH], [0, -t / 2, midZ], COLOURS.floor),
    box([WIDTH, t, DEPTH], [0, HEIGHT + t / 2, midZ], COLOURS.ceiling),
    box([WIDTH, HEIGHT, t], [0, HEIGHT / 2, BACK_Z - t / 2], COLOURS.accentWall),
    box([WIDTH, HEIGHT, t], [0, HEIGHT / 2, FRONT_Z + t / 2], COLOURS.wall),
    box([t, HEIGHT, DEPTH], [-WIDTH / 2 - t / 2, HEIGHT / 2, midZ], COLOURS.wall),
    box([t, HEIGHT, DEPTH], [WIDTH / 2 + t / 2, HEIGHT / 2, midZ], COLOURS.wall),
    // Skirting boards.
    box([WIDTH, 0.1, 0.02], [0, 0.05, BACK_Z + 0.01], COLOURS.skirting),
    box([0.02, 0.1, DEPTH], [-WIDTH / 2 + 0.01, 0.05, midZ], COLOURS.skirting),
    box([0.02, 0.1, DEPTH], [WIDTH / 2 - 0.01, 0.05, midZ], COLOURS.skirting),
    // The window frame on the left wall (the glass is its own bright mesh).
    box([0.05, 1.3, 0.08], [-WIDTH / 2 + 0.02, 1.55, -0.55], COLOURS.frame),
    box([0.05, 1.3, 0.08], [-WIDTH / 2 + 0.02, 1.55, 1.05], COLOURS.frame),
    box([0.05, 0.08, 1.68], [-WIDTH / 2 + 0.02, 0.9, 0.25], COLOURS.frame),
    box([0.05, 0.08, 1.68], [-WIDTH / 2 + 0.02, 2.2, 0.25], COLOURS.frame),
    box([0.05, 1.3, 0.05], [-WIDTH / 2 + 0.02, 1.55, 0.25], COLOURS.frame),
    // The door on the right wall, and a picture behind the characters.
    box([0.05, 2.05, 0.9], [WIDTH / 2 - 0.02, 1.025, 2.1], COLOURS.door),
    box([0.06, 0.04, 0.12], [WIDTH / 2 - 0.06, 1.0, 1.75], COLOURS.skirting),
    box([0.9, 0.6, 0.03], [0.1, 1.75, BACK_Z + 0.02], COLOURS.frame),
    box([0.8, 0.5, 0.02], [0.1, 1.75, BACK_Z + 0.04], COLOURS.picture),
    // The low table between learner and characters, with a box of tissues.
    box([0.7, 0.04, 0.45], [0.05, 0.45, 0.85], COLOURS.table),
    ...[-0.27, 0.37].flatMap((lx) =>
      [0.67, 1.03].map((lz) => box([0.04, 0.43, 0.04], [lx, 0.215, lz], COLOURS.table)),
    ),
    box([0.22, 0.09, 0.12], [0.2, 0.515, 0.8], COLOURS.tissues),
    // A plant in the corner.
    cylinder([0.16, 0.12], 0.32, [WIDTH / 2 - 0.35, 0.16, BACK_Z + 0.35], COLOURS.pot),
    coloured(
      new IcosahedronGeometry(0.32, 1).translate(WIDTH / 2 - 0.35, 0.62, BACK_Z + 0.35),
      COLOURS.leaves,
    ),
    ...seats.flatMap(chair),
  ];
  // Icosahedron geometry is not indexed; the boxes are. Merging needs one kind.
  const merged = mergeGeometries(parts.map((p) => (p.index ? p.toNonIndexed() : p)));
  for (const part of parts) part.dispose();
  if (!merged) throw new Error('room geometry could not be merged');
  merged.computeBoundingSphere();
  return merged;
}

/** The window's glass: placed on the left wall, bright as daylight. */
export const WINDOW_GLASS = {
  size: [1.55, 1.22] as [number, number],
  position: [-WIDTH / 2 + 0.035, 1.55, 0.25] as [number, number, number],
};
