// The wire types of the HTTP API and its SSE stream, shared by server and client (type-only imports).

import type { Appearance } from './content/appearance-schema.ts';
import type { ClassifiedAct } from './sim/acts.ts';
import type { SceneAffect } from './sim/affect-types.ts';

export type { Appearance } from './content/appearance-schema.ts';
export type { ClassifiedAct, LearnerAct } from './sim/acts.ts';
export type { Affect, SceneAffect } from './sim/affect-types.ts';

export type Role = 'learner' | 'instructor' | 'admin';

/** Where the server serves the WebXR input profiles (controller and hand models) for headsets. */
export const XR_PROFILES_PATH = '/xr-profiles';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface CharacterSummaryDto {
  id: string;
  name: string;
  role: 'patient' | 'relative';
  relation: string | null;
  age: number;
  /** How the avatar looks (from the scenario, or derived from id and age). */
  appearance: Appearance;
}

export interface ScenarioDto {
  id: string;
  title: string;
  kind: string;
  skills: string[];
  summary: string;
  setting: string;
  learnerRole: string;
  objectives: string[];
  prebrief: { text: string; contentWarnings: string[] };
  contentWarnings: string[];
  difficulty: { default: number; levels: { level: number; label: string }[] };
  characters: CharacterSummaryDto[];
}

/** `typed` for learner text, `offline` for the authored-line engine; later `llm`, `offline-fallback`, `voice`. */
export type TurnSource = 'typed' | 'offline' | 'llm' | 'offline-fallback';

export interface TurnDto {
  index: number;
  /** `learner` or a character id. */
  speaker: string;
  text: string;
  acts: ClassifiedAct[];
  /** Every character's affect after this turn. */
  affect: SceneAffect;
  source: TurnSource;
  /** Set when an angry character cut the learner off. */
  interrupted: boolean;
  /** For replies voiced by a model. */
  llm: LlmUsageDto | null;
  /** Why the offline engine stood in for the model (`source: "offline-fallback"`). */
  fallbackReason: string | null;
  createdAt: string;
  completedAt: string;
}

export interface LlmUsageDto {
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
  /** Milliseconds from the request to the model's first and last token. */
  firstTokenMs: number | null;
  lastTokenMs: number | null;
}

export interface SessionCharacterDto extends CharacterSummaryDto {
  /** Whether the character is in the room at this difficulty. */
  present: boolean;
}

export interface SessionDto {
  id: string;
  scenarioId: string;
  difficulty: number;
  status: 'active' | 'ended';
  createdAt: string;
  endedAt: string | null;
  characters: SessionCharacterDto[];
  /** Affect now: after the last turn, or the initial state. */
  affect: SceneAffect;
  initialAffect: SceneAffect;
  /** When the learner model chose the difficulty: why, in one sentence. */
  recommendation?: string | null;
}

export interface SessionWithTurnsDto extends SessionDto {
  turns: TurnDto[];
}

export interface TurnResultDto {
  learnerTurn: TurnDto;
  replies: TurnDto[];
}

export interface ApiErrorDto {
  error: { code: string; message: string };
}

/** Server-sent events on `POST /api/sessions/:id/turns` with `Accept: text/event-stream`. */
export type TurnStreamEvent =
  | { event: 'turn'; data: TurnDto }
  | { event: 'delta'; data: { speaker: string; index: number; text: string } }
  /** The deltas streamed so far for this index are void (the model failed mid-reply); a fallback follows. */
  | { event: 'retract'; data: { speaker: string; index: number } }
  | { event: 'affect'; data: { afterTurn: number; affect: SceneAffect } }
  | { event: 'error'; data: ApiErrorDto }
  | { event: 'done'; data: { replies: number } };
