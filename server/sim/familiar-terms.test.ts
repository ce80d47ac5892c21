import { describe, expect, it } from 'vitest';
import { loadScenariosOrThrow } from '../content/load-scenarios.ts';
import { initialAffect, setUpScene } from '../content/scene-setup.ts';
import { classifyActs } from './act-classifier.ts';
import { familiarTerms } from './familiar-terms.ts';
import { hearTurn } from './hear-turn.ts';
import { buildHistory } from './scene-history.ts';

const cancer = loadScenariosOrThrow('prompts/scenarios').find((s) => s.id === 'breaking-news-cancer');
if (!cancer) throw new Error('breaking-news-cancer is missing');
const scene = setUpScene(cancer, 2);
const heard = (text: string) =>
  hearTurn(scene, buildHistory(initialAffect(scene), []), text, classifyActs(text)).actSet;

describe('medical words the characters use themselves', () => {
  it('are found in their own lines and facts', () => {
    expect(familiarTerms(scene)).toContain('biopsy');
    expect(familiarTerms(scene)).not.toContain('lymphadenopathy');
  });

  it('do not confuse the room, while other jargon still does', () => {
    expect(heard('The biopsy shows a cancer in your lung.')).not.toContain('jargon');
    expect(heard('The biopsy shows lymphadenopathy.')).toContain('jargon');
  });
});

describe('medical words whose sense the conversation gives', () => {
  it('do not confuse once the learner has said their plain word, now or earlier', () => {
    expect(heard('The oncology team will see you next week.')).toContain('jargon');
    expect(heard("It's a cancer, and the oncology team will see you next week.")).not.toContain('jargon');
    const history = buildHistory(initialAffect(scene), [
      {
        index: 0,
        speaker: 'learner',
        text: 'The scan shows a lung cancer.',
        acts: classifyActs('The scan shows a lung cancer.'),
        affect: initialAffect(scene),
        meta: {},
      },
    ]);
    const later = 'The oncology team will see you next week.';
    expect(hearTurn(scene, history, later, classifyActs(later)).actSet).not.toContain('jargon');
    // A word glossed says nothing of another: the cancer does not explain lymphadenopathy.
    const other = 'The oncology team saw the lymphadenopathy.';
    expect(hearTurn(scene, history, other, classifyActs(other)).actSet).toContain('jargon');
  });
});
