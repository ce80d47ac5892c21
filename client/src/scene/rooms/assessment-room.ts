// The bare assessment room off the emergency department: one plastic chair, no window, a bright panel light, a bin
// knocked on its side and a door left open onto the corridor. Nothing else.

import type { BufferGeometry } from 'three';
import { CylinderGeometry } from 'three';
import type { RoomLayout } from '../room-layout.ts';
import { door, plasticChair } from './furniture.ts';
import type { RoomGeometry } from './room-geometry-types.ts';
import { box, coloured, merge, shellParts } from './room-parts.ts';

const SHELL = { width: 3.6, depth: 4.4, height: 2.6, backZ: -1.6 };
/** The one chair, when nobody sits on it. */
const EMPTY_CHAIR = { at: [1.15, 0, -0.9] as [number, number, number], yaw: -0.5 };

export function buildAssessmentRoom(layout: RoomLayout): RoomGeometry {
  const half = SHELL.width / 2;
  const back = SHELL.backZ;
  const chairs = layout.spots.filter((s) => s.support === 'chair');
  const bin = coloured(new CylinderGeometry(0.16, 0.13, 0.38, 12, 1, true), '#5d6166');
  bin.rotateZ(Math.PI / 2);
  bin.rotateY(0.6);
  bin.translate(half - 0.55, 0.16, 0.9);
  const solid: BufferGeometry[] = [
    ...shellParts(SHELL, {
      floor: '#aeb4b1',
      wall: '#eef0ee',
      backWall: '#e4e8e6',
      ceiling: '#f6f7f6',
      skirting: '#7e8682',
    }),
    ...(chairs.length > 0
      ? chairs.flatMap((s) => plasticChair(s.position, s.facing))
      : plasticChair(EMPTY_CHAIR.at, EMPTY_CHAIR.yaw)),
    ...door(half, 1.35, '#b9c0c4', 1.2),
    bin,
    // A grille over the air vent and a call button: the only things on the walls.
    box([0.4, 0.2, 0.02], [-0.6, 2.3, back + 0.02], '#c9cfcc'),
    box([0.08, 0.12, 0.03], [half - 0.02, 1.3, 0.35], '#c83c3c'),
  ];
  const glow = [
    box([1.2, 0.02, 0.6], [0, SHELL.height - 0.02, -0.3], '#ffffff'),
    box([1.2, 0.02, 0.6], [0, SHELL.height - 0.02, 1.3], '#ffffff'),
  ];
  return { solid: merge(solid), glow: merge(glow) };
}
