import { describe, expect, it } from 'vitest';
import { type GazeOffset, GazeScheduler } from './gaze-scheduler.ts';
import { seededRandom } from './random.ts';

function simulate(eyeContact: number, downBias: number, seed = 1) {
  const gaze = new GazeScheduler(seededRandom(seed), 0);
  const out: GazeOffset = { yaw: 0, pitch: 0, onLearner: true };
  let onLearner = 0;
  let samples = 0;
  let pitchAway = 0;
  let away = 0;
  let maxOffset = 0;
  for (let t = 0; t < 5 * 60_000; t += 50) {
    gaze.update(t, eyeContact, downBias, out);
    samples += 1;
    maxOffset = Math.max(maxOffset, Math.abs(out.yaw), Math.abs(out.pitch));
    if (out.onLearner) onLearner += 1;
    else {
      away += 1;
      pitchAway += out.pitch;
    }
  }
  return { share: onLearner / samples, meanPitchAway: pitchAway / away, maxOffset };
}

describe('GazeScheduler', () => {
  it('looks at the learner more with more eye contact', () => {
    const engaged = simulate(0.9, 0);
    const avoidant = simulate(0.15, 0);
    expect(engaged.share).toBeGreaterThan(0.75);
    expect(avoidant.share).toBeLessThan(0.5);
  });

  it('sends glances down when distressed', () => {
    expect(simulate(0.5, 1).meanPitchAway).toBeLessThan(simulate(0.5, 0).meanPitchAway - 0.15);
  });

  it('keeps offsets small enough to stay natural', () => {
    expect(simulate(0.5, 1).maxOffset).toBeLessThan(0.6);
  });

  it('holds the learner with only tiny shifts while on them', () => {
    const gaze = new GazeScheduler(seededRandom(9), 0);
    const out: GazeOffset = { yaw: 0, pitch: 0, onLearner: true };
    gaze.update(100, 1, 0, out);
    expect(out.onLearner).toBe(true);
    expect(Math.abs(out.yaw)).toBeLessThan(0.02);
  });
});
