// Relational schema, kept plain so a Postgres deployment stays a configuration change.

import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ClassifiedAct } from '../content/acts.ts';
import type { SceneAffect } from '../content/affect-types.ts';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['learner', 'instructor', 'admin'] }).notNull(),
  createdAt: createdAt(),
});

/** Sign-in sessions; only a hash of the cookie token is stored. */
export const authSessions = sqliteTable(
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
export const practiceSessions = sqliteTable(
  'practice_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    difficulty: integer('difficulty').notNull(),
    status: text('status', { enum: ['active', 'ended'] }).notNull(),
    /**
     * Why an ended session was left ungraded: the learner opted out, or it ended before they said a word. Such a
     * session has no report and counts nowhere (progress, ratings, the policy's history). Null: graded as usual.
     */
    leftReason: text('left_reason', { enum: ['opted_out', 'no_words'] }),
    /** Ids of the characters in the room at this difficulty. */
    presentCharacters: text('present_characters', { mode: 'json' }).$type<string[]>().notNull(),
    initialAffect: text('initial_affect', { mode: 'json' }).$type<SceneAffect>().notNull(),
    createdAt: text('created_at').notNull(),
    endedAt: text('ended_at'),
    /**
     * The turn being answered, in the database so that every instance sees it: who holds it and until when. A
     * holder that died lets go when its time runs out.
     */
    turnHolder: text('turn_holder'),
    turnHeldUntil: text('turn_held_until'),
  },
  (t) => [index('practice_sessions_user_idx').on(t.userId, t.createdAt)],
);

export const turns = sqliteTable(
  'turns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    index: integer('turn_index').notNull(),
    speaker: text('speaker').notNull(),
    text: text('text').notNull(),
    acts: text('acts', { mode: 'json' }).$type<ClassifiedAct[]>().notNull(),
    affect: text('affect', { mode: 'json' }).$type<SceneAffect>().notNull(),
    source: text('source', { enum: ['typed', 'voice', 'offline', 'llm', 'offline-fallback'] }).notNull(),
    interrupted: integer('interrupted', { mode: 'boolean' }).notNull().default(false),
    /** For replies voiced by a model: which model, tokens, and ms from the request to the first and last token. */
    model: text('model'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    firstTokenMs: real('first_token_ms'),
    lastTokenMs: real('last_token_ms'),
    /** Engine detail for this turn (intent, band, revealed fact); free-form JSON for later analysis. */
    meta: text('meta', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    createdAt: text('created_at').notNull(),
    completedAt: text('completed_at').notNull(),
  },
  (t) => [uniqueIndex('turns_session_index_uq').on(t.sessionId, t.index)],
);

/** One grading job per ended session; the report is kept with it. Unfinished jobs resume at start. */
export const gradingJobs = sqliteTable(
  'grading_jobs',
  {
    sessionId: text('session_id')
      .primaryKey()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    /** `failed` only when even the detectors-only report could not be made (a bug): kept for an operator. */
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] }).notNull(),
    /** Attempts that failed or ran to the detectors-only last one; a lease that ran out is not counted. */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The worker grading it now and until when; a worker that died loses the job when its lease runs out. */
    leaseOwner: text('lease_owner'),
    leaseUntil: text('lease_until'),
    report: text('report', { mode: 'json' }).$type<Record<string, unknown>>(),
    judgePromptTokens: integer('judge_prompt_tokens'),
    judgeCompletionTokens: integer('judge_completion_tokens'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('grading_jobs_status_idx').on(t.status)],
);

/** What the learner model believes about one learner's skill now. */
export const skillRatings = sqliteTable(
  'skill_ratings',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    rating: real('rating').notNull(),
    uncertainty: real('uncertainty').notNull(),
    sessions: integer('sessions').notNull().default(0),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skill] })],
);

/** Every rating change, with the graded session and outcome behind it, for the progress chart. */
export const skillRatingHistory = sqliteTable(
  'skill_rating_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    sessionId: text('session_id').references(() => practiceSessions.id, { onDelete: 'set null' }),
    outcome: real('outcome'),
    rating: real('rating').notNull(),
    uncertainty: real('uncertainty').notNull(),
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
export const scenarioRatings = sqliteTable(
  'scenario_ratings',
  {
    scenarioId: text('scenario_id').notNull(),
    difficulty: integer('difficulty').notNull(),
    rating: real('rating').notNull(),
    uncertainty: real('uncertainty').notNull(),
    sessions: integer('sessions').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.difficulty] })],
);

/**
 * Recent attempts at what is limited per account or address (failed sign-ins, registrations), in the database so
 * that every instance counts the same ones. The key (an email, an address) is kept only as its SHA-256 hash, and
 * attempts that have left their window are deleted.
 */
export const attempts = sqliteTable(
  'attempts',
  {
    /** Random: a row's identity only, with no sequence to run out or contend on. */
    id: text('id').primaryKey(),
    scope: text('scope', { enum: ['sign-in-account', 'sign-in-address', 'registration-address'] }).notNull(),
    keyHash: text('key_hash').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('attempts_scope_key_at_idx').on(t.scope, t.keyHash, t.at)],
);

/** A course's group of learners, with the code that lets them join. */
export const cohorts = sqliteTable(
  'cohorts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Random, URL-safe and unguessable: whoever has it may join the cohort. */
    inviteCode: text('invite_code').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('cohorts_invite_code_uq').on(t.inviteCode)],
);

/** Who instructs each cohort: its creator first, others added later. They read its learners' sessions and progress. */
export const cohortInstructors = sqliteTable(
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
export const cohortMembers = sqliteTable(
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
export const assignments = sqliteTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    /** 1 to 3; null leaves the level to the learner. */
    difficulty: integer('difficulty'),
    dueAt: text('due_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('assignments_cohort_idx').on(t.cohortId, t.createdAt)],
);

/**
 * Every read of another person's data (an instructor or admin opening a learner's session, report or progress, or a
 * cohort's summary): who, what, whose, when. No foreign keys: the record outlives the accounts it names.
 */
export const auditEvents = sqliteTable('audit_events', {
  /** In the order written: the log pages newest first by it. */
  id: integer('id').primaryKey({ autoIncrement: true }),
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
  /** Whose data; null for a whole cohort's. */
  subjectUserId: text('subject_user_id'),
  /** The session or cohort read. */
  targetId: text('target_id').notNull(),
});

export type UserRow = typeof users.$inferSelect;
export type PracticeSessionRow = typeof practiceSessions.$inferSelect;
export type TurnRow = typeof turns.$inferSelect;

/** An instructor's (or admin's) note on one turn of a learner's session, shown to the learner with the session. */
export const sessionComments = sqliteTable(
  'session_comments',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    /** Null once the author's account is gone: the comment stays with the learner's session. */
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    turnIndex: integer('turn_index').notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('session_comments_session_idx').on(t.sessionId, t.createdAt)],
);

/**
 * An instructor's verdict on one automatically scored rubric item: agree, or a corrected score. One per item per
 * reviewer, replaced when sent again. Reviews outlive their reviewer's account (the labelled set keeps growing).
 */
export const itemReviews = sqliteTable(
  'item_reviews',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    itemId: text('item_id').notNull(),
    reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    agree: integer('agree', { mode: 'boolean' }).notNull(),
    /** The grader's score when it was reviewed (null: it was not assessed). */
    automaticScore: real('automatic_score'),
    /** The reviewer's own score, on the item's scale; null when they only agreed or disagreed. */
    score: real('score'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('item_reviews_one_per_reviewer_uq').on(t.sessionId, t.rubricId, t.itemId, t.reviewerId),
    index('item_reviews_item_idx').on(t.rubricId, t.itemId),
  ],
);

/** Each graded session's overall score per rubric, copied out of its report when stored, for cohort aggregates. */
export const reportRubricScores = sqliteTable(
  'report_rubric_scores',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    overall: real('overall'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.rubricId] })],
);

/** Each graded session's score per rubric item (null: not assessed), copied out of its report when stored. */
export const reportItemScores = sqliteTable(
  'report_item_scores',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    itemId: text('item_id').notNull(),
    score: real('score'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.rubricId, t.itemId] })],
);

/**
 * What a cohort keeps of the learners who deleted their accounts: per rubric item and score band, how many sessions
 * and the sum of their scores. Nothing in it names or leads back to a person or a session.
 */
export const cohortRetainedScores = sqliteTable(
  'cohort_retained_scores',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    rubricId: text('rubric_id').notNull(),
    itemId: text('item_id').notNull(),
    /** 0 to 4: the fifth of [0, 1] the score fell in (1 itself in the last). */
    band: integer('band').notNull(),
    sessions: integer('sessions').notNull(),
    scoreSum: real('score_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.rubricId, t.itemId, t.band] })],
);

/**
 * xAPI statements waiting to be sent to the learning record store, written in the same write as the event they
 * describe. Leased to one sender at a time (several instances share the table); the id is the statement's own, so a
 * statement sent twice after a lost answer is recognised by the store.
 */
export const xapiOutbox = sqliteTable(
  'xapi_outbox',
  {
    id: text('id').primaryKey(),
    /** The learner the statement is about: their statements go with their account. */
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    statement: text('statement', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** `rejected`: the store refused it as malformed (400); kept for an operator, never sent again. */
    status: text('status', { enum: ['pending', 'delivered', 'rejected'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** Not sent before this time (backoff after a failure). */
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
