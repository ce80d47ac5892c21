import { describe, expect, it } from 'vitest';
import { loadRubricsOrThrow } from '../content/load-rubrics.ts';
import { loadScenariosOrThrow } from '../content/load-scenarios.ts';
import type { GradingReport } from '../grading/report-types.ts';
import { SKILLS } from './progress-types.ts';
import { assessedSkills, ITEM_SKILLS, isSkill, skillOutcomes } from './skills.ts';

function item(id: string, score: number | null, weight = 1) {
  return {
    id,
    title: id,
    scale: 'ordinal' as const,
    weight,
    score,
    assessedBy: score === null ? null : ('detector' as const),
    evidence: [],
    suggestion: null,
    notAssessed: score === null ? 'not observed' : null,
  };
}

function report(rubrics: Record<string, ReturnType<typeof item>[]>): Pick<GradingReport, 'rubrics'> {
  return {
    rubrics: Object.entries(rubrics).map(([rubricId, items]) => ({
      rubricId,
      title: rubricId,
      source: '',
      overall: null,
      items,
    })),
  };
}

describe('ITEM_SKILLS', () => {
  it('maps every item of every rubric, and nothing else, to at least one skill', () => {
    const keys = loadRubricsOrThrow('rubrics').flatMap((r) => r.items.map((i) => `${r.id}.${i.id}`));
    expect(new Set(Object.keys(ITEM_SKILLS))).toEqual(new Set(keys));
    for (const skills of Object.values(ITEM_SKILLS)) expect(skills.length).toBeGreaterThan(0);
  });

  it('knows every skill a scenario declares', () => {
    for (const scenario of loadScenariosOrThrow('prompts/scenarios')) {
      for (const skill of scenario.skills) expect(isSkill(skill)).toBe(true);
    }
    expect(SKILLS).toHaveLength(5);
  });
});

describe('assessedSkills', () => {
  it('lists the skills the rubrics of each scenario measure', () => {
    expect(assessedSkills(['spikes', 'nurse', 'listening'])).toEqual([
      'delivering-bad-news',
      'responding-to-emotion',
      'listening',
      'sharing-information',
    ]);
    // The angry-relative scenario declares sharing-information, but none of its rubrics measures it.
    expect(assessedSkills(['nurse', 'listening', 'beta'])).toEqual([
      'responding-to-emotion',
      'de-escalation',
      'listening',
    ]);
  });
});

describe('skillOutcomes', () => {
  it('takes the weight-weighted mean of the assessed items per skill', () => {
    const outcomes = skillOutcomes(
      report({
        // delivering-bad-news: perception (w2, 1), plain-language (w2, 0.5), warning-shot (w1, 0) -> 3/5 = 0.6
        // sharing-information: plain-language (w2, 0.5) -> 0.5
        spikes: [
          item('perception', 1, 2),
          item('plain-language', 0.5, 2),
          item('warning-shot', 0),
          item('setting', null),
        ],
        // responding-to-emotion: continuers (w3, 1), naming (w1, 0) -> 0.75
        nurse: [item('continuers', 1, 3), item('naming', 0)],
      }),
    );
    expect(outcomes).toEqual({
      'delivering-bad-news': 0.6,
      'sharing-information': 0.5,
      'responding-to-emotion': 0.75,
    });
  });

  it('leaves out skills with no assessed item and ignores unknown items', () => {
    const outcomes = skillOutcomes(report({ beta: [item('limits', null)], other: [item('x', 1)] }));
    expect(outcomes).toEqual({});
  });
});
