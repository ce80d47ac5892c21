// How well each character can answer questions on each topic: which topics have lines, which bands have lines
// of their own, and which required topics are missing (what `bedside lint` reports and fails on).

import { AFFECT_BANDS } from './affect-types.ts';
import type { Character, Scenario } from './scenario-schema.ts';
import { COMMON_TOPICS, PATIENT_TOPICS, TOPICS, type Topic } from './topics.ts';

export interface CharacterCoverage {
  characterId: string;
  /** Topics with any lines. */
  topics: Topic[];
  /** Required topics with no lines: the scenario fails lint. */
  missingRequired: Topic[];
  /** Per authored topic, the bands that fall back to `any` for want of their own lines. */
  bandsWithoutOwnLines: Partial<Record<Topic, string[]>>;
  /** Topic × band cells with lines of their own, of all cells for the authored topics. */
  ownCells: number;
  cells: number;
}

export function requiredTopics(character: Character): readonly Topic[] {
  return character.role === 'patient' ? [...COMMON_TOPICS, ...PATIENT_TOPICS] : COMMON_TOPICS;
}

export function characterCoverage(character: Character): CharacterCoverage {
  const topics = TOPICS.filter((t) => character.topics[t] !== undefined);
  const bandsWithoutOwnLines: Partial<Record<Topic, string[]>> = {};
  let ownCells = 0;
  for (const topic of topics) {
    const lines = character.topics[topic];
    const missing = AFFECT_BANDS.filter((band) => (lines?.[band]?.length ?? 0) === 0);
    ownCells += AFFECT_BANDS.length - missing.length;
    if (missing.length > 0) bandsWithoutOwnLines[topic] = missing;
  }
  return {
    characterId: character.id,
    topics,
    missingRequired: requiredTopics(character).filter((t) => !topics.includes(t)),
    bandsWithoutOwnLines,
    ownCells,
    cells: topics.length * AFFECT_BANDS.length,
  };
}

/** One line per character for the lint report. */
export function describeCoverage(scenario: Scenario): string[] {
  return scenario.characters.map((character) => {
    const c = characterCoverage(character);
    const absent = TOPICS.filter((t) => !c.topics.includes(t));
    return (
      `    ${character.id}: ${c.topics.length}/${TOPICS.length} topics, ${c.ownCells}/${c.cells} topic×band cells with lines of their own` +
      (absent.length > 0 ? `; no lines on ${absent.join(', ')}` : '')
    );
  });
}

/** Problems that fail lint: required topics with no lines. */
export function coverageProblems(scenario: Scenario): string[] {
  return scenario.characters.flatMap((character, index) => {
    const { missingRequired } = characterCoverage(character);
    return missingRequired.length > 0
      ? [
          `characters.${index}.topics: lines for ${missingRequired.join(', ')} (every ${character.role} needs them)`,
        ]
      : [];
  });
}
