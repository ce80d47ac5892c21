import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../server/protocol.ts';
import { choosePosture, type Posture } from './posture.ts';

const affect = (distress: number, anger: number, trust = 0.4) => ({ distress, anger, trust });
const context = (place: Place, more: Partial<Parameters<typeof choosePosture>[1]> = {}) => ({
  place,
  speaking: false,
  reducedMotion: false,
  previous: null,
  ...more,
});

describe('choosing a posture from affect and place', () => {
  it('rests calm hands on the lap, or lets them hang when standing, and gestures while speaking', () => {
    for (const place of ['seated', 'standing', 'in-bed'] as const) {
      expect(choosePosture(affect(0.2, 0.1), context(place))).toMatchObject({ arms: 'rest', paces: false });
      expect(choosePosture(affect(0.2, 0.1), context(place, { speaking: true })).arms).toBe('gesture');
    }
  });

  it('brings the hands to the face and slumps at high distress, wherever the character is', () => {
    for (const place of ['seated', 'standing', 'in-bed'] as const) {
      const posture = choosePosture(affect(0.85, 0.1), context(place, { speaking: true }));
      expect(posture.arms).toBe('hands-to-face');
      expect(posture.slump).toBeGreaterThan(0.7);
      expect(posture.paces).toBe(false);
    }
    expect(choosePosture(affect(0.5, 0.1), context('seated')).slump).toBeLessThan(0.4);
  });

  it('crosses the arms and leans in when angry and seated or in bed', () => {
    for (const place of ['seated', 'in-bed'] as const) {
      const posture = choosePosture(affect(0.2, 0.8), context(place));
      expect(posture).toMatchObject({ arms: 'arms-crossed', paces: false });
      expect(posture.lean).toBeGreaterThan(0.8);
    }
  });

  it('paces when standing and agitated, hands on hips, and gestures as it speaks', () => {
    expect(choosePosture(affect(0.2, 0.85), context('standing'))).toMatchObject({
      arms: 'hands-on-hips',
      paces: true,
    });
    expect(choosePosture(affect(0.2, 0.85), context('standing', { speaking: true }))).toMatchObject({
      arms: 'gesture',
      paces: true,
    });
    // Angry but not agitated: hands on hips, standing where they are.
    expect(choosePosture(affect(0.2, 0.65), context('standing'))).toMatchObject({
      arms: 'hands-on-hips',
      paces: false,
    });
  });

  it('with reduced motion: no pacing and no gesturing, but the same poses', () => {
    const reduced = { reducedMotion: true, speaking: true };
    expect(choosePosture(affect(0.2, 0.9), context('standing', reduced))).toMatchObject({
      arms: 'hands-on-hips',
      paces: false,
    });
    expect(choosePosture(affect(0.2, 0.1), context('seated', reduced)).arms).toBe('rest');
    expect(choosePosture(affect(0.9, 0.1), context('seated', reduced)).arms).toBe('hands-to-face');
  });

  it('when distress and anger are both high, shows the stronger', () => {
    expect(choosePosture(affect(0.9, 0.75), context('seated')).arms).toBe('hands-to-face');
    expect(choosePosture(affect(0.72, 0.9), context('seated')).arms).toBe('arms-crossed');
  });

  it('does not flicker at a threshold: a pose is taken above it and left only well below', () => {
    let previous: Posture | null = null;
    const shown: string[] = [];
    // Distress wobbling around 0.7 after rising past it.
    for (const distress of [0.5, 0.72, 0.68, 0.71, 0.66, 0.69, 0.55, 0.65, 0.69]) {
      previous = choosePosture(affect(distress, 0.1), context('seated', { previous }));
      shown.push(previous.arms);
    }
    expect(shown).toEqual([
      'rest',
      'hands-to-face',
      'hands-to-face',
      'hands-to-face',
      'hands-to-face',
      'hands-to-face',
      'rest',
      'rest',
      'rest',
    ]);
    let pacing: Posture | null = null;
    const paces: boolean[] = [];
    for (const anger of [0.75, 0.68, 0.64, 0.6, 0.7]) {
      pacing = choosePosture(affect(0.1, anger), context('standing', { previous: pacing }));
      paces.push(pacing.paces);
    }
    expect(paces).toEqual([true, true, true, false, false]);
  });
});
