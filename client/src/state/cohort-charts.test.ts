import { describe, expect, it } from 'vitest';
import type { ItemDistributionDto } from '../api/instruction-wire.ts';
import {
  rubricDistributions,
  rubricHeading,
  rubricLabel,
  skillsOverTime,
  trajectoryPoints,
} from './cohort-charts.ts';

const TITLES: Record<string, string> = {
  spikes: 'Breaking bad news (SPIKES)',
  nurse: 'Responding to emotion (NURSE)',
};

const item = (rubricId: string, itemId: string, bands: ItemDistributionDto['bands']): ItemDistributionDto => {
  const sessions = bands.reduce((a, b) => a + b, 0);
  return {
    rubricId,
    rubricTitle: TITLES[rubricId] ?? null,
    itemId,
    title: itemId,
    sessions,
    mean: 0.5,
    bands,
  };
};

describe('rubricDistributions', () => {
  it('groups items by rubric in order and stacks each band on those below it', () => {
    const groups = rubricDistributions([
      item('spikes', 'setting', [1, 0, 1, 0, 2]),
      item('nurse', 'naming', [0, 0, 0, 0, 0]),
      item('spikes', 'perception', [0, 0, 0, 0, 3]),
    ]);
    expect(groups.map((g) => [g.rubricId, g.label, g.x])).toEqual([
      ['spikes', 'Breaking bad news (SPIKES)', [1, 2]],
      ['nurse', 'Responding to emotion (NURSE)', [1]],
    ]);
    const spikes = groups[0];
    expect(spikes?.upTo.map((band) => band[0])).toEqual([0.25, 0.25, 0.5, 0.5, 1]);
    expect(spikes?.upTo.map((band) => band[1])).toEqual([0, 0, 0, 0, 1]);
    // An item nobody was scored on stacks to nothing rather than dividing by zero.
    expect(groups[1]?.upTo.every((band) => band[0] === 0)).toBe(true);
  });

  it('heads a rubric with its title, and with a name made from its id when the server sends none', () => {
    expect(rubricHeading({ rubricId: 'nurse', rubricTitle: 'Responding to emotion (NURSE)' })).toBe(
      'Responding to emotion (NURSE)',
    );
    expect(rubricHeading({ rubricId: 'retired-rubric', rubricTitle: null })).toBe('Retired rubric');
    const [orphan] = rubricDistributions([item('retired-rubric', 'x', [1, 0, 0, 0, 0])]);
    expect(orphan?.label).toBe('Retired rubric');
  });

  it('names rubrics from their ids', () => {
    expect(rubricLabel('beta')).toBe('BETA');
    expect(rubricLabel('open-disclosure')).toBe('Open disclosure');
    expect(rubricLabel('listening')).toBe('Listening');
  });
});

describe('skillsOverTime', () => {
  it('puts weeks in order on a time axis and each seen skill on 0-100, with gaps where it was not rated', () => {
    const chart = skillsOverTime([
      { week: '2026-03-09', skills: { listening: { mean: 0, learners: 2 } } },
      {
        week: '2026-03-02',
        skills: { listening: { mean: -1, learners: 1 }, 'delivering-bad-news': { mean: 1, learners: 3 } },
      },
    ]);
    expect(chart.weekLabels).toEqual(['2026-03-02', '2026-03-09']);
    expect(chart.weeks).toEqual([Date.UTC(2026, 2, 2) / 1000, Date.UTC(2026, 2, 9) / 1000]);
    const bySkill = Object.fromEntries(chart.lines.map((l) => [l.skill, l.values]));
    expect(bySkill.listening).toEqual([27, 50]);
    expect(bySkill['delivering-bad-news']).toEqual([73, null]);
  });
});

describe('trajectoryPoints', () => {
  it('spreads graded sessions across the width and leaves out those without a score', () => {
    const at = '2026-03-02T00:00:00.000Z';
    const points = trajectoryPoints(
      [
        { sessionId: 'a', scenarioId: 's', at, score: 0 },
        { sessionId: 'b', scenarioId: 's', at, score: null },
        { sessionId: 'c', scenarioId: 's', at, score: 1 },
      ],
      100,
      20,
    );
    expect(points).toEqual([
      { x: 0, y: 20, score: 0 },
      { x: 100, y: 0, score: 1 },
    ]);
  });
});
