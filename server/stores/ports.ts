// The stores the domain keeps its data in, one per aggregate. They are the only code that talks to the database
// (server/stores/drizzle/ implements them for SQLite and Postgres alike); use-cases see only these interfaces.

import type {
  assignments,
  auditEvents,
  cohorts,
  gradingJobs,
  PracticeSessionRow,
  practiceSessions,
  scenarioRatings,
  skillRatingHistory,
  skillRatings,
  TurnRow,
  turns,
  UserRow,
} from '../db/schema.ts';
import type { Role } from '../protocol.ts';
import type {
  CommentStore,
  LearnerDataStore,
  ReviewStore,
  ScoreStore,
  XapiOutboxStore,
} from './instruction-ports.ts';

export type { PracticeSessionRow, TurnRow, UserRow };
export type NewTurn = typeof turns.$inferInsert;
export type NewPracticeSession = typeof practiceSessions.$inferInsert;
export type GradingJobRow = typeof gradingJobs.$inferSelect;
export type SkillRatingRow = typeof skillRatings.$inferSelect;
export type SkillHistoryRow = typeof skillRatingHistory.$inferSelect;
export type ScenarioRatingRow = typeof scenarioRatings.$inferSelect;
export type LeftReason = NonNullable<PracticeSessionRow['leftReason']>;
export type CohortRow = typeof cohorts.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

export interface AccountStore {
  /** Creates the account; the very first one is the admin. Null when the email is taken. */
  createAccount(input: {
    id: string;
    email: string;
    name: string;
    passwordHash: string;
  }): Promise<UserRow | null>;
  findByEmail(email: string): Promise<UserRow | undefined>;
  /** Whether any account exists yet. */
  anyAccount(): Promise<boolean>;
  findById(userId: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  /**
   * Sets a role, checked against the roles as they are inside the write: the actor must still be an admin, and the
   * instance keeps at least one.
   */
  setRole(
    actorId: string,
    userId: string,
    role: Role,
  ): Promise<UserRow | 'forbidden' | 'not_found' | 'last_admin'>;
  /** Stores a sign-in (only the token's hash) and drops expired ones. */
  addSignIn(signIn: { tokenHash: string; userId: string; expiresAt: string }, now: string): Promise<void>;
  removeSignIn(tokenHash: string): Promise<void>;
  /** The user a sign-in belongs to and when it expires. */
  findSignIn(tokenHash: string): Promise<{ user: UserRow; expiresAt: string } | undefined>;
  /** Replaces the password and ends every other sign-in of the account, together. */
  changePassword(userId: string, passwordHash: string, keepTokenHash: string): Promise<void>;
}

export interface TurnClaim {
  sessionId: string;
  holder: string;
  /** ISO time the claim lapses unless renewed. */
  until: string;
}

export interface SessionStore {
  createSession(session: NewPracticeSession): Promise<PracticeSessionRow>;
  findOwnedSession(userId: string, sessionId: string): Promise<PracticeSessionRow | undefined>;
  findSession(sessionId: string): Promise<PracticeSessionRow | undefined>;
  sessionStatus(sessionId: string): Promise<PracticeSessionRow['status'] | undefined>;
  listOwnedSessions(userId: string): Promise<PracticeSessionRow[]>;
  loadTurns(sessionId: string): Promise<TurnRow[]>;
  lastTurn(sessionId: string): Promise<TurnRow | undefined>;
  /** Whether the learner has said anything at all in the session (a learner turn with some text). */
  learnerSpoke(sessionId: string): Promise<boolean>;
  /** Stores a turn if the session is still active, checked in the same write; null when it has ended. */
  appendTurn(turn: NewTurn): Promise<TurnRow | null>;
  /** Adds the classified acts, the affect after the turn and engine detail to a stored learner turn. */
  completeAnalysis(turnId: number, analysis: Pick<TurnRow, 'acts' | 'affect' | 'meta'>): Promise<TurnRow>;
  findTurn(sessionId: string, index: number): Promise<TurnRow | undefined>;
  /** Rewrites a stored turn's text or engine detail (a reply cut off, a spoken turn's timings). */
  updateTurn(turnId: number, patch: Partial<Pick<TurnRow, 'text' | 'meta'>>): Promise<TurnRow>;
  /** Removes the turns after `index` (replies the learner never heard); returns how many went. */
  deleteTurnsAfter(sessionId: string, index: number): Promise<number>;
  /**
   * Takes the session's turn for `claim.holder` if nobody holds it (or a holder's time ran out): one turn at a time
   * per session, across every instance. False when another holds it.
   */
  claimTurn(claim: TurnClaim, now: string): Promise<boolean>;
  /** Extends a held turn; false if it is no longer this holder's. */
  renewTurn(claim: TurnClaim): Promise<boolean>;
  releaseTurn(sessionId: string, holder: string): Promise<void>;
  /**
   * Ends an active session in one write: `leftReason` decides, from whether the learner spoke, if it is left
   * ungraded; otherwise its grading job is queued. Returns the session as it now is (unchanged if already ended).
   */
  endSession(
    sessionId: string,
    at: string,
    leftReason: (learnerSpoke: boolean) => LeftReason | null,
  ): Promise<PracticeSessionRow | undefined>;
  /** Per session of one learner: model turns and tokens (newest session first). */
  usageByLearner(userId: string): Promise<SessionUsageRow[]>;
  /** Model turns and tokens across every learner. */
  usageTotals(): Promise<{ modelTurns: number; promptTokens: number; completionTokens: number }>;
}

export interface SessionUsageRow {
  sessionId: string;
  scenarioId: string;
  createdAt: string;
  modelTurns: number;
  promptTokens: number;
  completionTokens: number;
}

export interface JobLease {
  sessionId: string;
  owner: string;
  /** ISO time the lease lapses unless renewed; then any worker may take the job. */
  until: string;
}

export interface GradingStore {
  /**
   * Takes the oldest job that is pending, or running under a lease that ran out, for `owner` until `until`. Exactly
   * one worker gets each job. Returns it with its failed attempts so far.
   */
  claimNextJob(owner: string, now: string, until: string): Promise<GradingJobRow | undefined>;
  /** Extends a lease; false if the job is no longer this owner's. */
  renewLease(lease: JobLease): Promise<boolean>;
  /** Stores the report if the lease is still held; false (nothing stored) if another worker took the job. */
  finishJob(
    lease: JobLease,
    result: { report: Record<string, unknown>; promptTokens: number; completionTokens: number },
    at: string,
  ): Promise<boolean>;
  /** Hands a job back to the queue without counting an attempt (the database was too busy to store its report). */
  releaseJob(lease: JobLease, at: string): Promise<void>;
  /** Counts a failed attempt: back to pending, or `failed` for good. */
  failJob(lease: JobLease, error: string, giveUp: boolean, at: string): Promise<void>;
  /** Drops a session's job; marks the session left (no words) if it was not already marked. */
  dropJob(sessionId: string, markNoWords: boolean): Promise<void>;
  jobFor(sessionId: string): Promise<GradingJobRow | undefined>;
}

export interface RatingStore {
  skillRatings(userId: string): Promise<SkillRatingRow[]>;
  saveSkillRating(
    row: SkillRatingRow,
    history: { sessionId: string | null; outcome: number | null },
  ): Promise<void>;
  history(userId: string): Promise<SkillHistoryRow[]>;
  /** Whether a graded session has already moved the ratings (so a resumed job does not count twice). */
  sessionApplied(sessionId: string): Promise<boolean>;
  /** The learner's most recent graded sessions, newest first, each with the outcomes it produced per skill. */
  recentGradedSessions(
    userId: string,
    limit: number,
  ): Promise<
    { id: string; scenarioId: string; level: number; outcomes: { skill: string; outcome: number }[] }[]
  >;
  variantRating(scenarioId: string, level: number): Promise<ScenarioRatingRow | undefined>;
  saveVariantRating(row: ScenarioRatingRow): Promise<void>;
}

/** What an attempt is counted against: failed sign-ins per account and per address, registrations per address. */
export type AttemptScope = 'sign-in-account' | 'sign-in-address' | 'registration-address';

/**
 * Recent attempts per scope and key, for sliding-window limits that every instance shares. Keys (emails, addresses)
 * are stored only as their SHA-256 hash. Times are ISO-8601 text, compared as text.
 */
export interface AttemptStore {
  /** Times of the newest attempts under `key` after `since`, newest first, at most `limit` of them. */
  recent(scope: AttemptScope, key: string, since: string, limit: number): Promise<string[]>;
  /**
   * Counts an attempt at `at` unless `limit` attempts under its key already fall after `since`: the count and the
   * insert are one write, so simultaneous attempts cannot all slip under the limit. When refused, nothing is stored
   * and `recent` holds the times that refused it, newest first.
   */
  take(
    attempt: { scope: AttemptScope; key: string; at: string },
    since: string,
    limit: number,
  ): Promise<{ taken: true } | { taken: false; recent: string[] }>;
  /** Removes the newest attempt under `key`. */
  removeLatest(scope: AttemptScope, key: string): Promise<void>;
  /** Removes every attempt under `key`. */
  removeAll(scope: AttemptScope, key: string): Promise<void>;
  /** Deletes the attempts in `scope` at or before `before` (they have left the window), so the table stays small. */
  prune(scope: AttemptScope, before: string): Promise<void>;
}

export interface CohortLearnerRow {
  id: string;
  name: string;
  /** Sessions ended and graded (not left). */
  completedSessions: number;
  /** The latest start or end of any of their sessions; null before their first. */
  lastActiveAt: string | null;
}

/** Cohorts, who instructs them and who joined them. */
export interface CohortStore {
  /** Stores the cohort and its creator as its first instructor, together. */
  createCohort(cohort: CohortRow, instructorId: string): Promise<CohortRow>;
  findCohort(cohortId: string): Promise<CohortRow | undefined>;
  findByInviteCode(inviteCode: string): Promise<CohortRow | undefined>;
  /** Every cohort, oldest first (for admins). */
  listAll(): Promise<CohortRow[]>;
  /** The cohorts the user instructs, oldest first. */
  listInstructed(userId: string): Promise<CohortRow[]>;
  /** The cohorts the user joined, oldest first. */
  listJoined(userId: string): Promise<CohortRow[]>;
  isInstructor(cohortId: string, userId: string): Promise<boolean>;
  isMember(cohortId: string, userId: string): Promise<boolean>;
  /** Whether the learner is a member of any cohort the instructor instructs. */
  instructsLearner(instructorId: string, learnerId: string): Promise<boolean>;
  /** Adds an instructor; false when they already were one. */
  addInstructor(cohortId: string, userId: string, at: string): Promise<boolean>;
  /** Adds a learner; joining twice changes nothing (the first join's time stays). */
  join(cohortId: string, userId: string, at: string): Promise<void>;
  instructors(cohortId: string): Promise<{ id: string; name: string }[]>;
  /** The cohort's learners with their activity, by name. */
  learners(cohortId: string): Promise<CohortLearnerRow[]>;
  /** The stored skill ratings of every learner in the cohort. */
  learnerSkillRatings(cohortId: string): Promise<SkillRatingRow[]>;
}

export interface AssignmentStore {
  createAssignment(assignment: AssignmentRow): Promise<AssignmentRow>;
  /** A cohort's assignments, oldest first. */
  forCohort(cohortId: string): Promise<AssignmentRow[]>;
  /** The assignments of every cohort the learner joined, oldest first, with the cohort's name. */
  forLearner(userId: string): Promise<(AssignmentRow & { cohortName: string })[]>;
}

/** The record of who read whose data. Append-only. */
export interface AuditStore {
  record(event: NewAuditEvent): Promise<void>;
  /**
   * Events newest first, at most `limit`, only those older than event `before` when given; with the names of the actor
   * and subject while their accounts exist.
   */
  list(
    limit: number,
    before?: number,
  ): Promise<(AuditEventRow & { actorName: string | null; subjectName: string | null })[]>;
}

export interface Stores {
  accounts: AccountStore;
  sessions: SessionStore;
  grading: GradingStore;
  ratings: RatingStore;
  attempts: AttemptStore;
  cohorts: CohortStore;
  assignments: AssignmentStore;
  audit: AuditStore;
  comments: CommentStore;
  reviews: ReviewStore;
  scores: ScoreStore;
  learnerData: LearnerDataStore;
  xapiOutbox: XapiOutboxStore;
  /**
   * Runs `work` as one write: everything it does through the stores it is handed lands together or not at all, and
   * no other writer's change comes between its reads and writes. `work` must wait on nothing but the stores.
   */
  atomically<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
  /** Answers when the database does. */
  ping(): Promise<void>;
}
