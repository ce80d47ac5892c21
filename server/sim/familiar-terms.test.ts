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
