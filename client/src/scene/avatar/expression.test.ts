import { describe, expect, it } from 'vitest';
import type { Affect } from '../../../../server/protocol.ts';
import { type FaceState, restingFace } from './avatar-drive.ts';
import { expressionTarget } from './expression.ts';

const face = (affect: Affect, thinking = false): FaceState =>
  expressionTarget(affect, thinking, restingFace());
const neutral = face({ distress: 0.1, anger: 0.05, trust: 0.5 });

describe('expressionTarget', () => {
  it('keeps a calm face calm', () => {
    expect(neutral.browInnerUp).toBeLessThan(0.15);
    expect(neutral.browDown).toBeLessThan(0.1);
    expect(Math.abs(neutral.mouthCorners)).toBeLessThan(0.25);
    expect(neutral.eyeContact).toBeGreaterThan(0.45);
  });

  it('shows distress: inner brows up, lids and gaze down, corners down, less eye contact, tearful', () => {
    const sad = face({ distress: 0.9, anger: 0.05, trust: 0.3 });
    expect(sad.browInnerUp).toBeGreaterThan(0.7);
    expect(sad.lidDroop).toBeGreaterThan(0.4);
    expect(sad.gazeDown).toBeGreaterThan(0.6);
    expect(sad.mouthCorners).toBeLessThan(-0.6);
    expect(sad.eyeContact).toBeLessThan(neutral.eyeContact);
    expect(sad.tearful).toBeGreaterThan(0.6);
    expect(sad.browDown).toBeLessThan(0.1);
  });

  it('shows anger: brows down, lips pressed, leaning in, flushed, staring', () => {
    const angry = face({ distress: 0.1, anger: 0.9, trust: 0.2 });
    expect(angry.browDown).toBeGreaterThan(0.8);
    expect(angry.lipPress).toBeGreaterThan(0.8);
    expect(angry.leanForward).toBeGreaterThan(0.7);
    expect(angry.flush).toBeGreaterThan(0.7);
    expect(angry.browInnerUp).toBeLessThan(0.2);
    expect(angry.mouthCorners).toBeLessThan(0);
  });

  it('shows trust: corners up and more eye contact', () => {
    const open = face({ distress: 0.05, anger: 0, trust: 0.95 });
    expect(open.mouthCorners).toBeGreaterThan(0.4);
    expect(open.eyeContact).toBeGreaterThan(0.8);
    expect(open.eyeContact).toBeGreaterThan(neutral.eyeContact);
  });

  it('blends rather than switches: more distress always means more inner-brow raise', () => {
    let previous = -1;
    for (let d = 0; d <= 1.0001; d += 0.1) {
      const value = face({ distress: d, anger: 0.3, trust: 0.5 }).browInnerUp;
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    const both = face({ distress: 0.8, anger: 0.8, trust: 0.2 });
    expect(both.browInnerUp).toBeGreaterThan(0.2);
    expect(both.browDown).toBeGreaterThan(0.4);
  });

  it('raises the brows a little while thinking', () => {
    const affect = { distress: 0.1, anger: 0.05, trust: 0.5 };
    expect(face(affect, true).browInnerUp).toBeGreaterThan(face(affect).browInnerUp + 0.2);
  });

  it('stays in range for any affect, even out-of-range input', () => {
    const values = [-0.5, 0, 0.25, 0.5, 0.75, 1, 1.5];
    for (const distress of values)
      for (const anger of values)
        for (const trust of values) {
          const f = face({ distress, anger, trust });
          for (const [key, value] of Object.entries(f)) {
            const min = key === 'mouthCorners' ? -1 : 0;
            expect(value, key).toBeGreaterThanOrEqual(min);
            expect(value, key).toBeLessThanOrEqual(1);
          }
        }
  });
});
