import { describe, expect, it } from 'vitest';
import { testScenario, testScenarioInput } from '../../tests/fixtures/test-scenario.ts';
import { scenarioSchema } from '../content/scenario-schema.ts';
import { leadAmong, setUpScene } from '../content/scene-setup.ts';
import { chooseSpeakers, findAddressee, TURNED_TO, turnsTo } from './director.ts';
import { questionFocus } from './question-focus.ts';

const scene = setUpScene(testScenario(), 2);
const calm = {
  pat: { distress: 0.3, anger: 0.1, trust: 0.5 },
  robin: { distress: 0.3, anger: 0.1, trust: 0.5 },
};

describe('findAddressee', () => {
  it('picks a character named or called by role, the earliest mentioned first', () => {
    expect(findAddressee('Robin, how are you holding up?', scene.characters, null, 'pat')).toEqual({
      characterId: 'robin',
      reason: 'named',
    });
    expect(
      findAddressee('Mr Example, and Robin too: hello.', scene.characters, null, 'pat').characterId,
    ).toBe('pat');
  });

  it('puts a question to the person it calls on, though another was named earlier in the turn', () => {
    const ask = (text: string) => findAddressee(text, scene.characters, null, 'pat').characterId;
    expect(ask('Mr Example, can you let Robin answer, please? Robin, what happened this morning?')).toBe(
      'robin',
    );
    // Only mentioned in the last question, not called on: the person named first is still the one asked.
    expect(ask('Robin, what do you reckon? Will someone stay with Mr Example tonight?')).toBe('robin');
  });

  it('puts a question to the one called on, not one only spoken of in it ("if Robin does go home")', () => {
    const ask = (text: string) => findAddressee(text, scene.characters, null, 'pat').characterId;
    expect(
      ask('Mr Example, I know it has been a long day. So if Robin does go home, could you manage?'),
    ).toBe('pat');
    expect(ask('Robin, if Mr Example is discharged tonight, could you stay with him?')).toBe('robin');
  });

  it('puts a question to the name said after a correction', () => {
    const ask = (text: string) => findAddressee(text, scene.characters, null, 'pat').characterId;
    expect(ask('Mr Example, sorry, Robin, how are you sleeping?')).toBe('robin');
    expect(ask('Robin, sorry, what happened this morning?')).toBe('robin');
  });

  it('puts a question to the person its last words call on, not one only mentioned at its end', () => {
    const ask = (text: string) => findAddressee(text, scene.characters, null, 'pat').characterId;
    expect(ask('Robin mentioned you are tired. How have you been sleeping, Mr Example?')).toBe('pat');
    expect(ask('Mr Example said it was sudden. What did you see, Robin?')).toBe('robin');
    expect(ask('Who else do you lean on, Mr Example, besides Robin?')).toBe('pat');
  });

  it('puts "you" beside the patient spoken of as her to the relative, unless someone else could be her', () => {
    const ask = (text: string) =>
      findAddressee(text, scene.characters, 'pat', 'pat', questionFocus(text)).characterId;
    expect(ask('Would you like to stay a bit longer with her tonight?')).toBe('robin');
    expect(ask('Shall we ring your sister and tell her you are here?')).toBe('pat');
    expect(ask('Would you like to stay a bit longer tonight?')).toBe('pat');
    // Her body, but asked of the one with her: the question's last part names no one.
    expect(ask('Has she been like this before? Any confusion, any falls?')).toBe('robin');
    expect(ask('Any confusion, any falls?')).toBe('pat');
  });

  it('does not take a name talked about for the person talked to', () => {
    const ask = (text: string) => findAddressee(text, scene.characters, null, 'pat');
    expect(
      ask('Here is the plan: Robin stays with you and I come back at six. How does that sound?'),
    ).toEqual({
      characterId: 'pat',
      reason: 'lead',
    });
    expect(ask('Robin will bring your glasses in.').reason).toBe('lead');
    expect(ask('Robin, will you bring his glasses in?')).toEqual({ characterId: 'robin', reason: 'named' });
  });

  it('does not put "you" to someone the turn only talks about', () => {
    const ask = (text: string, recent = [{ id: 'robin', by: 'named' }]) =>
      findAddressee(text, scene.characters, 'robin', 'pat', questionFocus(text), undefined, recent)
        .characterId;
    expect(ask('Shall I bring the nurse in, or would you like some minutes alone with Robin first?')).toBe(
      'pat',
    );
    expect(ask('How are you getting on besides Robin?')).toBe('pat');
    // A name in the possessive is someone spoken of.
    expect(ask("Hello. Are you Mr Example's son?", [])).toBe('robin');
    // The patient talked about, to the one who spoke last: "you" is Robin.
    expect(ask('Would you like some time with Mr Example first?', [])).toBe('robin');
    // A relation form ("your mum" to her son) always addresses.
    expect(ask('And what about your mum, how are you finding all this?', [])).toBe('robin');
  });

  it('keeps "you" with the one the learner was talking to when someone else only cut in', () => {
    const ask = (text: string, cutIn: boolean) =>
      findAddressee(
        text,
        scene.characters,
        'robin',
        'pat',
        questionFocus(text),
        undefined,
        [
          { id: 'robin', by: 'named' },
          { id: 'pat', by: 'own-body' },
        ],
        cutIn,
      ).characterId;
    expect(ask('Have you been under a lot of pressure at work?', true)).toBe('pat');
    // Robin answered the last turn himself: "you" follows his reply.
    expect(ask('Have you been under a lot of pressure at work?', false)).toBe('robin');
  });

  it('puts the question to the one it calls on, not to a name earlier in the turn', () => {
    const text = 'Robin, I hear you. Before I answer that, Pat, what worries you most?';
    expect(findAddressee(text, scene.characters, 'robin', 'pat', questionFocus(text)).characterId).toBe(
      'pat',
    );
  });

  it('turns "you" to the one the learner said they were talking to', () => {
    expect(turnsTo("Robin, please, I'm talking to Pat.", scene.characters)).toBe('pat');
    expect(turnsTo('Robin, stop interrupting, please.', scene.characters)).toBeNull();
    const text = 'How are you feeling at the moment?';
    const ask = (recent: { id: string; by: string }[]) =>
      findAddressee(text, scene.characters, 'robin', 'pat', questionFocus(text), undefined, recent)
        .characterId;
    expect(
      ask([
        { id: 'robin', by: 'named' },
        { id: 'pat', by: TURNED_TO },
      ]),
    ).toBe('pat');
    expect(ask([{ id: 'robin', by: 'named' }])).toBe('robin');
  });

  it('hears "him" of a woman patient as someone else, not as the patient spoken of', () => {
    const ask = (text: string) =>
      findAddressee(text, scene.characters, 'robin', 'pat', questionFocus(text), undefined, [
        { id: 'pat', by: 'lead' },
      ]).characterId;
    expect(ask('Our nurse Sam is outside. Shall I bring him in now?')).toBe('pat');
  });

  it('matches names as whole words only', () => {
    expect(
      findAddressee('The robinia tree outside is lovely.', scene.characters, null, 'pat').characterId,
    ).toBe('pat');
  });

  it('sends "you" to whoever spoke last, otherwise to the lead', () => {
    expect(findAddressee('What do you make of that?', scene.characters, 'robin', 'pat')).toEqual({
      characterId: 'robin',
      reason: 'follows-reply',
    });
    expect(findAddressee('Let me explain the scan.', scene.characters, 'robin', 'pat')).toEqual({
      characterId: 'pat',
      reason: 'lead',
    });
  });

  it('keeps "you" with a relative who spoke last only while the learner is talking with them', () => {
    const ask = (recent: { id: string; by: string }[]) =>
      findAddressee(
        'How are you doing with that?',
        scene.characters,
        'robin',
        'pat',
        undefined,
        undefined,
        recent,
      ).characterId;
    expect(ask([{ id: 'robin', by: 'named' }])).toBe('robin');
    expect(
      ask([
        { id: 'robin', by: 'named' },
        { id: 'robin', by: 'follows-reply' },
      ]),
    ).toBe('robin');
    // Two turns on, the learner still going on with Robin.
    expect(
      ask([
        { id: 'robin', by: 'follows-reply' },
        { id: 'robin', by: 'follows-reply' },
      ]),
    ).toBe('robin');
    // Robin cut in after a question to the patient, or answered one put to the room.
    expect(ask([{ id: 'pat', by: 'lead' }])).toBe('pat');
    expect(
      ask([
        { id: 'pat', by: 'lead' },
        { id: 'robin', by: 'follows-reply' },
      ]),
    ).toBe('pat');
  });

  it('turns "yourself" to the relative just named and answering, even about the body', () => {
    const ask = (text: string) =>
      findAddressee(text, scene.characters, 'robin', 'pat', questionFocus(text), undefined, [
        { id: 'robin', by: 'named' },
      ]).characterId;
    expect(ask('And are you sleeping yourself?')).toBe('robin');
    expect(ask('And are you sleeping?')).toBe('pat');
  });
});

describe('chooseSpeakers', () => {
  const base = {
    characters: scene.characters,
    acts: new Set<never>(),
    relativeConfrontation: 0.3,
    turnIndex: 10,
    lastInterjection: new Map<string, number>(),
    random: () => 0.99,
  };

  it('lets only the addressee answer in a calm moment', () => {
    const speakers = chooseSpeakers({
      ...base,
      addressee: { characterId: 'pat', reason: 'lead' },
      affect: calm,
    });
    expect(speakers).toEqual([{ characterId: 'pat', reason: 'addressed' }]);
  });

  it('has the relative cut in after an overwhelmed patient, but not again straight away', () => {
    const affect = { ...calm, pat: { distress: 0.9, anger: 0.1, trust: 0.4 } };
    const input = { ...base, addressee: { characterId: 'pat', reason: 'lead' as const }, affect };
    expect(chooseSpeakers(input).map((s) => s.reason)).toEqual(['addressed', 'interjects-overwhelmed']);
    const soonAfter = chooseSpeakers({ ...input, lastInterjection: new Map([['robin', 8]]) });
    expect(soonAfter).toHaveLength(1);
  });

  it('lets an angry relative challenge provocative words as often as the difficulty allows', () => {
    const affect = { ...calm, robin: { distress: 0.4, anger: 0.8, trust: 0.2 } };
    const input = {
      ...base,
      addressee: { characterId: 'pat', reason: 'lead' as const },
      affect,
      acts: new Set(['premature-reassurance'] as const),
      relativeConfrontation: 0.5,
    };
    expect(chooseSpeakers({ ...input, random: () => 0.2 }).map((s) => s.reason)).toContain(
      'interjects-challenge',
    );
    expect(chooseSpeakers({ ...input, random: () => 0.8 })).toHaveLength(1);
  });
});

describe('the lead of a scene', () => {
  it('is a relative who leads when present at the levels that bring them in, and the lead otherwise', () => {
    const withRelativeLeading = { ...testScenario(), leadWhenPresent: 'robin' };
    expect(setUpScene(withRelativeLeading, 2).leadId).toBe('robin');
    // Level 1 has no relative in the room, so the scene keeps its usual lead.
    expect(setUpScene(withRelativeLeading, 1).characters.some((c) => c.character.id === 'robin')).toBe(false);
    expect(setUpScene(withRelativeLeading, 1).leadId).toBe(setUpScene(testScenario(), 1).leadId);
  });

  it('is found the same way from the ids in a stored session, as the grader finds it', () => {
    const withRelativeLeading = { ...testScenario(), leadWhenPresent: 'robin' };
    expect(leadAmong(withRelativeLeading, ['pat', 'robin'])).toBe('robin');
    expect(leadAmong(withRelativeLeading, ['pat'])).toBe('pat');
    expect(leadAmong(testScenario(), [])).toBeUndefined();
  });

  it('must be one of the characters', () => {
    const result = scenarioSchema.safeParse({ ...testScenarioInput(), leadWhenPresent: 'nobody' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'leadWhenPresent',
    ]);
  });
});
