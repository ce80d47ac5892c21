// Where everyone is in each room: the learner's seat is fixed (seating.ts); the characters sit, stand or lie where
// the room puts them, in the scenario's order (the patient first), turned towards the learner.

import type { Place, Room } from '../../../server/protocol.ts';
import { LEARNER_EYE } from './seating.ts';

export type Vec3 = [number, number, number];

/** What a character rests on: a chair, a sofa, the bed (sitting on its edge or propped up in it), or nothing. */
export type Support = 'chair' | 'sofa' | 'bed' | 'none';

export interface Spot {
  /** On the floor under the character's seat or feet; y lifts a seat above chair height (the bed's edge). */
  position: Vec3;
  /** Yaw in radians that turns a figure facing +z towards the learner. */
  facing: number;
  place: Place;
  support: Support;
  /** How far a standing character may walk either way along its own left-right axis when pacing (m). */
  paceHalfWidth: number;
}

/** The bed, in a ward bay: centred on `position`, head to foot along its local +z turned by `yaw`. */
export interface BedPose {
  position: Vec3;
  yaw: number;
  /** The backrest raised for a patient propped up in bed; flat when they sit on its edge. */
  backrestUp: boolean;
}

export interface RoomLayout {
  room: Room;
  spots: Spot[];
  bed: BedPose | null;
}

/** Chair seats are this high; the avatars are built for it. */
export const CHAIR_HEIGHT = 0.46;
/** The top of the ward bed's mattress. */
export const MATTRESS_TOP = 0.6;

type XZ = [number, number];

// Seat rows by how many sit, left to right as the learner sees them.
const SEAT_ROWS: Record<Room, readonly (readonly XZ[])[]> = {
  consultation: [
    [[0, 0]],
    [
      [-0.5, 0],
      [0.55, 0.1],
    ],
    [
      [-0.8, 0.1],
      [0, -0.1],
      [0.8, 0.1],
    ],
  ],
  'ed-relatives-room': [
    [[0, -0.1]],
    [
      [-0.36, -0.1],
      [0.36, -0.1],
    ],
    [
      [-0.36, -0.1],
      [0.36, -0.1],
      [1.25, 0.55],
    ],
  ],
  'assessment-room': [
    [[1.05, -0.55]],
    [
      [1.05, -0.55],
      [-1.0, -0.4],
    ],
    [
      [1.05, -0.55],
      [-1.0, -0.4],
      [0, -0.9],
    ],
  ],
  'ward-bay': [
    [[1.15, 0.45]],
    [
      [1.15, 0.45],
      [-1.2, 0.75],
    ],
    [
      [1.15, 0.45],
      [-1.2, 0.75],
      [1.3, 1.0],
    ],
  ],
};

const STANDING: Record<Room, readonly XZ[]> = {
  consultation: [
    [1.05, -0.45],
    [-1.05, -0.45],
  ],
  'ed-relatives-room': [
    [1.0, -0.35],
    [-1.0, -0.35],
  ],
  'assessment-room': [
    [0.05, -0.25],
    [-0.95, 0.05],
  ],
  'ward-bay': [
    [0.75, -0.3],
    [-1.35, 0.0],
  ],
};

/** Room to pace in, by standing spot: the agitated patient in the bare room has the most. */
const PACE: Record<Room, readonly number[]> = {
  consultation: [0.3, 0.3],
  'ed-relatives-room': [0.3, 0.3],
  'assessment-room': [0.75, 0.35],
  'ward-bay': [0.25, 0.25],
};

function towardsLearner(x: number, z: number): number {
  return Math.atan2(LEARNER_EYE[0] - x, LEARNER_EYE[2] - z);
}

function spotAt([x, z]: XZ, place: Place, support: Support, paceHalfWidth = 0, lift = 0): Spot {
  return { position: [x, lift, z], facing: towardsLearner(x, z), place, support, paceHalfWidth };
}

/** Where each character (by place, in order) is in `room`, and where the bed stands if there is one. */
export function layoutRoom(room: Room, places: readonly Place[]): RoomLayout {
  const seatedCount = places.filter((p) => p === 'seated').length;
  const seats = SEAT_ROWS[room][Math.min(Math.max(seatedCount, 1), 3) - 1] ?? [];
  let seatIndex = 0;
  let standIndex = 0;
  let bed: BedPose | null = null;
  const spots = places.map((place, i): Spot => {
    // In a ward bay the patient (first) has the bed: propped up in it, or sitting on its edge facing the learner.
    if (room === 'ward-bay' && i === 0 && place !== 'standing') {
      if (place === 'in-bed') {
        const hips: XZ = [-0.35, -0.25];
        const facing = towardsLearner(...hips);
        // The hips sit a little behind the bed's middle: the head end, behind them, has the backrest.
        bed = {
          position: [hips[0] + 0.3 * Math.sin(facing), 0, hips[1] + 0.3 * Math.cos(facing)],
          yaw: facing,
          backrestUp: true,
        };
        return { ...spotAt(hips, place, 'bed', 0, MATTRESS_TOP - CHAIR_HEIGHT), facing };
      }
      bed = { position: [-0.3, 0, -0.65], yaw: Math.PI / 2, backrestUp: false };
      return spotAt([-0.3, -0.2], 'seated', 'bed', 0, MATTRESS_TOP - CHAIR_HEIGHT - 0.04);
    }
    if (place === 'standing' || place === 'in-bed') {
      const at = STANDING[room][standIndex] ?? [0.6 * standIndex, -0.6];
      const pace = PACE[room][standIndex] ?? 0.25;
      standIndex += 1;
      return spotAt(at, 'standing', 'none', pace);
    }
    const at = seats[seatIndex] ?? [0.7 * seatIndex, 0.2];
    seatIndex += 1;
    return spotAt(at, 'seated', room === 'ed-relatives-room' ? 'sofa' : 'chair');
  });
  return { room, spots, bed };
}

/**
 * Where a character's caption sits (its lower edge, m above the floor): just above the head, so it is read without
 * looking far from the face; above a seated head it stays below a standing visitor's eyes.
 */
export function captionHeight(spot: Spot): number {
  switch (spot.place) {
    case 'seated':
      return 1.42 + spot.position[1];
    case 'standing':
      return 1.86;
    case 'in-bed':
      return 1.5;
  }
}
