import { describe, expect, it } from 'vitest';
import { PLACES, ROOMS } from '../../../server/protocol.ts';
import { CHAIR_HEIGHT, captionHeight, layoutRoom, MATTRESS_TOP } from './room-layout.ts';
import { LEARNER_EYE } from './seating.ts';

describe('room layout', () => {
  it('puts everyone apart, turned towards the learner, in every room, whatever their places', () => {
    for (const room of ROOMS)
      for (const first of PLACES)
        for (const count of [1, 2, 3]) {
          const places = [first, ...Array.from({ length: count - 1 }, (_, i) => PLACES[i % 2] ?? 'seated')];
          const { spots } = layoutRoom(room, places);
          expect(spots).toHaveLength(count);
          for (const spot of spots) {
            const [x, , z] = spot.position;
            const toLearner = Math.hypot(LEARNER_EYE[0] - x, LEARNER_EYE[2] - z);
            expect(
              Math.sin(spot.facing) * (LEARNER_EYE[0] - x) + Math.cos(spot.facing) * (LEARNER_EYE[2] - z),
            ).toBeCloseTo(toLearner);
            expect(toLearner).toBeGreaterThan(1.2);
          }
          for (let i = 0; i < spots.length; i++)
            for (let j = i + 1; j < spots.length; j++) {
              const [a, b] = [spots[i]?.position, spots[j]?.position];
              if (!a || !b) throw new Error('a spot is missing');
              expect(Math.hypot(a[0] - b[0], a[2] - b[2]), `${room} ${places}`).toBeGreaterThan(0.6);
            }
        }
  });

  it('gives a ward bay’s patient the bed: propped up in it, or sitting on its edge', () => {
    const inBed = layoutRoom('ward-bay', ['in-bed', 'standing']);
    expect(inBed.bed?.backrestUp).toBe(true);
    expect(inBed.spots[0]).toMatchObject({ place: 'in-bed', support: 'bed' });
    expect(inBed.spots[0]?.position[1]).toBeCloseTo(MATTRESS_TOP - CHAIR_HEIGHT);
    expect(inBed.spots[1]).toMatchObject({ place: 'standing', support: 'none' });

    const onEdge = layoutRoom('ward-bay', ['seated', 'seated']);
    expect(onEdge.bed?.backrestUp).toBe(false);
    expect(onEdge.spots[0]).toMatchObject({ place: 'seated', support: 'bed' });
    expect(onEdge.spots[0]?.position[1]).toBeGreaterThan(0.05);
    expect(onEdge.spots[1]).toMatchObject({ place: 'seated', support: 'chair' });
  });

  it('has no bed outside a ward bay, soft seats in the relatives’ room, and room to pace in the assessment room', () => {
    for (const room of ['consultation', 'ed-relatives-room', 'assessment-room'] as const)
      expect(layoutRoom(room, ['seated']).bed).toBeNull();
    expect(layoutRoom('ed-relatives-room', ['seated', 'seated']).spots.map((s) => s.support)).toEqual([
      'sofa',
      'sofa',
    ]);
    expect(layoutRoom('assessment-room', ['standing']).spots[0]?.paceHalfWidth).toBeGreaterThan(0.5);
  });

  it('hangs captions above the head: higher over someone standing', () => {
    const { spots } = layoutRoom('ward-bay', ['in-bed', 'standing']);
    const [bed, standing] = spots;
    if (!bed || !standing) throw new Error('two spots');
    expect(captionHeight(standing)).toBeGreaterThan(1.75);
    expect(captionHeight(bed)).toBeLessThan(captionHeight(standing));
  });
});
