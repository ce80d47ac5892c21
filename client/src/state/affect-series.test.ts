import { describe, expect, it } from 'vitest';
import type { Affect, CharacterSummaryDto, TurnDto } from '../../../server/protocol.ts';
import { affectSeries, startAndEnd, turnIndexOf } from './affect-series.ts';
import { session, turn } from './test-builders.ts';

const patient = session.characters[0] as CharacterSummaryDto & { present: boolean };
const daughter = {
  ...patient,
  id: 'daughter',
  name: 'Ms Ade',
  role: 'relative' as const,
  relation: 'daughter',
};
const absentSon = { ...patient, id: 'son', name: 'Mr Ade Jr', role: 'relative' as const, present: false };

const a = (distress: number, anger: number, trust: number): Affect => ({ distress, anger, trust });

function turnWith(index: number, affect: TurnDto['affect']): TurnDto {
  return { ...turn(index, index % 2 === 0 ? 'learner' : 'patient', `turn ${index}`), affect };
}

describe('affectSeries', () => {
  it('starts at 0 with the initial affect, then one point per turn numbered as the transcript does', () => {
    const [series, ...rest] = affectSeries({
      characters: [patient],
      initialAffect: { patient: a(0.6, 0.2, 0.3) },
      turns: [turnWith(0, { patient: a(0.6, 0.2, 0.3) }), turnWith(1, { patient: a(0.5, 0.1, 0.45) })],
    });
    expect(rest).toEqual([]);
    expect(series?.character.id).toBe('patient');
    expect(series?.turns).toEqual([0, 1, 2]);
    expect(series?.values).toEqual({
      distress: [0.6, 0.6, 0.5],
      anger: [0.2, 0.2, 0.1],
      trust: [0.3, 0.3, 0.45],
    });
  });

  it('makes one series per present character, in order, and skips the absent', () => {
    const all = affectSeries({
      characters: [patient, absentSon, daughter],
      initialAffect: { patient: a(0.5, 0, 0.5), daughter: a(0.2, 0.7, 0.1), son: a(0, 0, 0) },
      turns: [turnWith(0, { patient: a(0.4, 0, 0.6), daughter: a(0.2, 0.8, 0.1) })],
    });
    expect(all.map((s) => s.character.id)).toEqual(['patient', 'daughter']);
    expect(all[1]?.values.anger).toEqual([0.7, 0.8]);
  });

  it('orders turns by index, whatever order they arrive in', () => {
    const [series] = affectSeries({
      characters: [patient],
      initialAffect: { patient: a(0, 0, 0) },
      turns: [turnWith(1, { patient: a(0.2, 0, 0) }), turnWith(0, { patient: a(0.1, 0, 0) })],
    });
    expect(series?.turns).toEqual([0, 1, 2]);
    expect(series?.values.distress).toEqual([0, 0.1, 0.2]);
  });

  it('carries the last known feelings over a turn that leaves the character out, and is null before any', () => {
    const [series] = affectSeries({
      characters: [patient],
      initialAffect: {},
      turns: [
        turnWith(0, {}),
        turnWith(1, { patient: a(0.3, 0.2, 0.1) }),
        turnWith(2, {}),
        turnWith(3, { patient: a(Number.NaN, 0, 0) }),
      ],
    });
    expect(series?.values.distress).toEqual([null, null, 0.3, 0.3, 0.3]);
  });

  it("keeps values inside [0,1] so they fit the plot's fixed axis", () => {
    const [series] = affectSeries({
      characters: [patient],
      initialAffect: { patient: a(1.2, -0.1, 0.5) },
      turns: [],
    });
    expect(series?.values).toEqual({ distress: [1], anger: [0], trust: [0.5] });
  });

  it('has just the start for a session ended before any turn', () => {
    const [series] = affectSeries({
      characters: [patient],
      initialAffect: { patient: a(0.4, 0.1, 0.5) },
      turns: [],
    });
    expect(series?.turns).toEqual([0]);
  });
});

describe('turnIndexOf', () => {
  it('maps a turn number back to the 0-based index, and the start to null', () => {
    expect(turnIndexOf(0)).toBeNull();
    expect(turnIndexOf(1)).toBe(0);
    expect(turnIndexOf(12)).toBe(11);
    expect(turnIndexOf(1.5)).toBeNull();
  });
});

describe('startAndEnd', () => {
  it('gives the first and last known values', () => {
    const [series] = affectSeries({
      characters: [patient],
      initialAffect: {},
      turns: [
        turnWith(0, {}),
        turnWith(1, { patient: a(0.3, 0.2, 0.1) }),
        turnWith(2, { patient: a(0.1, 0.2, 0.6) }),
      ],
    });
    if (!series) throw new Error('no series');
    expect(startAndEnd(series, 'trust')).toEqual({ start: 0.1, end: 0.6 });
  });

  it('is null when the feeling was never known', () => {
    const [series] = affectSeries({ characters: [patient], initialAffect: {}, turns: [] });
    if (!series) throw new Error('no series');
    expect(startAndEnd(series, 'anger')).toBeNull();
  });
});
