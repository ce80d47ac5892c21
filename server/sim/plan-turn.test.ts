import { describe, expect, it } from 'vitest';
import { testScenario } from '../../tests/fixtures/test-scenario.ts';
import type { ClassifiedAct } from './acts.ts';
import { countWords, planTurn } from './plan-turn.ts';
import { buildHistory, recordTurn } from './scene-history.ts';
import { initialAffect, setUpScene } from './scene-setup.ts';

const scenario = testScenario();
const acts = (...names: ClassifiedAct['act'][]): ClassifiedAct[] =>
  names.map((act) => ({ act, confidence: 0.9 }));

describe('setUpScene', () => {
  it('applies the difficulty: who is present and how volatile they are', () => {
    expect(setUpScene(scenario, 1).characters.map((c) => c.character.id)).toEqual(['pat']);
    expect(setUpScene(scenario, 2).characters.map((c) => c.character.id)).toEqual(['pat', 'robin']);
    expect(setUpScene(scenario, 3).characters[0]?.dynamics.volatility).toBe(1.5);
  });
});

describe('planTurn', () => {
  const scene = setUpScene(scenario, 2);

  it('moves affect for everyone in the room and answers with the addressee', () => {
    const history = buildHistory(initialAffect(scene), []);
    const plan = planTurn(scene, history, 'Robin, what do you think?', acts('open-question'), () => 0.5);
    expect(plan.addressee.characterId).toBe('robin');
    expect(plan.replies.map((r) => r.choice.characterId)).toEqual(['robin']);
    expect(plan.affectAfter.robin?.trust).toBeGreaterThan(0.5);
    expect(plan.affectAfter.pat?.trust).toBeGreaterThan(0.5);
    expect(plan.affectAfter.robin!.trust).toBeGreaterThan(plan.affectAfter.pat!.trust);
  });

  it('reveals a hidden fact only once trust has reached its threshold, and only once', () => {
    const lowTrust = buildHistory(initialAffect(scene), []);
    const first = planTurn(scene, lowTrust, 'How are things?', acts('open-question'), () => 0.5);
    expect(first.replies[0]?.plan.reveal).toBeNull();

    const trusting = buildHistory(
      { pat: { distress: 0.3, anger: 0.1, trust: 0.7 }, robin: scene.characters[1]!.dynamics.baseline },
      [],
    );
    const second = planTurn(scene, trusting, 'How are things?', acts('open-question'), () => 0.5);
    expect(second.replies[0]?.plan.reveal?.id).toBe('pat-secret');

    recordTurn(trusting, {
      index: 0,
      speaker: 'learner',
      acts: acts('open-question'),
      affect: second.affectAfter,
      meta: {},
    });
    recordTurn(trusting, {
      index: 1,
      speaker: 'pat',
      acts: [],
      affect: second.affectAfter,
      meta: { revealed: 'pat-secret', lines: ['reveal.pat-secret.0'] },
    });
    const third = planTurn(scene, trusting, 'Tell me more?', acts('open-question'), () => 0.5);
    expect(third.replies[0]?.plan.reveal).toBeNull();
  });

  it('has an angry character cut in when the learner talks at length', () => {
    const angry = buildHistory(
      { pat: { distress: 0.4, anger: 0.9, trust: 0.2 }, robin: { distress: 0.2, anger: 0.1, trust: 0.5 } },
      [],
    );
    const long = Array.from({ length: 40 }, () => 'word').join(' ');
    const plan = planTurn(scene, angry, long, acts('information'), () => 0.5);
    expect(plan.replies[0]?.plan).toMatchObject({ band: 'angry', interrupt: true });
    const short = planTurn(scene, angry, 'I hear you.', acts('information'), () => 0.5);
    expect(short.replies[0]?.plan.interrupt).toBe(false);
  });

  it('sends blunt news to an overwhelmed patient and brings the relative in', () => {
    const history = buildHistory(
      { pat: { distress: 0.6, anger: 0.1, trust: 0.5 }, robin: { distress: 0.3, anger: 0.1, trust: 0.5 } },
      [],
    );
    const plan = planTurn(
      scene,
      history,
      'You have cancer and it has spread.',
      acts('news-delivery'),
      () => 0.5,
    );
    expect(plan.replies.map((r) => [r.choice.characterId, r.plan.intent])).toEqual([
      ['pat', 'react-to-news'],
      ['robin', 'interject'],
    ]);
    expect(plan.replies[0]?.plan.band).toBe('overwhelmed');
  });
});

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("I'm afraid the follow-up scan isn't clear.")).toBe(7);
    expect(countWords('   ')).toBe(0);
  });
});

describe('reply intent in context', () => {
  it('hears news restated in a summary, after the news was given, as a summary', () => {
    const scene = setUpScene(scenario, 2);
    const history = buildHistory(initialAffect(scene), []);
    recordTurn(history, {
      index: 0,
      speaker: 'learner',
      acts: acts('news-delivery'),
      affect: initialAffect(scene),
      meta: {},
    });
    const plan = planTurn(
      scene,
      history,
      'So, to recap, it has spread.',
      acts('summary', 'news-delivery'),
      () => 0.5,
    );
    expect(plan.replies[0]?.plan.intent).toBe('confirm-summary');
    const fresh = buildHistory(initialAffect(scene), []);
    const first = planTurn(
      scene,
      fresh,
      'So, to recap, it has spread.',
      acts('summary', 'news-delivery'),
      () => 0.5,
    );
    expect(first.replies[0]?.plan.intent).toBe('react-to-news');
  });
});
