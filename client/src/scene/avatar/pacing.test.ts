import { describe, expect, it } from 'vitest';
import { Pacer } from './pacing.ts';

const run = (pacer: Pacer, seconds: number, paces: boolean, halfWidth = 0.7) => {
  const xs: number[] = [];
  const yaws: number[] = [];
  let walking = 0;
  for (let t = 0; t < seconds; t += 1 / 60) {
    const s = pacer.update(1 / 60, paces, halfWidth);
    xs.push(s.x);
    yaws.push(s.yaw);
    if (s.moving) walking++;
  }
  return { xs, yaws, walkingShare: (walking * (1 / 60)) / seconds };
};

describe('pacing', () => {
  it('walks to both ends of its line, turning to walk and turning back to face the learner between', () => {
    const pacer = new Pacer(() => 0.5);
    const { xs, yaws, walkingShare } = run(pacer, 12, true);
    expect(Math.max(...xs)).toBeCloseTo(0.7, 1);
    expect(Math.min(...xs)).toBeCloseTo(-0.7, 1);
    expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(0.7 + 1e-9);
    // Side on while walking, facing the learner while stopped.
    expect(Math.max(...yaws)).toBeCloseTo(Math.PI / 2, 1);
    expect(Math.min(...yaws)).toBeCloseTo(-Math.PI / 2, 1);
    expect(yaws.some((yaw) => Math.abs(yaw) < 0.05)).toBe(true);
    expect(walkingShare).toBeGreaterThan(0.3);
    expect(walkingShare).toBeLessThan(0.9);
  });

  it('walks back to the middle and stands facing the learner when pacing stops', () => {
    const pacer = new Pacer(() => 0.5);
    run(pacer, 2.5, true);
    const { xs, yaws } = run(pacer, 5, false);
    expect(Math.abs(xs.at(-1) ?? 1)).toBeLessThan(0.03);
    expect(Math.abs(yaws.at(-1) ?? 1)).toBeLessThan(0.01);
    expect(pacer.state.moving).toBe(false);
  });

  it('never moves when told not to pace', () => {
    const { xs, walkingShare } = run(new Pacer(() => 0.5), 5, false);
    expect(Math.max(...xs.map(Math.abs))).toBe(0);
    expect(walkingShare).toBe(0);
  });
});
