// The emergency department's relatives' room: no window, two small sofas, a low table with tissues and a phone, a
// picture of a beach, a standard lamp's warm light, and a door that closes properly.

import type { BufferGeometry } from 'three';
import type { RoomLayout, Spot } from '../room-layout.ts';
import { door, lowTable, softSeat } from './furniture.ts';
import type { RoomGeometry } from './room-geometry-types.ts';
import { box, cylinder, merge, shellParts } from './room-parts.ts';

const SHELL = { width: 4.0, depth: 4.6, height: 2.6, backZ: -1.5 };
const FABRIC = '#6b7d6a';
const CUSHION = '#7d917b';

/** Sofas under the seated: neighbours in a row share one, anyone else gets an armchair. */
function seating(spots: readonly Spot[]): BufferGeometry[] {
  const seated = spots.filter((s) => s.support === 'sofa');
  const parts: BufferGeometry[] = [];
  const used = new Set<Spot>();
  for (const spot of seated) {
    if (used.has(spot)) continue;
    const partner = seated.find(
      (o) =>
        o !== spot &&
        !used.has(o) &&
        Math.abs(o.position[2] - spot.position[2]) < 0.05 &&
        Math.abs(o.position[0] - spot.position[0]) < 0.9,
    );
    used.add(spot);
    if (partner) {
      used.add(partner);
      const mid: [number, number, number] = [
        (spot.position[0] + partner.position[0]) / 2,
        0,
        (spot.position[2] + partner.position[2]) / 2,
      ];
      parts.push(...softSeat(mid, (spot.facing + partner.facing) / 2, 2, FABRIC, CUSHION));
    } else parts.push(...softSeat(spot.position, spot.facing, seated.length === 1 ? 2 : 1, FABRIC, CUSHION));
  }
  return parts;
}

export function buildRelativesRoom(layout: RoomLayout): RoomGeometry {
  const half = SHELL.width / 2;
  const back = SHELL.backZ;
  const solid: BufferGeometry[] = [
    ...shellParts(SHELL, {
      floor: '#7d6f63',
      wall: '#e6d9c4',
      backWall: '#d9c2a0',
      ceiling: '#f1ebe1',
      skirting: '#6d5c4c',
    }),
    ...seating(layout.spots),
    // The second sofa, along the left wall, empty.
    ...softSeat([-half + 0.45, 0, 0.55], Math.PI / 2, 2, FABRIC, CUSHION),
    ...lowTable([0.05, 0, 0.78], [0.8, 0.45], '#8a6a4c', true),
    ...door(half, 1.3, '#8c6a4a'),
    // The picture of a beach: sky, sea and sand in a pale frame.
    box([1.0, 0.66, 0.03], [-0.1, 1.62, back + 0.02], '#efe9df'),
    box([0.9, 0.22, 0.02], [-0.1, 1.82, back + 0.04], '#a9d0e6'),
    box([0.9, 0.16, 0.02], [-0.1, 1.63, back + 0.04], '#3f7fa3'),
    box([0.9, 0.18, 0.02], [-0.1, 1.46, back + 0.04], '#e3cf9c'),
    // The standard lamp in the corner, and a small side table with leaflets.
    cylinder([0.015, 0.015], 1.45, [half - 0.35, 0.725, back + 0.35], '#3b3530', 8),
    cylinder([0.16, 0.16], 0.03, [half - 0.35, 0.015, back + 0.35], '#3b3530', 12),
    box([0.4, 0.5, 0.35], [-half + 0.3, 0.25, back + 0.3], '#8a6a4c'),
    box([0.25, 0.02, 0.2], [-half + 0.3, 0.51, back + 0.3], '#c9d7e6'),
  ];
  const glow = [cylinder([0.14, 0.2], 0.26, [half - 0.35, 1.55, back + 0.35], '#ffe4b8', 12)];
  return { solid: merge(solid), glow: merge(glow) };
}
