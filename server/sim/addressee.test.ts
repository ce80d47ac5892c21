import { describe, expect, it } from 'vitest';
import { loadScenariosOrThrow } from '../content/load-scenarios.ts';
import { setUpScene } from '../content/scene-setup.ts';
import { addresseeOf } from './addressee.ts';
import { questionFocus } from './question-focus.ts';

const scenario = loadScenariosOrThrow('prompts/scenarios').find((s) => s.id === 'early-pregnancy-loss');
if (!scenario) throw new Error('early-pregnancy-loss is not among the scenarios');
const scene = setUpScene(scenario, 2);

const addressee = (text: string) =>
  addresseeOf({
    text,
    characters: scene.characters,
    lastCharacterSpeaker: null,
    leadId: scene.leadId,
    focus: questionFocus(text),
    acts: new Set(),
    recent: [],
  }).characterId;

describe('addresseeOf', () => {
  it('puts "who are you" to the one it does not name, whatever the learned model would say', () => {
    expect(addressee("Hello, I'm one of the doctors. You must be Priya's partner?")).toBe('josh');
  });

  it('puts sleep and meals asked after "yourself" to the one beside the patient, and the patient\'s own body to her', () => {
    expect(addressee('Are you managing to sleep yourself?')).toBe('josh');
    expect(
      addressee("And how are you managing yourself? When did you last have a proper night's sleep?"),
    ).toBe('josh');
    expect(addressee('Are you sleeping alright?')).toBe('priya');
    expect(addressee('Have you ever hurt yourself before?')).toBe('priya');
  });

  it('puts a question that speaks of someone by name ("will Priya be…") to the other', () => {
    expect(addressee('And will Priya be on her own at home tonight?')).toBe('josh');
    expect(addressee('Josh, you look worried. How have things been for you, seeing Priya like this?')).toBe(
      'josh',
    );
  });

  it('puts a question that names someone as a source ("Josh said…") or sets them aside ("not Josh") to the other', () => {
    expect(addressee('Work, Josh said. Are you meant to be in today?')).toBe('priya');
    expect(addressee("What's the thing you've noticed most? You, I mean, not Josh.")).toBe('priya');
  });
});
