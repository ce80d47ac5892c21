// Furniture shared by the rooms, each laid out at the origin facing +z (a seat's front towards +z) and then placed:
// an upholstered clinic chair, a soft armchair or sofa, a moulded plastic chair, a low table with tissues.

import type { BufferGeometry } from 'three';
import { box, cylinder, place, type Vec3 } from './room-parts.ts';

const FRAME = '#4a4f57';

/** The clinic's upholstered chair with arms: seat 0.46 m high. */
export function clinicChair(at: Vec3, yaw: number, upholstery = '#5d7f8f'): BufferGeometry[] {
  return place(
    [
      box([0.5, 0.07, 0.48], [0, 0.43, 0], upholstery),
      box([0.5, 0.5, 0.06], [0, 0.74, -0.24], upholstery),
      box([0.06, 0.22, 0.44], [-0.28, 0.62, 0], FRAME),
      box([0.06, 0.22, 0.44], [0.28, 0.62, 0], FRAME),
      ...[-0.22, 0.22].flatMap((lx) => [-0.2, 0.2].map((lz) => box([0.04, 0.4, 0.04], [lx, 0.2, lz], FRAME))),
    ],
    at,
    yaw,
  );
}

/** A soft seat for `seats` people side by side (1: an armchair, 2: a small sofa): deep cushions, padded arms. */
export function softSeat(
  at: Vec3,
  yaw: number,
  seats: number,
  fabric: string,
  cushion: string,
): BufferGeometry[] {
  const inner = 0.62 * seats;
  const half = inner / 2 + 0.14;
  const parts = [
    box([inner + 0.28, 0.3, 0.72], [0, 0.17, -0.05], fabric),
    box([inner + 0.28, 0.5, 0.2], [0, 0.6, -0.33], fabric),
    box([0.15, 0.26, 0.72], [-half + 0.075, 0.45, -0.05], fabric),
    box([0.15, 0.26, 0.72], [half - 0.075, 0.45, -0.05], fabric),
  ];
  for (let k = 0; k < seats; k += 1) {
    const x = (k - (seats - 1) / 2) * 0.62;
    parts.push(
      box([0.58, 0.13, 0.56], [x, 0.385, 0.02], cushion),
      box([0.56, 0.38, 0.1], [x, 0.62, -0.2], cushion),
    );
  }
  return place(parts, at, yaw);
}

/** A one-piece moulded plastic chair on four thin legs. */
export function plasticChair(at: Vec3, yaw: number, colour = '#3f6d8c'): BufferGeometry[] {
  const legs = [-0.19, 0.19].flatMap((lx) =>
    [-0.18, 0.18].map((lz) => box([0.025, 0.43, 0.025], [lx, 0.215, lz], '#9aa0a6')),
  );
  const back = box([0.44, 0.34, 0.03], [0, 0.66, -0.22], colour);
  back.rotateX(-0.12);
  return place([box([0.44, 0.03, 0.42], [0, 0.445, 0], colour), back, ...legs], at, yaw);
}

/** A low table with a box of tissues on it (and, optionally, a phone). */
export function lowTable(at: Vec3, size: [number, number], wood: string, phone = false): BufferGeometry[] {
  const [w, d] = size;
  const [x, , z] = at;
  const parts = [
    box([w, 0.04, d], [x, 0.45, z], wood),
    ...[-1, 1].flatMap((sx) =>
      [-1, 1].map((sz) =>
        box([0.04, 0.43, 0.04], [x + sx * (w / 2 - 0.05), 0.215, z + sz * (d / 2 - 0.05)], wood),
      ),
    ),
    box([0.22, 0.09, 0.12], [x + w / 2 - 0.2, 0.515, z - 0.05], '#f2f2f2'),
    box([0.06, 0.03, 0.05], [x + w / 2 - 0.2, 0.57, z - 0.05], '#ffffff'),
  ];
  if (phone)
    parts.push(
      box([0.2, 0.06, 0.16], [x - w / 2 + 0.18, 0.5, z], '#2c2f33'),
      box([0.05, 0.04, 0.16], [x - w / 2 + 0.1, 0.55, z], '#3a3d42'),
    );
  return parts;
}

/** A plain door in a side wall at `x` (left wall negative), centred at `z`; `ajar` swings it open into the room. */
export function door(x: number, z: number, wood: string, ajar = 0): BufferGeometry[] {
  const side = Math.sign(x);
  const frame = '#f4f4f1';
  const parts = [
    box([0.06, 2.1, 0.06], [x - side * 0.02, 1.05, z - 0.48], frame),
    box([0.06, 2.1, 0.06], [x - side * 0.02, 1.05, z + 0.48], frame),
    box([0.06, 0.06, 1.02], [x - side * 0.02, 2.1, z], frame),
  ];
  if (ajar === 0) {
    parts.push(box([0.05, 2.05, 0.9], [x - side * 0.02, 1.025, z], wood));
    parts.push(box([0.06, 0.04, 0.12], [x - side * 0.06, 1.0, z - 0.35], '#8c8275'));
  } else {
    // The corridor beyond the open doorway is dim; the door leaf stands open into the room.
    parts.push(box([0.02, 2.05, 0.9], [x + side * 0.02, 1.025, z], '#5b5f63'));
    const leaf = box([0.05, 2.05, 0.9], [0, 1.025, 0.45], wood);
    leaf.rotateY(side * ajar);
    leaf.translate(x - side * 0.04, 0, z - 0.45);
    parts.push(leaf);
  }
  return parts;
}

/** A thin pole from the floor with a wheeled base, for the drip stand and the monitor. */
export function stand(at: Vec3, height: number): BufferGeometry[] {
  const [x, , z] = at;
  return [
    cylinder([0.012, 0.012], height, [x, height / 2, z], '#b9bec4', 8),
    box([0.4, 0.03, 0.04], [x, 0.05, z], '#6d7379'),
    box([0.04, 0.03, 0.4], [x, 0.05, z], '#6d7379'),
  ];
}
