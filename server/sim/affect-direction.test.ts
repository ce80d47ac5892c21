import { describe, expect, it } from 'vitest';
import { ACT_DIRECTIONS } from '../content/act-directions.ts';
import { LEARNER_ACTS, type LearnerAct } from '../content/acts.ts';
import { loadScenarioDir } from '../content/load-scenarios.ts';
import { DIFFICULTY_LEVELS } from '../content/scenario-schema.ts';
import { setUpScene } from '../content/scene-setup.ts';
import { updateAffect } from './affect-model.ts';

const { scenarios, errors } = loadScenarioDir('prompts/scenarios', '.');
const harmful = Object.keys(ACT_DIRECTIONS) as LearnerAct[];
const levels = [0.05, 0.35, 0.65, 0.95];

describe('the act → direction table', () => {
  it('loads every shipped scenario', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(9);
  });

  for (const scenario of scenarios) {
    it(`holds in ${scenario.id} at every difficulty, for every character, alone and beside any other act`, () => {
      let checked = 0;
      for (const difficulty of DIFFICULTY_LEVELS) {
        for (const { character, dynamics } of setUpScene(scenario, difficulty).characters) {
          for (const act of harmful) {
            for (const other of [null, ...LEARNER_ACTS]) {
              for (const trust of levels) {
                for (const anger of levels) {
                  const before = { distress: 0.5, anger, trust };
                  const acts = [
                    { act, confidence: 0.9 },
                    ...(other ? [{ act: other, confidence: 0.9 }] : []),
                  ];
                  for (const addressed of [true, false]) {
                    const after = updateAffect(before, dynamics, acts, {
                      addressed,
                      perceptionChecked: false,
                      warned: false,
                      newsAlreadyDelivered: false,
                      wordCount: 12,
                    });
                    const where = `${character.id} L${difficulty} ${act}+${other} from t${trust} a${anger}`;
                    expect(after.trust, where).toBeLessThanOrEqual(before.trust);
                    expect(after.anger, where).toBeGreaterThanOrEqual(before.anger);
                    checked++;
                  }
                }
              }
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
