import { describe, expect, it } from 'vitest';
import { testScenario, testScenarioInput } from '../../tests/fixtures/test-scenario.ts';
import type { ClassifiedAct } from '../content/acts.ts';
import { scenarioSchema } from '../content/scenario-schema.ts';
import { initialAffect, setUpScene } from '../content/scene-setup.ts';
import { countWords, planTurn } from './plan-turn.ts';
import { buildHistory, recordTurn } from './scene-history.ts';

const scenario = testScenario();
const acts = (...names: ClassifiedAct['act'][]): ClassifiedAct[] =>
  names.map((act) => ({ act, confidence: 0.9 }));

/** A scene's history after one learner turn. */
function historyAfter(
  scene: ReturnType<typeof setUpScene>,
  text: string,
  heard: ClassifiedAct[],
  meta: Record<string, unknown> = {},
) {
  const history = buildHistory(initialAffect(scene), []);
  recordTurn(history, {
    index: 0,
    speaker: 'learner',
    text,
    acts: heard,
    affect: initialAffect(scene),
    meta,
  });
  return history;
}

describe('setUpScene', () => {
  it('applies the difficulty: who is present and how volatile they are', () => {
    expect(setUpScene(scenario, 1).characters.map((c) => c.character.id)).toEqual(['pat']);
    expect(setUpScene(scenario, 2).characters.map((c) => c.character.id)).toEqual(['pat', 'robin']);
    expect(setUpScene(scenario, 3).characters[0]?.dynamics.volatility).toBe(1.5);
  });
});

describe('planTurn', () => {
  const scene = setUpScene(scenario, 2);

  it('answers how they want to hear it with that preference, not with their wishes for life', () => {
    const history = buildHistory(initialAffect(scene), []);
    const text = 'Pat, do you want it straight, or a bit at a time?';
    const plan = planTurn(scene, history, text, acts('invitation', 'closed-question'), () => 0.5);
    expect(plan.replies[0]?.plan.intent).toBe('state-preference');
    expect(plan.replies[0]?.plan.topic?.topic).not.toBe('wishes');
  });

  it('stays wary for three turns after harm: trust is not won back, nor anger cooled, short of an apology', () => {
    const history = buildHistory(initialAffect(scene), []);
    const learner = (text: string, heard: ClassifiedAct[]) => {
      const plan = planTurn(scene, history, text, heard, () => 0.5);
      recordTurn(history, {
        index: history.nextIndex,
        speaker: 'learner',
        text,
        acts: heard,
        affect: plan.affectAfter,
        meta: {},
      });
      return plan;
    };
    learner('Sit down or I am calling security.', acts('threat-or-command'));
    const wary = history.affect.pat!;
    for (const text of ['Robin, what do you think?', 'Pat, how are you feeling?', 'What worries you most?']) {
      const plan = learner(text, acts('open-question', 'nurse-exploring'));
      expect(plan.affectAfter.pat!.trust, text).toBeLessThanOrEqual(wary.trust);
      expect(plan.affectAfter.pat!.anger, text).toBeGreaterThanOrEqual(wary.anger);
    }
    const after = planTurn(scene, history, 'What would help most?', acts('open-question'), () => 0.5);
    expect(after.affectAfter.pat!.trust).toBeGreaterThan(history.affect.pat!.trust);

    const again = buildHistory(initialAffect(scene), []);
    const threat = planTurn(scene, again, 'Sit down or else.', acts('threat-or-command'), () => 0.5);
    recordTurn(again, {
      index: 0,
      speaker: 'learner',
      text: 'Sit down or else.',
      acts: acts('threat-or-command'),
      affect: threat.affectAfter,
      meta: {},
    });
    const sorry = planTurn(scene, again, "I'm sorry, that was out of line.", acts('apology'), () => 0.5);
    expect(sorry.affectAfter.pat!.trust).toBeGreaterThan(threat.affectAfter.pat!.trust);
  });

  it('lets a greeting earn trust only as a courtesy: saying who you are, or greeting someone by name', () => {
    const trustAfter = (text: string) =>
      planTurn(scene, buildHistory(initialAffect(scene), []), text, acts('greeting'), () => 0.5).affectAfter
        .pat!.trust;
    const before = initialAffect(scene).pat!.trust;
    expect(trustAfter("Hi. Which one of you's the wife?")).toBeLessThanOrEqual(before);
    expect(trustAfter("Morning. Right, let's get going.")).toBeLessThanOrEqual(before);
    expect(trustAfter("Hello, I'm Dr Shah, one of the doctors.")).toBeGreaterThan(before);
    expect(trustAfter('Good morning, Mr Example.')).toBeGreaterThan(before);
    expect(trustAfter("Hello, I'm the registrar on call.")).toBeGreaterThan(before);
    expect(trustAfter('Hello, I’m Bex, one of the nurses.')).toBeGreaterThan(before);
  });

  it('gives a greeting past the opening no trust, however courteous', () => {
    const history = historyAfter(scene, 'It has spread.', acts('news-delivery'));
    const before = initialAffect(scene).pat!.trust;
    const late = planTurn(scene, history, "Hello, I'm Dr Kerr, by the way.", acts('greeting'), () => 0.5);
    expect(late.affectAfter.pat!.trust).toBeLessThanOrEqual(before);
    const midway = historyAfter(scene, 'How have you been sleeping?', acts('open-question'), {
      stage: 'understanding',
    });
    const again = planTurn(
      scene,
      midway,
      "Hello again, I'm Dr Kerr. Where was I?",
      acts('greeting'),
      () => 0.5,
    );
    expect(again.affectAfter.pat!.trust).toBeLessThanOrEqual(before);
  });

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
    const first = planTurn(scene, lowTrust, 'Go on.', acts('open-question'), () => 0.5);
    expect(first.replies[0]?.plan.reveal).toBeNull();

    const trusting = buildHistory(
      { pat: { distress: 0.3, anger: 0.1, trust: 0.7 }, robin: scene.characters[1]!.dynamics.baseline },
      [],
    );
    const second = planTurn(scene, trusting, 'Go on.', acts('open-question'), () => 0.5);
    expect(second.replies[0]?.plan.reveal?.id).toBe('pat-secret');

    recordTurn(trusting, {
      index: 0,
      speaker: 'learner',
      text: 'Go on.',
      acts: acts('open-question'),
      affect: second.affectAfter,
      meta: {},
    });
    recordTurn(trusting, {
      index: 1,
      speaker: 'pat',
      text: 'pat secret told.',
      acts: [],
      affect: second.affectAfter,
      meta: { revealed: 'pat-secret', lines: ['reveal.pat-secret.0'] },
    });
    const third = planTurn(scene, trusting, 'Go on.', acts('open-question'), () => 0.5);
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
    const history = historyAfter(scene, 'It has spread.', acts('news-delivery'));
    const plan = planTurn(
      scene,
      history,
      'So, to recap, it has spread.',
      acts('summary', 'news-delivery'),
      () => 0.5,
    );
    expect(plan.replies[0]?.plan.intent).toBe('confirm-summary');
    // Nor does it hit as the news again.
    const again = planTurn(scene, history, 'It has spread.', acts('news-delivery'), () => 0.5);
    expect(plan.affectAfter.pat!.distress).toBeLessThan(again.affectAfter.pat!.distress - 0.03);
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

describe('following the conversation', () => {
  const scene = setUpScene(scenario, 2);
  const fresh = () => buildHistory(initialAffect(scene), []);
  const turn = (history: ReturnType<typeof fresh>, text: string, ...names: ClassifiedAct['act'][]) =>
    planTurn(scene, history, text, acts(...names), () => 0.5);

  it('answers a question on a topic from that topic, and deflects while the topic needs more trust', () => {
    const sleep = turn(fresh(), 'How have you been sleeping?', 'open-question');
    expect(sleep.replies[0]?.plan).toMatchObject({
      intent: 'answer-topic',
      topic: { topic: 'sleep', answer: 'topic' },
    });
    const drink = turn(fresh(), 'Do you drink much alcohol?', 'closed-question');
    expect(drink.replies[0]?.plan.topic).toMatchObject({ topic: 'substances', answer: 'deflect' });
    const safety = turn(fresh(), 'Have you had any thoughts of ending your life?', 'closed-question');
    expect(safety.replies[0]?.plan.topic).toMatchObject({ topic: 'safety', answer: 'dont-know' });
  });

  it('answers on the topic a question asks "in your own words", unless it asks what they make of it', () => {
    const own = turn(
      fresh(),
      'In your own words, how have you been sleeping?',
      'open-question',
      'perception-check',
    );
    expect(own.replies[0]?.plan).toMatchObject({ intent: 'answer-topic', topic: { topic: 'sleep' } });
    const view = turn(
      fresh(),
      'What do you think has been going on with your sleep?',
      'open-question',
      'perception-check',
    );
    expect(view.replies[0]?.plan.intent).toBe('tell-understanding');
  });

  it('answers the question asked before an offer, not only the offer', () => {
    const plan = turn(
      fresh(),
      'Have you been sleeping at all? Would you like a cup of tea?',
      'closed-question',
    ).replies[0]?.plan;
    expect(plan).toMatchObject({ intent: 'answer-topic', topic: { topic: 'sleep' } });
  });

  it('answers "Any questions?" from what they have understood, never with "I don\'t know"', () => {
    for (const text of ['Do you have any questions for me?', "Is there anything you'd like to ask me?"]) {
      const plan = turn(fresh(), text, 'closed-question').replies[0]?.plan;
      expect(plan?.topic, text).toMatchObject({ topic: 'understanding', answer: 'topic' });
    }
  });

  it('sends a question about the body to the patient, and "your mum" to her son', () => {
    const history = fresh();
    history.lastCharacterSpeaker = 'robin';
    expect(turn(history, 'Are you in any pain?', 'closed-question').addressee).toEqual({
      characterId: 'pat',
      reason: 'own-body',
    });
    // Sleep and eating are the patient's too, though the son spoke last.
    expect(turn(history, 'Have you been sleeping?', 'closed-question').addressee.characterId).toBe('pat');
    expect(turn(history, 'Are you eating?', 'closed-question').addressee.characterId).toBe('pat');
    expect(turn(fresh(), 'How has your mum been sleeping?', 'open-question').addressee.characterId).toBe(
      'robin',
    );
  });

  it('understands a medical word once it has been explained in plain words', () => {
    const explained = turn(
      fresh(),
      'It is metastatic, which means it has spread.',
      'news-delivery',
      'jargon',
    );
    expect(explained.explained).toEqual(['metastatic']);
    expect(explained.replies[0]?.plan.intent).toBe('react-to-news');
    const history = fresh();
    history.explained.add('metastatic');
    const later = turn(history, 'Because it is metastatic we cannot operate.', 'information', 'jargon');
    expect(later.replies[0]?.plan.intent).not.toBe('confused');
    expect(
      turn(fresh(), 'Because it is metastatic we cannot operate.', 'information', 'jargon').replies[0]?.plan
        .intent,
    ).toBe('confused');
  });

  it('returns a greeting only at the start', () => {
    expect(turn(fresh(), 'Hello, I am Dr Reyes.', 'greeting').replies[0]?.plan.intent).toBe('greet');
    const history = fresh();
    history.stage = 'emotion';
    expect(turn(history, 'Hello again.', 'greeting').replies[0]?.plan.intent).not.toBe('greet');
  });

  it('answers a choice about how much to hear with how much they want, and a choice of options by weighing it', () => {
    const pacing =
      'Would you like me to go through it all in detail, or would you rather stop there for now?';
    expect(turn(fresh(), pacing, 'invitation', 'offering-choices').replies[0]?.plan.intent).toBe(
      'state-preference',
    );
    const more = 'Would you like me to say more about what it means, or would you rather stop there?';
    expect(turn(fresh(), more, 'invitation', 'offering-choices').replies[0]?.plan.intent).toBe(
      'state-preference',
    );
    const options = 'Would you rather have the tablets or the operation?';
    expect(turn(fresh(), options, 'offering-choices').replies[0]?.plan.intent).toBe('consider-choice');
  });

  it('keeps a secret from the person it is hidden from, and has them react when it may come out', () => {
    const secretFrom = (tellInFront: boolean) => {
      const input = testScenarioInput() as { characters: Record<string, unknown>[] };
      const pat = input.characters[0] as { hidden: Record<string, unknown>[] };
      pat.hidden = [
        {
          id: 'pat-secret',
          summary: 'A secret.',
          trustNeeded: 0.2,
          lines: ['pat secret told.'],
          hiddenFrom: ['robin'],
          tellInFront,
          ...(tellInFront ? { reactions: { robin: ['robin did not know.'] } } : {}),
        },
      ];
      return setUpScene(scenarioSchema.parse(input), 2);
    };
    const kept = secretFrom(false);
    const keptPlan = planTurn(
      kept,
      buildHistory(initialAffect(kept), []),
      'Go on.',
      acts('invitation'),
      () => 0.5,
    );
    expect(keptPlan.replies.map((r) => r.plan.reveal)).toEqual([null]);
    const told = secretFrom(true);
    const toldPlan = planTurn(
      told,
      buildHistory(initialAffect(told), []),
      'Go on.',
      acts('invitation'),
      () => 0.5,
    );
    expect(toldPlan.replies.map((r) => [r.choice.characterId, r.plan.intent])).toEqual([
      ['pat', 'state-preference'],
      ['robin', 'react-to-reveal'],
    ]);
    expect(toldPlan.replies[0]?.plan.reveal?.id).toBe('pat-secret');
  });

  it('tells no secret on a warning shot: braced for the news, nobody confesses', () => {
    const input = testScenarioInput() as { characters: Record<string, unknown>[] };
    const pat = input.characters[0] as { hidden: Record<string, unknown>[] };
    pat.hidden = [
      { id: 'pat-guilt', summary: 'Guilt.', trustNeeded: 0.2, lines: ['I keep thinking I did this.'] },
    ];
    const scene = setUpScene(scenarioSchema.parse(input), 1);
    const reveal = (text: string, heard: ClassifiedAct[]) =>
      planTurn(scene, buildHistory(initialAffect(scene), []), text, heard, () => 0.5).replies[0]?.plan.reveal
        ?.id;
    expect(reveal('That sounds so hard.', acts('nurse-understanding'))).toBe('pat-guilt');
    expect(
      reveal(
        "That sounds so hard. I'm afraid I have some difficult news.",
        acts('nurse-understanding', 'warning-shot'),
      ),
    ).toBeUndefined();
  });

  it('never lets a threat raise trust or lower anger, even wrapped in kind words', () => {
    const history = fresh();
    history.affect = {
      pat: { distress: 0.5, anger: 0.3, trust: 0.1 },
      robin: { distress: 0.3, anger: 0.2, trust: 0.2 },
    };
    const plan = turn(
      history,
      "I understand you're upset, but if you don't sit down I'll call security.",
      'threat-or-command',
      'nurse-understanding',
      'nurse-naming',
    );
    for (const id of ['pat', 'robin'] as const) {
      expect(plan.affectAfter[id]!.trust).toBeLessThanOrEqual(history.affect[id]!.trust);
      expect(plan.affectAfter[id]!.anger).toBeGreaterThanOrEqual(history.affect[id]!.anger);
    }
  });
});
