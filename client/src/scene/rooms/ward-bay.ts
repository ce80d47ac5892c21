// A bay on a hospital ward: the patient's bed (backrest raised for a patient propped up in it, flat for one sitting
// on its edge), a drip stand with its bag and line, the monitor on the wall, a locker, curtains drawn round on rails
// and a visitor's chair for anyone who sits.

import { type BufferGeometry, CylinderGeometry, Quaternion, Vector3 } from 'three';
import { IN_BED_RECLINE } from '../avatar/body-plan.ts';
import type { BedPose, RoomLayout } from '../room-layout.ts';
import { MATTRESS_TOP } from '../room-layout.ts';
import { clinicChair, stand } from './furniture.ts';
import type { RoomGeometry } from './room-geometry-types.ts';
import { box, coloured, merge, place, shellParts, type Vec3 } from './room-parts.ts';

const SHELL = { width: 3.8, depth: 4.6, height: 2.7, backZ: -1.4 };
const BED_LENGTH = 2.0;
const BED_WIDTH = 0.92;
/** The raised backrest's angle from the horizontal, matching how far the avatar in bed reclines. */
const BACKREST_ANGLE = Math.PI / 2 - IN_BED_RECLINE;
const CURTAIN = '#86aebb';
const METAL = '#c4c9ce';

/** A thin rod between two points (the drip line). */
function rod(from: Vec3, to: Vec3, radius: number, hex: string): BufferGeometry {
  const a = new Vector3(...from);
  const b = new Vector3(...to);
  const geometry = new CylinderGeometry(radius, radius, a.distanceTo(b), 5, 1, true);
  geometry.applyQuaternion(
    new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), b.clone().sub(a).normalize()),
  );
  geometry.translate(...(a.add(b).multiplyScalar(0.5).toArray() as Vec3));
  return coloured(geometry, hex);
}

/** The bed in its own frame: centred at the origin, head towards -z. */
function bed(pose: BedPose): BufferGeometry[] {
  const top = MATTRESS_TOP;
  const half = BED_LENGTH / 2;
  const parts = [
    box([BED_WIDTH, 0.12, BED_LENGTH], [0, 0.36, 0], '#8e969d'),
    ...[-1, 1].flatMap((sx) =>
      [-1, 1].map((sz) => box([0.05, 0.3, 0.05], [sx * 0.4, 0.15, sz * (half - 0.08)], '#5f666c')),
    ),
    box([BED_WIDTH, 0.62, 0.05], [0, 0.78, -half], '#d9dcd6'),
    box([BED_WIDTH, 0.36, 0.05], [0, 0.66, half], '#d9dcd6'),
  ];
  if (pose.backrestUp) {
    // The hinge sits just behind the patient's hips (0.3 m behind the bed's middle); the legs' part stays flat.
    const hinge = -0.5;
    const length = 0.5;
    parts.push(box([BED_WIDTH - 0.04, 0.15, half - hinge], [0, top - 0.075, (hinge + half) / 2], '#eef0f1'));
    const backrest = box([BED_WIDTH - 0.04, 0.15, length], [0, 0, 0], '#eef0f1');
    const pillow = box([0.6, 0.09, 0.34], [0, 0.1, -0.1], '#fbfbf9');
    for (const part of [backrest, pillow]) {
      part.translate(0, 0, -length / 2);
      part.rotateX(BACKREST_ANGLE);
      part.translate(0, top - 0.075, hinge - 0.02);
    }
    // The blanket over the legs, turned down at the top.
    parts.push(backrest, pillow, box([BED_WIDTH - 0.06, 0.25, 1.32], [0, top + 0.12, 0.33], '#9fb7cf'));
    parts.push(box([BED_WIDTH - 0.04, 0.05, 0.14], [0, top + 0.24, -0.3], '#f3f3ef'));
    // Split side rails, lowered at the head so the arms are free.
    for (const sx of [-1, 1]) parts.push(box([0.03, 0.16, 0.8], [sx * 0.48, top + 0.14, 0.45], METAL));
  } else {
    parts.push(box([BED_WIDTH - 0.04, 0.15, BED_LENGTH - 0.06], [0, top - 0.075, 0], '#eef0f1'));
    parts.push(box([0.6, 0.1, 0.34], [0, top + 0.05, -half + 0.25], '#fbfbf9'));
    parts.push(box([BED_WIDTH - 0.06, 0.06, 0.5], [0, top + 0.03, half - 0.3], '#9fb7cf'));
  }
  return place(parts, pose.position, pose.yaw);
}

/** A point in the bed's frame, in the room. */
function onBed(pose: BedPose, x: number, y: number, z: number): Vec3 {
  const c = Math.cos(pose.yaw);
  const s = Math.sin(pose.yaw);
  return [pose.position[0] + x * c + z * s, y, pose.position[2] - x * s + z * c];
}

/** Roughly where the right hand of a patient on the bed rests (on the lap, or on the blanket). */
function rightHand(at: Vec3, facing: number, inBed: boolean): Vec3 {
  const [x, z] = [-0.12, 0.2];
  const c = Math.cos(facing);
  const s = Math.sin(facing);
  return [at[0] + x * c + z * s, at[1] + (inBed ? 0.73 : 0.66), at[2] - x * s + z * c];
}

/** Curtains hanging in folds along one side of the bay, from `z0` to `z1` at `x`. */
function curtain(x: number, z0: number, z1: number): BufferGeometry[] {
  const folds = Math.round((z1 - z0) / 0.17);
  const parts: BufferGeometry[] = [box([0.03, 0.03, z1 - z0], [x, 2.38, (z0 + z1) / 2], METAL)];
  for (let k = 0; k < folds; k += 1) {
    const z = z0 + ((k + 0.5) * (z1 - z0)) / folds;
    parts.push(box([0.015, 2.12, 0.19], [x + (k % 2 ? 0.03 : -0.03), 1.3, z], CURTAIN, k % 2 ? 0.55 : -0.55));
  }
  return parts;
}

export function buildWardBay(layout: RoomLayout): RoomGeometry {
  const half = SHELL.width / 2;
  const back = SHELL.backZ;
  const pose = layout.bed ?? { position: [-0.3, 0, -0.65] as Vec3, yaw: Math.PI / 2, backrestUp: false };
  // The drip stands at the head of the bed, on the patient's right; its line runs to their right hand.
  const head = pose.backrestUp ? onBed(pose, -0.55, 0, -0.85) : ([-1.15, 0, -0.85] as Vec3);
  const bag: Vec3 = [head[0], 1.72, head[2]];
  const patient = layout.spots[0]?.support === 'bed' ? layout.spots[0] : null;
  const hand = patient
    ? rightHand(patient.position, patient.facing, pose.backrestUp)
    : onBed(pose, -0.2, 0.8, 0);
  const solid: BufferGeometry[] = [
    ...shellParts(SHELL, {
      floor: '#a7b2ac',
      wall: '#e7e5de',
      backWall: '#dfe5e1',
      ceiling: '#f2f2ef',
      skirting: '#7b847f',
    }),
    ...bed(pose),
    ...curtain(-half + 0.15, back + 0.05, 1.0),
    ...curtain(half - 0.15, back + 0.05, 0.6),
    // The services panel behind the bed: oxygen and suction outlets, a call bell.
    box([SHELL.width - 0.3, 0.2, 0.06], [0, 1.45, back + 0.03], '#f1f1ee'),
    ...[-0.9, -0.75, 0.55, 0.7].map((x) =>
      box([0.07, 0.07, 0.04], [x, 1.45, back + 0.07], x < 0 ? '#e8e8e8' : '#4a8f4a'),
    ),
    // The drip stand at the head of the bed, its bag, and the line down to the patient's hand.
    ...stand(head, 1.8),
    box([0.11, 0.19, 0.035], [bag[0], bag[1], bag[2]], '#e6eef2'),
    rod([bag[0], bag[1] - 0.12, bag[2]], hand, 0.004, '#e9eef0'),
    // The monitor on its wall arm beside the bed head, and the bedside locker.
    box([0.05, 0.05, 0.3], [0.45, 1.55, back + 0.15], METAL),
    box([0.36, 0.28, 0.09], [0.45, 1.55, back + 0.33], '#3b4046'),
    box([0.45, 0.78, 0.45], [0.85, 0.39, back + 0.3], '#d5d0c5'),
    box([0.12, 0.16, 0.12], [0.8, 0.86, back + 0.3], '#c6dce6'),
    ...layout.spots
      .filter((s) => s.support === 'chair')
      .flatMap((s) => clinicChair(s.position, s.facing, '#4f7f74')),
  ];
  const screenZ = back + 0.38;
  const glow = [
    box([0.3, 0.22, 0.005], [0.45, 1.55, screenZ], '#101c1a'),
    // Traces: heart rhythm, oxygen, breathing; and the numbers beside them.
    ...[0, 1, 2, 3, 4, 5].map((k) =>
      box([0.028, k % 3 === 1 ? 0.035 : 0.006, 0.004], [0.33 + k * 0.03, 1.61, screenZ + 0.003], '#37e27a'),
    ),
    box([0.18, 0.006, 0.004], [0.39, 1.55, screenZ + 0.003], '#4fc3f7'),
    box([0.18, 0.006, 0.004], [0.39, 1.49, screenZ + 0.003], '#ffd54f'),
    box([0.05, 0.035, 0.004], [0.55, 1.61, screenZ + 0.003], '#37e27a'),
    box([0.05, 0.035, 0.004], [0.55, 1.55, screenZ + 0.003], '#4fc3f7'),
    // The ceiling light over the bay.
    box([1.2, 0.02, 0.3], [0, SHELL.height - 0.02, -0.4], '#fbf8ef'),
  ];
  return { solid: merge(solid), glow: merge(glow) };
}
