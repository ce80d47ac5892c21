import { describe, expect, it } from 'vitest';
import { statementMaker } from './statements.ts';

const session = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  userId: 'user-7',
  scenarioId: 'breaking-news-cancer',
  difficulty: 2,
  leftReason: null,
};
let n = 0;
const make = statementMaker('https://school.example/bedside/xapi', () => `id-${++n}`);

describe('xAPI statements', () => {
  it('name the learner by account id under the base IRI’s origin, and the scenario as an activity', () => {
    const s = make.initialized(session, 'Breaking bad news', '2026-03-02T10:00:00.000Z') as any;
    expect(s.id).toMatch(/^id-\d+$/);
    expect(s.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://school.example', name: 'user-7' },
    });
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/initialized');
    expect(s.object).toMatchObject({
      id: 'https://school.example/bedside/xapi/scenarios/breaking-news-cancer',
      definition: { name: { en: 'Breaking bad news' } },
    });
    expect(s.timestamp).toBe('2026-03-02T10:00:00.000Z');
    expect(s.context.registration).toBe(session.id);
    expect(s.context.extensions['https://school.example/bedside/xapi/extensions/level']).toBe(2);
  });

  it('end as completed when graded, terminated when left, and carry a registration only for a UUID session id', () => {
    expect((make.ended(session, null, 'x') as any).verb.id).toMatch(/completed$/);
    const left = make.ended({ ...session, id: 'not-a-uuid', leftReason: 'opted_out' }, null, 'x') as any;
    expect(left.verb.id).toMatch(/terminated$/);
    expect(left.result.completion).toBe(false);
    expect(left.context.registration).toBeUndefined();
  });

  it('score each rubric with an overall, skipping those with none, each with a fresh id', () => {
    const item = (id: string, score: number | null) => ({
      id,
      title: id,
      scale: 'binary' as const,
      weight: 1,
      score,
      assessedBy: null,
      evidence: [],
      suggestion: null,
      notAssessed: null,
    });
    const scored = make.scored(
      session,
      'T',
      {
        rubrics: [
          {
            rubricId: 'spikes',
            title: 'SPIKES',
            source: 's',
            overall: 0.5,
            items: [item('a', 1), item('b', 0)],
          },
          { rubricId: 'nurse', title: 'NURSE', source: 's', overall: null, items: [item('c', null)] },
        ],
      },
      '2026-03-02T10:00:00.000Z',
    ) as any[];
    expect(scored).toHaveLength(1);
    expect(scored[0].object.id).toBe('https://school.example/bedside/xapi/rubrics/spikes');
    expect(scored[0].result.score).toEqual({ scaled: 0.5, raw: 0.5, min: 0, max: 1 });
    expect(scored[0].result.extensions['https://school.example/bedside/xapi/extensions/items']).toEqual({
      a: 1,
      b: 0,
    });
    expect(scored[0].context.contextActivities.parent[0].id).toMatch(/scenarios\/breaking-news-cancer$/);
  });
});
