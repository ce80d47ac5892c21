// The Postgres twin of ../schema.ts: same tables, columns and row types, so a store can hold rows from either.
// Ids and timestamps stay ISO-8601 text, as in SQLite; JSON becomes jsonb and ratings double precision.
// schema-parity.test.ts fails when the two drift apart.

import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ClassifiedAct } from '../../content/acts.ts';
import type { SceneAffect } from '../../content/affect-types.ts';

/** Milliseconds and a Z, exactly the shape SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') writes. */
const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** Inserts leave the id out, as with SQLite's autoincrement; the database numbers the row. */
const serialId = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['learner', 'instructor', 'admin'] }).notNull(),
  createdAt: createdAt(),
});

/** Sign-in sessions; only a hash of the cookie token is stored. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** One practice run of one learner on one scenario at one difficulty. */
export const practiceSessions = pgTable(
  'practice_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    difficulty: integer('difficulty').notNull(),
    status: text('status', { enum: ['active', 'ended'] }).notNull(),
    /** Why an ended session was left ungraded (see ../schema.ts). Null: graded as usual. */
    leftReason: text('left_reason', { enum: ['opted_out', 'no_words'] }),
    /** Ids of the characters in the room at this difficulty. */
    presentCharacters: jsonb('present_characters').$type<string[]>().notNull(),
    initialAffect: jsonb('initial_affect').$type<SceneAffect>().notNull(),
    createdAt: text('created_at').notNull(),
    endedAt: text('ended_at'),
    /** The turn being answered, held in the database so every instance sees it: who holds it and until when. */
    turnHolder: text('turn_holder'),
    turnHeldUntil: text('turn_held_until'),
  },
  (t) => [index('practice_sessions_user_idx').on(t.userId, t.createdAt)],
);

export const turns = pgTable(
  'turns',
  {
    id: serialId(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    index: integer('turn_index').notNull(),
    speaker: text('speaker').notNull(),
    text: text('text').notNull(),
    acts: jsonb('acts').$type<ClassifiedAct[]>().notNull(),
    affect: jsonb('affect').$type<SceneAffect>().notNull(),
    source: text('source', { enum: ['typed', 'voice', 'offline', 'llm', 'offline-fallback'] }).notNull(),
    interrupted: boolean('interrupted').notNull().default(false),
    /** For replies voiced by a model: which model, tokens, and ms from the request to the first and last token. */
    model: text('model'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    firstTokenMs: doublePrecision('first_token_ms'),
    lastTokenMs: doublePrecision('last_token_ms'),
    /** Engine detail for this turn (intent, band, revealed fact); free-form JSON for later analysis. */
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: text('created_at').notNull(),
    completedAt: text('completed_at').notNull(),
  },
  (t) => [uniqueIndex('turns_session_index_uq').on(t.sessionId, t.index)],
);

/** One grading job per ended session; the report is kept with it. Unfinished jobs resume at start. */
export const gradingJobs = pgTable(
  'grading_jobs',
  {
    sessionId: text('session_id')
      .primaryKey()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    /** `failed` only when even the detectors-only report could not be made (a bug): kept for an operator. */
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The worker grading it now and until when; a worker that died loses the job when its lease runs out. */
    leaseOwner: text('lease_owner'),
    leaseUntil: text('lease_until'),
    report: jsonb('report').$type<Record<string, unknown>>(),
    judgePromptTokens: integer('judge_prompt_tokens'),
    judgeCompletionTokens: integer('judge_completion_tokens'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('grading_jobs_status_idx').on(t.status)],
);

/** What the learner model believes about one learner's skill now. */
export const skillRatings = pgTable(
  'skill_ratings',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    rating: doublePrecision('rating').notNull(),
    uncertainty: doublePrecision('uncertainty').notNull(),
    sessions: integer('sessions').notNull().default(0),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skill] })],
);

/** Every rating change, with the graded session and outcome behind it, for the progress chart. */
export const skillRatingHistory = pgTable(
  'skill_rating_history',
  {
    id: serialId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    sessionId: text('session_id').references(() => practiceSessions.id, { onDelete: 'set null' }),
    outcome: doublePrecision('outcome'),
    rating: doublePrecision('rating').notNull(),
    uncertainty: doublePrecision('uncertainty').notNull(),
    at: text('at').notNull(),
  },
  // By session too: whether a graded session has moved the ratings yet is looked up on every report (and, on
  // Postgres, a scan of the whole table would make every two reports stored at once conflict).
  (t) => [
    index('skill_rating_history_user_idx').on(t.userId, t.at),
    index('skill_rating_history_session_idx').on(t.sessionId),
  ],
);

/** How hard each scenario variant (scenario at a level) has proved, learned from every learner's outcomes. */
export const scenarioRatings = pgTable(
  'scenario_ratings',
  {
    scenarioId: text('scenario_id').notNull(),
    difficulty: integer('difficulty').notNull(),
    rating: doublePrecision('rating').notNull(),
    uncertainty: doublePrecision('uncertainty').notNull(),
    sessions: integer('sessions').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.difficulty] })],
);

/** Recent attempts at what is limited per account or address (see ../schema.ts); the key only as its SHA-256 hash. */
export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    scope: text('scope', { enum: ['sign-in-account', 'sign-in-address', 'registration-address'] }).notNull(),
    keyHash: text('key_hash').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('attempts_scope_key_at_idx').on(t.scope, t.keyHash, t.at)],
);

/** A course's group of learners, with the code that lets them join (see ../schema.ts). */
export const cohorts = pgTable(
  'cohorts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    inviteCode: text('invite_code').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('cohorts_invite_code_uq').on(t.inviteCode)],
);

/** Who instructs each cohort. */
export const cohortInstructors = pgTable(
  'cohort_instructors',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: text('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] }), index('cohort_instructors_user_idx').on(t.userId)],
);

/** The learners who joined each cohort. */
export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: text('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] }), index('cohort_members_user_idx').on(t.userId)],
);

/** A scenario set for a cohort, at a level or not, by a date or not. */
export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    difficulty: integer('difficulty'),
    dueAt: text('due_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('assignments_cohort_idx').on(t.cohortId, t.createdAt)],
);

/** Every read of another person's data (see ../schema.ts); no foreign keys, so it outlives the accounts it names. */
export const auditEvents = pgTable('audit_events', {
  id: serialId(),
  at: text('at').notNull(),
  actorId: text('actor_id').notNull(),
  action: text('action', {
    enum: [
      'cohort_viewed',
      'sessions_listed',
      'session_viewed',
      'report_viewed',
      'progress_viewed',
      'session_commented',
      'item_reviewed',
      'cohort_exported',
      'account_deleted',
    ],
  }).notNull(),
  subjectUserId: text('subject_user_id'),
  targetId: text('target_id').notNull(),
});

export type UserRow = typeof users.$inferSelect;
export type PracticeSessionRow = typeof practiceSessions.$inferSelect;
export type TurnRow = typeof turns.$inferSelect;

/** An instructor's note on one turn of a learner's session (see ../schema.ts). */
export const sessionComments = pgTable(
  'session_comments',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    turnIndex: integer('turn_index').notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('session_comments_session_idx').on(t.sessionId, t.createdAt)],
);

/** An instructor's verdict on one automatically scored rubric item (see ../schema.ts). */
export const itemReviews = pgTable(
  'item_reviews',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    itemId: text('item_id').notNull(),
    reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    agree: boolean('agree').notNull(),
    automaticScore: doublePrecision('automatic_score'),
    score: doublePrecision('score'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('item_reviews_one_per_reviewer_uq').on(t.sessionId, t.rubricId, t.itemId, t.reviewerId),
    index('item_reviews_item_idx').on(t.rubricId, t.itemId),
  ],
);

/** Each graded session's overall score per rubric (see ../schema.ts). */
export const reportRubricScores = pgTable(
  'report_rubric_scores',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    overall: doublePrecision('overall'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.rubricId] })],
);

/** Each graded session's score per rubric item (see ../schema.ts). */
export const reportItemScores = pgTable(
  'report_item_scores',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    itemId: text('item_id').notNull(),
    score: doublePrecision('score'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.rubricId, t.itemId] })],
);

/** What a cohort keeps of learners who deleted their accounts, anonymised (see ../schema.ts). */
export const cohortRetainedScores = pgTable(
  'cohort_retained_scores',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    itemId: text('item_id').notNull(),
    band: integer('band').notNull(),
    sessions: integer('sessions').notNull(),
    scoreSum: doublePrecision('score_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.rubricId, t.itemId, t.band] })],
);

/** xAPI statements waiting to be sent (see ../schema.ts). */
export const xapiOutbox = pgTable(
  'xapi_outbox',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    statement: jsonb('statement').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'rejected'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: text('lease_until'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [
    index('xapi_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('xapi_outbox_user_idx').on(t.userId),
  ],
);
