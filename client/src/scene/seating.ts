// Where everyone sits: the learner on one side of a low table, the characters opposite, turned towards them.

/** The learner's seated eye position (metres; y up, characters towards -z). */
export const LEARNER_EYE: readonly [number, number, number] = [0, 1.2, 1.6];
/** Where the desktop camera looks at first: between the characters' faces. */
export const SCENE_FOCUS: readonly [number, number, number] = [0, 1.17, 0];

export interface Seat {
  position: [number, number, number];
  /** Yaw in radians that turns a figure facing +z towards the learner. */
  facing: number;
}

const LAYOUTS: readonly (readonly [number, number][])[] = [
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
];

/** Seats for `count` characters, in order (the patient first). */
export function seatsFor(count: number): Seat[] {
  const layout = LAYOUTS[Math.min(count, LAYOUTS.length) - 1] ?? [];
  return layout.slice(0, count).map(([x, z]) => ({
    position: [x, 0, z],
    facing: Math.atan2(LEARNER_EYE[0] - x, LEARNER_EYE[2] - z),
  }));
}
