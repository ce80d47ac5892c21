import { describe, expect, it } from 'vitest';
import { idleDrift, NOD_DURATION_MS, nodPitch } from './head-motion.ts';
import { seededRandom } from './random.ts';
import { SmoothNoise } from './smooth-noise.ts';

describe('nodPitch', () => {
  it('is still before, after and without a nod', () => {
    expect(nodPitch(-10)).toBe(0);
    expect(nodPitch(NOD_DURATION_MS)).toBe(0);
    expect(nodPitch(Number.POSITIVE_INFINITY)).toBe(0);
    expect(nodPitch(Number.NaN)).toBe(0);
  });

  it('dips the head once, then a smaller second time', () => {
    const first = nodPitch(NOD_DURATION_MS * 0.3);
    const second = nodPitch(NOD_DURATION_MS * 0.8);
    expect(first).toBeGreaterThan(0.1);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(first / 2);
  });
});

describe('idleDrift', () => {
  it('moves the head a little and continuously', () => {
    const noise = new SmoothNoise(seededRandom(5));
    const out = { yaw: 0, pitch: 0, roll: 0 };
    let previous = idleDrift(noise, 0, 1, out).yaw;
    for (let t = 0.016; t < 60; t += 0.016) {
      const yaw = idleDrift(noise, t, 1, out).yaw;
      expect(Math.abs(yaw)).toBeLessThanOrEqual(0.035);
      expect(Math.abs(yaw - previous)).toBeLessThan(0.002);
      previous = yaw;
    }
  });
});
