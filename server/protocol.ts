// The wire types of the HTTP API, its SSE stream and the live channel: the one contract between server and client
// (the client imports nothing else from `server/`). Wire types are defined here or in the dependency-free files
// re-exported below, and server modules import them from there; anything else here is a type-only import.

import type { ClassifiedAct } from './content/acts.ts';
import type { Appearance } from './content/appearance-schema.ts';
import type { Place, Room } from './content/room-kinds.ts';
import type { CommentDto } from './instruction/instruction-types.ts';

export type { AuditAction, AuditEventDto, AuditPageDto } from './audit/audit-types.ts';
export type {
  AssignmentDto,
  AssignmentStatus,
  CohortDetailDto,
  CohortDto,
  CohortLearnerDto,
  JoinedCohortDto,
  LearnerAssignmentDto,
  PersonDto,
} from './cohorts/cohort-types.ts';
export type { ClassifiedAct, LearnerAct } from './content/acts.ts';
export { BUILDS, CLOTHING_KINDS, HAIR_STYLES } from './content/appearance-kinds.ts';
export type { Appearance } from './content/appearance-schema.ts';
export { PLACES, type Place, ROOMS, type Room } from './content/room-kinds.ts';
export type {
  ConversationMetrics,
  EmotionalMoment,
  EmotionKind,
  GradingMode,
  GradingReport,
  ItemReport,
  Quote,
  RubricReport,
} from './grading/report-types.ts';
export type {
  CohortOverviewDto,
  CommentDto,
  GraderAgreementDto,
  ItemDistributionDto,
  ItemReviewDto,
  ReviewedItemReport,
  ReviewedRubricReport,
} from './instruction/instruction-types.ts';
export type {
  HistoryPoint,
  Level,
  Progress,
  Recommendation,
  RecommendationBasis,
  SelfRating,
  Skill,
  SkillProgress,
} from './learning/progress-types.ts';
export { ratingOutOf100, SKILL_NAMES, skillName } from './learning/skill-display.ts';
export type { LearnerExportDto } from './privacy/privacy-types.ts';

export type Role = 'learner' | 'instructor' | 'admin';

/** The named dimensions of a character's affect, each in [0,1]. */
export const AFFECT_DIMENSIONS = ['distress', 'anger', 'trust'] as const;
export type AffectDimension = (typeof AFFECT_DIMENSIONS)[number];
export type Affect = Record<AffectDimension, number>;

/** Affect of every character in the room, keyed by character id. */
export type SceneAffect = Record<string, Affect>;

/** Where the server serves the WebXR input profiles (controller and hand models) for headsets. */
export const XR_PROFILES_PATH = '/xr-profiles';

/**
 * Where the server serves the voice activity detector's files (vad-web's worklet and Silero model, onnxruntime-web's
 * WebAssembly), so the browser never fetches them from a CDN.
 */
export const VAD_ASSETS_PATH = '/vad';

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
  /** Seated, standing or in bed (from the scenario, or the room's default for the role). */
  place: Place;
  /** The synthesiser voice that speaks this character (from the scenario, or chosen by age and sex). */
  voice: string;
}

export interface ScenarioDto {
  id: string;
  title: string;
  kind: string;
  skills: string[];
  summary: string;
  setting: string;
  /** The room the scene is built as. */
  room: Room;
  learnerRole: string;
  objectives: string[];
  prebrief: { text: string; contentWarnings: string[] };
  contentWarnings: string[];
  difficulty: { default: number; levels: { level: number; label: string }[] };
  characters: CharacterSummaryDto[];
}

/**
 * Learner turns: `typed`, or `voice` (spoken, then transcribed). Character turns: `offline` (the authored-line
 * engine), `llm`, or `offline-fallback` (the offline engine standing in for a failed model).
 */
export type TurnSource = 'typed' | 'voice' | 'offline' | 'llm' | 'offline-fallback';

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
  /**
   * For a character reply the learner cut off: `text` is what they heard, this is what the character meant to say
   * and how many ms of it played. Null for replies heard in full.
   */
  cutOff: { fullText: string; heardMs: number } | null;
  /** For a spoken learner turn: where the time went from the end of speech to the first reply audio. */
  voiceTimings: VoiceTimingsDto | null;
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

/** Why a session was left ungraded: the learner opted out, or it ended before they said anything. */
export type LeftReason = 'opted_out' | 'no_words';

export interface SessionDto {
  id: string;
  scenarioId: string;
  difficulty: number;
  status: 'active' | 'ended';
  createdAt: string;
  endedAt: string | null;
  /** Set once a session ends ungraded (no report, counted nowhere); null while active or when graded. */
  left: LeftReason | null;
  /** The scenario's room, where the scene is built. */
  room: Room;
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

/** What `GET /api/sessions/:id` answers: the session with its turns and the instructors' comments on them. */
export interface SessionReadDto extends SessionWithTurnsDto {
  /** Oldest first. */
  comments: CommentDto[];
}

/** What `GET /api/sessions/:id/report` answers for a left session: that it was left, and no scores. */
export interface LeftReportDto {
  left: LeftReason;
  /** A plain sentence saying what happened and that nothing was graded or counted. */
  message: string;
}

export interface TurnResultDto {
  learnerTurn: TurnDto;
  replies: TurnDto[];
}

/** The stable codes of API errors (`server/domain-errors.ts` and `server/http/api-error.ts` hold their messages, the latter each one's status). */
export type ApiErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'validation_failed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  /** Too many failed sign-ins for the account or from the address; `Retry-After` says when to try again. */
  | 'too_many_attempts'
  | 'password_too_short'
  | 'password_contains_email'
  | 'password_too_common'
  | 'forbidden'
  | 'email_taken'
  | 'last_admin'
  /** Instructing a cohort needs the instructor or admin role. */
  | 'not_instructor'
  /** Registration on this server needs a cohort's invite code (`BEDSIDE_REGISTRATION=invite`). */
  | 'invite_required'
  | 'not_found'
  | 'session_ended'
  | 'session_active'
  | 'turn_in_progress'
  | 'session_full'
  | 'rate_limited'
  | 'busy'
  | 'already_rated'
  | 'grading_failed'
  | 'bad_audio'
  | 'voice_unavailable'
  | 'transcription_failed'
  | 'invalid_message'
  | 'upgrade_required'
  | 'cross_origin'
  | 'not_acceptable'
  /** A framework error without a catalogue entry, keeping its HTTP status. */
  | 'http_error'
  | 'internal_error';

export interface ApiErrorDto {
  error: { code: ApiErrorCode; message: string };
}

/**
 * Milliseconds of one spoken turn, each from the server receiving the utterance (server clock), except
 * `clientEndToPlaybackMs`, measured in the browser from the end of speech to the first reply audio playing.
 * A step that did not happen (no reply audio, a browser voice) is null.
 */
export interface VoiceTimingsDto {
  transcribedMs: number | null;
  firstTokenMs: number | null;
  firstAudioSentMs: number | null;
  clientEndToPlaybackMs: number | null;
}

/**
 * One event of a learner turn. The turn pipeline yields these and both transports send them unchanged: SSE on
 * `POST /api/sessions/:id/turns` as `event: <type>` with the whole object as `data`, and the live WebSocket as one
 * JSON text frame each.
 */
export type TurnEvent =
  /** A stored turn: first the learner's, then each reply once complete. */
  | { type: 'turn'; turn: TurnDto }
  | { type: 'delta'; speaker: string; index: number; text: string }
  /** The deltas streamed so far for this index are void (the model failed mid-reply); a fallback follows. */
  | { type: 'retract'; speaker: string; index: number }
  | { type: 'affect'; afterTurn: number; affect: SceneAffect }
  | { type: 'error'; error: ApiErrorDto['error'] }
  | { type: 'done'; replies: number };

export type TurnEventType = TurnEvent['type'];

/** Every turn event type, for clients that check a frame's tag before trusting its shape. */
export const TURN_EVENT_TYPES: readonly TurnEventType[] = [
  'turn',
  'delta',
  'retract',
  'affect',
  'error',
  'done',
];

/** What the server can do with voices; sent when the live channel opens. */
export interface VoiceCapabilitiesDto {
  /** Spoken utterances (binary WAV frames) are transcribed. */
  transcription: boolean;
  /** Replies arrive as `audio` events; without it the browser's own voices speak them. */
  synthesis: boolean;
}

/** Server → client frames on the live channel `GET /api/sessions/:id/live` (JSON text frames). */
export type LiveServerEvent =
  | TurnEvent
  | ({ type: 'ready' } & VoiceCapabilitiesDto)
  /** What the learner said, transcribed, before it is stored as their turn. */
  | { type: 'transcript'; text: string }
  /** One chunk of a reply's audio, in order (`seq` from 0 per reply); `data` is base64. */
  | { type: 'audio'; speaker: string; index: number; seq: number; mime: string; data: string }
  /**
   * A reply's audio is complete. `unspoken` is the text the synthesiser failed to voice (the browser speaks it
   * instead), null when all of it was sent.
   */
  | { type: 'audio-end'; speaker: string; index: number; unspoken: string | null };

/** Every live channel event type. */
export const LIVE_SERVER_EVENT_TYPES: readonly LiveServerEvent['type'][] = [
  ...TURN_EVENT_TYPES,
  'ready',
  'transcript',
  'audio',
  'audio-end',
];

/** Client → server JSON text frames on the live channel; a binary frame is one spoken utterance as a WAV file. */
export type LiveClientMessage =
  /** A typed turn; `spoken` marks words heard by the browser's own speech recognition (stored as `voice`). */
  | { type: 'text'; text: string; spoken?: boolean }
  /** The learner cut reply `index` off after hearing `ms` of it (and, for browser voices, `chars` characters). */
  | { type: 'heard'; index: number; ms: number; chars?: number }
  /** Client clock, for the learner turn `turn`: ms from the end of speech to the first reply audio playing. */
  | { type: 'timing'; turn: number; endToPlaybackMs: number };

/** Audio the live channel takes and plays: 16-bit little-endian mono PCM, rate in the mime type. */
export const PCM_MIME_PREFIX = 'audio/pcm';
