import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/seeded-random.ts';
import { type CatalogueScenario, type PastSession, recommend } from './policy.ts';
import { type Recommendation, SKILLS, type Skill } from './progress-types.ts';
import { initialRatings, type SkillRatings } from './rating.ts';
import { ratingOutOf100, SKILL_NAMES, skillName } from './skill-display.ts';

const levels = [
  { level: 1 as const, difficulty: -1 },
  { level: 2 as const, difficulty: 0 },
  { level: 3 as const, difficulty: 1 },
];
const news: CatalogueScenario = {
  id: 'breaking-news-cancer',
  title: 'Results day',
  skills: ['delivering-bad-news', 'responding-to-emotion', 'listening', 'sharing-information'],
  levels,
};
const agitated: CatalogueScenario = {
  id: 'agitated-young-person',
  title: 'Four in the morning',
  skills: ['de-escalation', 'listening', 'responding-to-emotion'],
  levels,
};
const delirium: CatalogueScenario = {
  id: 'delirium-with-wife',
  title: 'Night on the ward',
  skills: ['de-escalation', 'responding-to-emotion', 'sharing-information'],
  levels,
};
const catalogue = [news, agitated, delirium];

/** What the reason claims about ratings: the skills it calls lowest, and those it says are rated lower. */
function claims(reason: string): { lowest: Skill[]; lower: Skill[] } {
  const named = (text: string | undefined) =>
    SKILLS.filter((k) => (text ?? '').toLowerCase().includes(SKILL_NAMES[k].toLowerCase()));
  const lowest =
    /^(.*?) (?:is|are) your lowest-rated skills?/.exec(reason)?.[1] ??
    /^(.*?) shares? your lowest rating/.exec(reason)?.[1] ??
    /^It practises (.*?), your lowest-rated skills?/.exec(reason)?.[1];
  return { lowest: named(lowest), lower: named(/^(.*?) (?:is|are) rated lower/.exec(reason)?.[1]) };
}

/** Fails unless the reason names its focus and every claim about ratings holds on the 0-100 scale shown. */
function expectConsistent(r: Recommendation, skills: SkillRatings, rated: ReadonlySet<Skill>): void {
  const shown = (k: Skill) => ratingOutOf100(skills[k].rating);
  const floor = Math.min(...SKILLS.map(shown));
  const { lowest, lower } = claims(r.reason);
  const context = `${r.reason} (${SKILLS.map((k) => `${k} ${shown(k)}${rated.has(k) ? '' : '?'}`).join(', ')})`;
  expect(r.focus.length, context).toBeGreaterThan(0);
  for (const skill of r.focus) expect(r.reason.toLowerCase(), context).toContain(skillName(skill, true));
  for (const skill of lowest) {
    expect(shown(skill), context).toBe(floor);
    expect(rated.has(skill), context).toBe(true);
  }
  const focus = r.focus[0] as Skill;
  for (const skill of lower) expect(shown(skill), context).toBeLessThan(shown(focus));
  expect(r.reason, context).not.toMatch(/most need|most to gain/);
  expect(r.basis === 'first', context).toBe(rated.size === 0);
  if (r.basis === 'lowest') expect(lowest.length, context).toBeGreaterThan(0);
}

describe('the recommendation reason', () => {
  it('words a first scenario for a learner with no ratings, claiming nothing about their skills', () => {
    const r = recommend({ skills: initialRatings(), catalogue, history: [], rated: new Set() });
    expect(r.basis).toBe('first');
    expect(r.reason).toMatch(/^A good first scenario: it practises [a-z]/);
    expect(r.reason).not.toMatch(/lowest|lower|need/);
    expect(r.reason.match(/\./g)).toHaveLength(1);
    expect(r.focus).toEqual(catalogue.find((c) => c.id === r.scenarioId)?.skills);
  });

  it('after a poor bad-news session, does not call an unpractised skill the neediest when others are lower', () => {
    // A self-rating of 3 everywhere, then a poor bad-news session: the news skills fell and became surer; calming
    // an agitated person kept its cold-start uncertainty, so the policy explores it.
    const skills: SkillRatings = {
      'delivering-bad-news': { rating: -0.9, uncertainty: 0.72 },
      'sharing-information': { rating: -0.7, uncertainty: 0.72 },
      'responding-to-emotion': { rating: -0.2, uncertainty: 0.75 },
      listening: { rating: -0.1, uncertainty: 0.75 },
      'de-escalation': { rating: 0, uncertainty: 1 },
    };
    const history: PastSession[] = [
      {
        scenarioId: news.id,
        level: 2,
        outcomes: {
          'delivering-bad-news': 0.2,
          'sharing-information': 0.25,
          'responding-to-emotion': 0.4,
          listening: 0.45,
        },
      },
    ];
    const rated = new Set(SKILLS);
    const r = recommend({ skills, catalogue: [news, agitated], history, rated });
    expect(r.scenarioId).toBe(agitated.id);
    expect(r.focus[0]).toBe('de-escalation');
    // Results day is held at level 2 after one session, too hard a step for now: the choice is made on fit.
    expect(r.basis).toBe('fit');
    expect(r.reason).toMatch(
      /^Breaking bad news and explaining information are rated lower, but this scenario is the best fit for your level and skills right now; it practises calming an agitated person, responding to emotion and listening; level 1 of "Four in the morning"/,
    );
    expectConsistent(r, skills, rated);
  });

  it('says it is exploring when it targets the skill it knows least about, not the lowest-rated', () => {
    // Two news skills practised a little and rated lower; calming an agitated person never rated. With only the
    // scenarios that practise it on offer, the policy explores it.
    const skills = initialRatings({ listening: 3 });
    skills['delivering-bad-news'] = { rating: -0.3, uncertainty: 0.6 };
    skills['sharing-information'] = { rating: -0.2, uncertainty: 0.6 };
    skills['responding-to-emotion'] = { rating: 0.6, uncertainty: 0.5 };
    const rated = new Set<Skill>([
      'delivering-bad-news',
      'sharing-information',
      'listening',
      'responding-to-emotion',
    ]);
    const sessions = new Map<Skill, number>([
      ['delivering-bad-news', 2],
      ['sharing-information', 2],
      ['responding-to-emotion', 3],
    ]);
    const r = recommend({ skills, catalogue: [agitated, delirium], history: [], rated, sessions });
    expect(r).toMatchObject({ basis: 'unpractised', focus: ['de-escalation'] });
    expect(r.reason).toMatch(
      /^Breaking bad news and explaining information are rated lower, but calming an agitated person is not rated yet, so this session shows where you stand; level \d of "/,
    );
    expectConsistent(r, skills, rated);
  });

  it('names the lowest-rated skill when the policy goes for it', () => {
    const skills = { ...initialRatings() };
    for (const k of SKILLS) skills[k] = { rating: 1, uncertainty: 0.6 };
    skills['delivering-bad-news'] = { rating: -0.2, uncertainty: 0.8 };
    const r = recommend({ skills, catalogue, history: [] });
    expect(r).toMatchObject({ scenarioId: news.id, basis: 'lowest', focus: ['delivering-bad-news'] });
    expect(r.reason).toMatch(/^Breaking bad news is your lowest-rated skill; level \d of "Results day"/);
  });

  it('says so when it moves away from the scenario just played for variety', () => {
    const skills = { ...initialRatings() };
    for (const k of SKILLS) skills[k] = { rating: 0.85, uncertainty: 0.8 };
    const twin: CatalogueScenario = { ...agitated, id: 'twin', title: 'The twin' };
    const history = [{ scenarioId: agitated.id, level: 2 as const, outcomes: { 'de-escalation': 0.7 } }];
    const r = recommend({ skills, catalogue: [agitated, twin], history });
    expect(r).toMatchObject({ scenarioId: 'twin', basis: 'variety' });
    expect(r.reason).toMatch(/^For a change from "Four in the morning", this scenario practises /);
  });

  it('holds every claim against the ratings shown, over many learners', () => {
    const random = seededRandom('reasons');
    const bases = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const skills = initialRatings();
      const rated = new Set<Skill>();
      const sessions = new Map<Skill, number>();
      for (const k of SKILLS) {
        if (random() < 0.8) {
          rated.add(k);
          skills[k] = { rating: (random() - 0.5) * 4, uncertainty: 0.3 + random() * 0.9 };
          sessions.set(k, Math.floor(random() * 3));
        }
      }
      const last = catalogue[Math.floor(random() * catalogue.length)] as CatalogueScenario;
      const history: PastSession[] =
        random() < 0.5 ? [] : [{ scenarioId: last.id, level: 2, outcomes: { listening: random() } }];
      const r = recommend({ skills, catalogue, history, rated, sessions });
      expectConsistent(r, skills, rated);
      bases.add(r.basis);
    }
    // The sample reaches the wordings that make claims, not only the first-scenario one.
    expect([...bases]).toEqual(expect.arrayContaining(['lowest', 'unpractised', 'fit']));
  });
});
