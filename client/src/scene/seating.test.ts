import { describe, expect, it } from 'vitest';
import { LEARNER_EYE, seatsFor } from './seating.ts';

describe('seating', () => {
  it('gives each character a seat, apart, turned towards the learner', () => {
    for (const count of [1, 2, 3]) {
      const seats = seatsFor(count);
      expect(seats).toHaveLength(count);
      for (const seat of seats) {
        const [x, , z] = seat.position;
        // Facing +z rotated by `facing` points at the learner.
        const dirX = Math.sin(seat.facing);
        const dirZ = Math.cos(seat.facing);
        const toLearner = Math.hypot(LEARNER_EYE[0] - x, LEARNER_EYE[2] - z);
        expect(dirX * (LEARNER_EYE[0] - x) + dirZ * (LEARNER_EYE[2] - z)).toBeCloseTo(toLearner);
      }
      for (let i = 1; i < seats.length; i += 1) {
        const a = seats[i - 1]?.position ?? [0, 0, 0];
        const b = seats[i]?.position ?? [0, 0, 0];
        expect(Math.hypot(a[0] - b[0], a[2] - b[2])).toBeGreaterThan(0.7);
      }
    }
  });
});
