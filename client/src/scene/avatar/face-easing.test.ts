import { describe, expect, it } from 'vitest';
import { restingFace } from './avatar-drive.ts';
import { approach, FaceEaser } from './face-easing.ts';

describe('FaceEaser', () => {
  it('settles on the target in about a second without overshoot', () => {
    const face = restingFace();
    const target = { ...restingFace(), browInnerUp: 1, mouthCorners: -1 };
    const easer = new FaceEaser();
    let t = 0;
    let maxSeen = 0;
    while (t < 0.25) {
      easer.step(face, target, 1 / 72);
      t += 1 / 72;
    }
    expect(face.browInnerUp).toBeGreaterThan(0.1);
    expect(face.browInnerUp).toBeLessThan(0.6);
    while (t < 1.2) {
      easer.step(face, target, 1 / 72);
      maxSeen = Math.max(maxSeen, face.browInnerUp);
      t += 1 / 72;
    }
    expect(face.browInnerUp).toBeGreaterThan(0.93);
    expect(face.mouthCorners).toBeLessThan(-0.93);
    expect(maxSeen).toBeLessThanOrEqual(1);
  });

  it('does not depend much on the frame rate', () => {
    const run = (fps: number) => {
      const face = restingFace();
      const target = { ...restingFace(), browDown: 1 };
      const easer = new FaceEaser();
      for (let i = 0; i < fps * 0.5; i += 1) easer.step(face, target, 1 / fps);
      return face.browDown;
    };
    expect(Math.abs(run(30) - run(90))).toBeLessThan(0.02);
  });
});

describe('approach', () => {
  it('moves a share of the way that depends on the time constant', () => {
    expect(approach(0, 1, 0.1, 0.1)).toBeCloseTo(1 - Math.exp(-1));
    expect(approach(1, 1, 0.1, 0.1)).toBe(1);
  });
});
