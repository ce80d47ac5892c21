// Maps stored rows to the API's wire shapes.

import { defaultAppearance } from '../content/default-appearance.ts';
import type { Scenario } from '../content/scenario-schema.ts';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import type { PracticeSessionRow, TurnRow } from '../db/schema.ts';
import type { CharacterSummaryDto, ScenarioDto, SessionDto, TurnDto, VoiceTimingsDto } from '../protocol.ts';

export function toTurnDto(row: TurnRow): TurnDto {
  return {
    index: row.index,
    speaker: row.speaker,
    text: row.text,
    acts: row.acts,
    affect: row.affect,
    source: row.source,
    interrupted: row.interrupted,
    llm: row.model
      ? {
          model: row.model,
          promptTokens: row.promptTokens,
          completionTokens: row.completionTokens,
          firstTokenMs: row.firstTokenMs,
          lastTokenMs: row.lastTokenMs,
        }
      : null,
    fallbackReason: typeof row.meta.fallbackReason === 'string' ? row.meta.fallbackReason : null,
    cutOff: (row.meta.cutOff as TurnDto['cutOff'] | undefined) ?? null,
    voiceTimings: (row.meta.voiceTimings as VoiceTimingsDto | undefined) ?? null,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}

export function toSessionDto(
  row: PracticeSessionRow,
  scenario: Scenario | undefined,
  lastTurn?: TurnRow,
): SessionDto {
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    difficulty: row.difficulty,
    status: row.status,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    left: row.leftReason,
    room: scenario?.room ?? 'consultation',
    characters: (scenario?.characters ?? []).map((c) => ({
      ...toCharacterSummaryDto(c),
      present: row.presentCharacters.includes(c.id),
    })),
    affect: lastTurn?.affect ?? row.initialAffect,
    initialAffect: row.initialAffect,
  };
}

export function toScenarioDto(s: Scenario): ScenarioDto {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    skills: s.skills,
    summary: s.summary,
    setting: s.setting,
    room: s.room,
    learnerRole: s.learnerRole,
    objectives: s.objectives,
    prebrief: s.prebrief,
    contentWarnings: s.prebrief.contentWarnings,
    difficulty: {
      default: s.difficulty.default,
      levels: ([1, 2, 3] as const).map((level) => ({ level, label: s.difficulty.levels[`${level}`].label })),
    },
    characters: s.characters.map(toCharacterSummaryDto),
  };
}

/** The synthesiser voice of one character of a loaded scenario (a neutral one if either is unknown). */
export function characterVoice(catalog: SceneCatalog, scenarioId: string, characterId: string): string {
  const character = catalog.scenario(scenarioId)?.characters.find((c) => c.id === characterId);
  return character?.voice ?? 'alloy';
}

/** Who a character is and how they look, as the client needs it (the default look when none is written). */
function toCharacterSummaryDto(c: Scenario['characters'][number]): CharacterSummaryDto {
  return {
    id: c.id,
    name: c.name,
    role: c.role,
    relation: c.relation ?? null,
    age: c.age,
    appearance: c.appearance ?? defaultAppearance(c),
    place: c.place,
    voice: c.voice,
  };
}
