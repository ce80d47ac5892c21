// The desktop camera's starting view, fitted to the canvas: a fixed vertical field of view crops the characters on a
// narrow (phone) canvas, so there the view turns to the middle of the group and widens until every head and torso,
// and the whole of a pacer's walk, is inside. A wide canvas keeps the room's own framing. The headset's camera is
// the headset's; this is for the page only.

import { Euler, Quaternion, Vector3 } from 'three';
import { CHAIR_HEIGHT, captionHeight, type RoomLayout, type Spot, type Vec3 } from './room-layout.ts';

/** The room's framing on a wide canvas (vertical, degrees). */
export const BASE_FOV = 50;
/** Beyond this the picture bends too much to be of use: a canvas that would need more is cropped. */
const MAX_FOV = 110;
/** Half a person's width, so the shoulders are in as well as the middle (m). */
const HALF_WIDTH = 0.28;
/** Where a standing character's torso ends, at the waist (m above the floor). */
const STANDING_WAIST = 1.0;
/** How far a seated character's waist is above the seat (m). */
const SEATED_WAIST = 0.12;
/** Room left between the people and the canvas's edges, as a share of the half view. */
const MARGIN = 0.05;

export interface CameraFit {
  /** Vertical field of view, degrees. */
  fov: number;
  /** Yaw to start at (radians, positive turns left). */
  yaw: number;
}

/** What must be in view of each character: head top and waist, at both shoulders and both ends of a walk. */
export function framingPoints(layout: RoomLayout): Vec3[] {
  return layout.spots.flatMap((spot) => spotPoints(spot));
}

function spotPoints(spot: Spot): Vec3[] {
  const [x, lift, z] = spot.position;
  const top = captionHeight(spot) - 0.06;
  const waist = spot.place === 'standing' ? STANDING_WAIST : lift + CHAIR_HEIGHT + SEATED_WAIST;
  // The figure's own left-right axis, along which it paces.
  const side = HALF_WIDTH + spot.paceHalfWidth;
  const [sx, sz] = [Math.cos(spot.facing) * side, -Math.sin(spot.facing) * side];
  return [top, waist].flatMap((y): Vec3[] => [
    [x - sx, y, z - sz],
    [x + sx, y, z + sz],
  ]);
}

/**
 * The field of view and starting yaw from `eye`, looking down by `pitch`, that keep `points` inside a canvas of
 * `aspect` (width / height). Where they fit at yaw 0 and BASE_FOV nothing changes.
 */
export function fitCamera(
  points: readonly Vec3[],
  eye: Readonly<Vec3>,
  pitch: number,
  aspect: number,
): CameraFit {
  const straight = neededFov(points, eye, pitch, 0, aspect);
  if (straight <= BASE_FOV) return { fov: BASE_FOV, yaw: 0 };
  const yaw = middleYaw(points, eye);
  const fov = Math.min(MAX_FOV, Math.max(BASE_FOV, neededFov(points, eye, pitch, yaw, aspect)));
  return { fov, yaw };
}

/** The yaw halfway between the leftmost and rightmost points as seen from the eye. */
function middleYaw(points: readonly Vec3[], eye: Readonly<Vec3>): number {
  const bearings = points.map(([x, , z]) => Math.atan2(eye[0] - x, eye[2] - z));
  return (Math.min(...bearings) + Math.max(...bearings)) / 2;
}

/** The smallest vertical field of view (degrees) that shows every point, with the margin. */
function neededFov(
  points: readonly Vec3[],
  eye: Readonly<Vec3>,
  pitch: number,
  yaw: number,
  aspect: number,
): number {
  // Into the camera's frame: the inverse of its rotation (pitch then yaw, 'YXZ', as desktop-look.tsx sets it).
  const toCamera = new Quaternion().setFromEuler(new Euler(pitch, yaw, 0, 'YXZ')).invert();
  const inCamera = new Vector3();
  let tanHalf = 0;
  for (const point of points) {
    inCamera.set(point[0] - eye[0], point[1] - eye[1], point[2] - eye[2]).applyQuaternion(toCamera);
    const depth = -inCamera.z;
    if (depth <= 0.05) return MAX_FOV;
    tanHalf = Math.max(tanHalf, Math.abs(inCamera.y) / depth, Math.abs(inCamera.x) / (depth * aspect));
  }
  return (2 * Math.atan(tanHalf * (1 + MARGIN)) * 180) / Math.PI;
}
