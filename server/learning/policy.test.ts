import { describe, expect, it } from 'vitest';
import { type CatalogueScenario, type PastSession, recommend } from './policy.ts';
import { SKILLS, type Skill } from './progress-types.ts';
import { initialRatings, type SkillRatings } from './rating.ts';

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
const relative: CatalogueScenario = {
  id: 'angry-relative-delayed-diagnosis',
  title: 'Sent home too soon',
  skills: ['responding-to-emotion', 'listening', 'de-escalation'],
  levels,
};

function ratings(rating: number, uncertainty: number, overrides: Partial<SkillRatings> = {}): SkillRatings {
  const out = initialRatings();
  for (const k of SKILLS) out[k] = { rating, uncertainty };
  return { ...out, ...overrides };
}

function session(scenarioId: string, level: 1 | 2 | 3, score: number, skills: readonly Skill[]): PastSession {
  return { scenarioId, level, outcomes: Object.fromEntries(skills.map((k) => [k, score])) };
}

describe('recommend: hysteresis', () => {
  // Ratings of 1.9 expect 0.71 at level 3 (d = 1) and 0.87 at level 2: on the ratings alone, level 3.
  const strong = ratings(1.9, 0.8);
  const played = (score: number) => session(news.id, 2, score, news.skills);

  it('keeps the level after one surprising score', () => {
    const r = recommend({ skills: strong, catalogue: [news], history: [played(0.7), played(0.95)] });
    expect(r.difficulty).toBe(2);
    expect(r.reason).toMatch(/keep this level until another session confirms/);
  });

  it('moves one level up after two high scores in a row', () => {
    const r = recommend({ skills: strong, catalogue: [news], history: [played(0.9), played(0.95)] });
    expect(r).toMatchObject({ scenarioId: news.id, difficulty: 3 });
    expect(r.reason).not.toMatch(/keep this level/);
  });

  it('moves one level down after two low scores in a row, and not after a low and a high', () => {
    const weak = ratings(-1.5, 0.8);
    const low = [played(0.3), played(0.4)];
    expect(recommend({ skills: weak, catalogue: [news], history: low }).difficulty).toBe(1);
    const mixed = [played(0.3), played(0.9)];
    expect(recommend({ skills: weak, catalogue: [news], history: mixed }).difficulty).toBe(2);
  });

  it('moves after one score when the ratings are already certain', () => {
    const certain = ratings(1.9, 0.3);
    expect(recommend({ skills: certain, catalogue: [news], history: [played(0.95)] }).difficulty).toBe(3);
  });

  it('chooses any level for a scenario not played yet', () => {
    expect(recommend({ skills: strong, catalogue: [news], history: [] }).difficulty).toBe(3);
    expect(recommend({ skills: ratings(-0.2, 1), catalogue: [news], history: [] }).difficulty).toBe(1);
  });
});

describe('recommend: variety and need', () => {
  it('avoids the scenario just played when another fits nearly as well', () => {
    const skills = ratings(0.85, 0.8);
    const twins = [agitated, relative];
    const afterAgitated = [session(agitated.id, 2, 0.7, agitated.skills)];
    expect(recommend({ skills, catalogue: twins, history: afterAgitated }).scenarioId).toBe(relative.id);
    const afterRelative = [session(relative.id, 2, 0.7, relative.skills)];
    expect(recommend({ skills, catalogue: twins, history: afterRelative }).scenarioId).toBe(agitated.id);
  });

  it('repeats the scenario when the others fit much worse', () => {
    const skills = ratings(0.85, 0.8);
    const tooHard: CatalogueScenario = { ...relative, levels: levels.map((l) => ({ ...l, difficulty: 3 })) };
    const history = [session(agitated.id, 2, 0.7, agitated.skills)];
    expect(recommend({ skills, catalogue: [agitated, tooHard], history }).scenarioId).toBe(agitated.id);
  });

  it('goes where the weakest skill is practised, and says so in one sentence', () => {
    const skills = ratings(1, 0.6, { 'delivering-bad-news': { rating: -0.2, uncertainty: 0.8 } });
    const r = recommend({ skills, catalogue: [news, agitated, relative], history: [] });
    expect(r.scenarioId).toBe(news.id);
    expect(r.reason).toMatch(/^Breaking bad news is your lowest-rated skill; level \d of "Results day"/);
    expect(r.reason.match(/\./g)).toHaveLength(1);
  });

  it('throws on an empty catalogue', () => {
    expect(() => recommend({ skills: ratings(0, 1), catalogue: [], history: [] })).toThrow(/catalogue/);
  });
});
