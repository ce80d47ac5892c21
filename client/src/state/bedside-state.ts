// The client's state as plain data: which page is showing and what it needs. No React here.

import type {
  Progress,
  ScenarioDto,
  SessionDto,
  SessionWithTurnsDto,
  UserDto,
} from '../../../server/protocol.ts';
import type { Difficulty } from '../api/api-client.ts';
import { initialVoiceState, type VoiceState } from '../voice/voice-state.ts';
import type { Comfort } from './comfort.ts';
import type { Conversation } from './conversation.ts';
import type { Feedback } from './feedback.ts';

/** The pages, as a closed union: the app is a small state machine over these. */
export type View =
  | { name: 'starting' }
  /** Signing in; `returnTo` is the page asked for (a deep link, or the page a lapsed sign-in left), opened after. */
  | { name: 'auth'; mode: AuthMode; returnTo?: PageView }
  | PageView;

/** The pages that have an address of their own (see client/src/routing/routes.ts). */
export type PageView =
  | { name: 'lobby' }
  /** `difficulty` preselects a level (the recommended one); otherwise the scenario's default. */
  | { name: 'prebrief'; scenarioId: string; difficulty?: Difficulty }
  | { name: 'conversation'; sessionId: string }
  /** An ended session read back: its feedback, or only that it was left. */
  | { name: 'ended'; sessionId: string }
  /** The learner's skills over time and their past sessions. */
  | { name: 'progress' }
  /** The signed-in person's own data: download it, or delete the account. */
  | { name: 'my-data' }
  /** An address that names no page, or a session or scenario this person cannot see. */
  | { name: 'not-found' }
  | InstructorView;

/** The pages for running cohorts (instructors and admins; `users` and `audit` for admins only), loaded on demand. */
export type InstructorView =
  | { name: 'cohorts' }
  | { name: 'cohort'; cohortId: string }
  /** A learner's session read back by their instructor: transcript, grades, comments and reviews. */
  | { name: 'replay'; cohortId: string; learnerId: string; sessionId: string }
  | { name: 'users' }
  /** Who read whose data, newest first. */
  | { name: 'audit' };

export type AuthMode = 'sign-in' | 'register';

export interface BedsideState {
  view: View;
  user: UserDto | null;
  scenarios: ScenarioDto[];
  sessions: SessionDto[];
  /** The learner's skill ratings and recommended next practice, for the lobby; null until loaded or if unavailable. */
  progress: Progress | null;
  /** The learner skipped the self-rating card: hidden until they sign in again. */
  selfRatingSkipped: boolean;
  /** The session being held, on the conversation page. */
  conversation: Conversation | null;
  /** The finished session read back, on the ended page. */
  ended: SessionWithTurnsDto | null;
  /** The ended session's graded report, polled for while the ended page shows. */
  feedback: Feedback | null;
  /** The transcript turn an evidence quote points at, highlighted on the ended page. */
  citedTurn: number | null;
  /** A request the page is waiting on (forms disable their buttons). */
  pending: boolean;
  /** A safe message for the page's error banner. */
  error: string | null;
  /** A neutral message for the page's notice line. */
  notice: string | null;
  /** Motion and caption preferences: per device, read from storage when the store is made. */
  comfort: Comfort;
  /** The room's voice: the live channel, the microphone and who is speaking (written by the voice room). */
  voice: VoiceState;
}

/** A fresh start, e.g. after signing out; comfort is left out because it belongs to the device, not the account. */
export const initialState: Omit<BedsideState, 'comfort'> = {
  view: { name: 'starting' },
  user: null,
  scenarios: [],
  sessions: [],
  progress: null,
  selfRatingSkipped: false,
  conversation: null,
  ended: null,
  feedback: null,
  citedTurn: null,
  pending: false,
  error: null,
  notice: null,
  voice: initialVoiceState,
};
