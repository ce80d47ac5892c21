// The consultation room: a quiet clinic room with a window onto the car park, a low table with tissues between the
// learner and the characters, a picture, a plant and a chair for each who sits.

import type { BufferGeometry } from 'three';
import type { RoomLayout } from '../room-layout.ts';
import { clinicChair, door, lowTable } from './furniture.ts';
import type { RoomGeometry } from './room-geometry-types.ts';
import { blob, box, cylinder, merge, shellParts } from './room-parts.ts';

const SHELL = { width: 4.4, depth: 5, height: 2.7, backZ: -1.6 };
const FRAME = '#f7f7f5';

export function buildConsultationRoom(layout: RoomLayout): RoomGeometry {
  const half = SHELL.width / 2;
  const back = SHELL.backZ;
  const solid: BufferGeometry[] = [
    ...shellParts(SHELL, {
      floor: '#b9ab97',
      wall: '#e4e0d6',
      backWall: '#c9d6d2',
      ceiling: '#f3f1ec',
      skirting: '#8c8275',
    }),
    // The window frame on the left wall (the glass glows).
    box([0.05, 1.3, 0.08], [-half + 0.02, 1.55, -0.55], FRAME),
    box([0.05, 1.3, 0.08], [-half + 0.02, 1.55, 1.05], FRAME),
    box([0.05, 0.08, 1.68], [-half + 0.02, 0.9, 0.25], FRAME),
    box([0.05, 0.08, 1.68], [-half + 0.02, 2.2, 0.25], FRAME),
    box([0.05, 1.3, 0.05], [-half + 0.02, 1.55, 0.25], FRAME),
    ...door(half, 2.1, '#9c7a56'),
    box([0.9, 0.6, 0.03], [0.1, 1.75, back + 0.02], FRAME),
    box([0.8, 0.5, 0.02], [0.1, 1.75, back + 0.04], '#6f8fa8'),
    ...lowTable([0.05, 0, 0.85], [0.7, 0.45], '#a27d5a'),
    cylinder([0.16, 0.12], 0.32, [half - 0.35, 0.16, back + 0.35], '#7b5844', 14),
    blob(0.32, [half - 0.35, 0.62, back + 0.35], '#4e7a45'),
    ...layout.spots.filter((s) => s.support === 'chair').flatMap((s) => clinicChair(s.position, s.facing)),
  ];
  const glow = [box([0.01, 1.22, 1.55], [-half + 0.035, 1.55, 0.25], '#cfe3f2')];
  return { solid: merge(solid), glow: merge(glow) };
}
