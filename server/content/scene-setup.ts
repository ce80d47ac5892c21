// Applies a difficulty level's knobs to a scenario: who is in the room, each character's emotion dynamics
// and the trust each hidden fact needs. Pure data from the scenario file, so it sits in content: the scene
// catalogue builds every scene here at start-up, and the simulation only reads them.

import { AFFECT_DIMENSIONS, type Affect, type AffectDynamics, type SceneAffect } from './affect-types.ts';
import { relationAddresses } from './relation-words.ts';
import type { Character, DifficultyKnobs, DifficultyLevel, Scenario } from './scenario-schema.ts';

export interface SceneCharacter {
  character: Character;
  dynamics: AffectDynamics;
  /** Whole-word, case-insensitive patterns for the names and roles the learner may address it by. */
  addressPatterns: RegExp[];
  /** Trust needed per hidden fact id at this difficulty. */
  revealThresholds: Record<string, number>;
  /** Added to a gated topic's trust threshold at this difficulty. */
  revealShift: number;
}

export interface SceneSetup {
  scenario: Scenario;
  difficulty: DifficultyLevel;
  knobs: DifficultyKnobs;
  /** Characters in the room, the patient first. */
  characters: SceneCharacter[];
  leadId: string;
}

/** The scene for one scenario at one difficulty level. */
export function setUpScene(scenario: Scenario, difficulty: DifficultyLevel): SceneSetup {
  const knobs = scenario.difficulty.levels[String(difficulty) as '1' | '2' | '3'];
  // The patient and the lead are always in the room; other relatives only at levels that have them.
  const present = scenario.characters
    .filter((c) => c.role === 'patient' || c.id === scenario.leadSpeaker || knobs.relativePresent)
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'patient' ? -1 : 1));
  const characters = present.map((character) => ({
    character,
    dynamics: dynamicsFor(character, knobs),
    addressPatterns: [...character.addressedAs, ...relationAddresses(character, present)].map(
      (name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i'),
    ),
    revealThresholds: Object.fromEntries(
      character.hidden.map((fact) => [fact.id, clamp01(fact.trustNeeded + knobs.revealTrustShift)]),
    ),
    revealShift: knobs.revealTrustShift,
  }));
  const leadId = leadAmong(
    scenario,
    characters.map((c) => c.character.id),
  ) as string;
  return { scenario, difficulty, knobs, characters, leadId };
}

/**
 * Who leads among the characters in the room (the patient first): a relative who leads when present, else the
 * scenario's lead, else the first in the room.
 */
export function leadAmong(scenario: Scenario, present: readonly string[]): string | undefined {
  const inRoom = (id: string | undefined) => (id !== undefined && present.includes(id) ? id : undefined);
  return inRoom(scenario.leadWhenPresent) ?? inRoom(scenario.leadSpeaker) ?? present[0];
}

/** Everyone's affect at the start of the session. */
export function initialAffect(scene: SceneSetup): SceneAffect {
  return Object.fromEntries(scene.characters.map((c) => [c.character.id, { ...c.dynamics.baseline }]));
}

function dynamicsFor(character: Character, knobs: DifficultyKnobs): AffectDynamics {
  const baseline = { ...character.emotion.baseline };
  for (const dim of AFFECT_DIMENSIONS)
    baseline[dim] = clamp01(baseline[dim] + (knobs.baselineShift[dim] ?? 0));
  return {
    baseline: baseline as Affect,
    volatility: character.emotion.volatility * knobs.volatility,
    recovery: clamp01(character.emotion.recovery * knobs.recovery),
    reactions: character.emotion.reactions,
    topicReactions: character.emotion.topicReactions,
  };
}

function clamp01(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
