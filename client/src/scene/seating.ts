// Where the learner sits, and where the desktop camera first looks; the characters' places are the room's
// (room-layout.ts).

/** The learner's seated eye position (metres; y up, characters towards -z). */
export const LEARNER_EYE: readonly [number, number, number] = [0, 1.2, 1.6];
/** Where the desktop camera looks at first: between the characters' faces. */
export const SCENE_FOCUS: readonly [number, number, number] = [0, 1.17, 0];

export interface Seat {
  position: [number, number, number];
  /** Yaw in radians that turns a figure facing +z towards the learner. */
  facing: number;
}
