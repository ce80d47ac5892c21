// The stores behind instructing a cohort, the learner's own data and the xAPI outbox (issue 14), one per aggregate,
// kept beside ports.ts so that file stays a list. Implemented once for SQLite and Postgres in drizzle/.

import type { itemReviews, sessionComments, xapiOutbox } from '../db/schema.ts';

export type SessionCommentRow = typeof sessionComments.$inferSelect;
export type ItemReviewRow = typeof itemReviews.$inferSelect;
export type XapiOutboxRow = typeof xapiOutbox.$inferSelect;
export type NewXapiStatement = Pick<XapiOutboxRow, 'id' | 'userId' | 'statement' | 'createdAt'>;

/** An instructor's comment with its author's name (null once their account is gone). */
export type CommentWithAuthor = SessionCommentRow & { authorName: string | null };
export type ReviewWithReviewer = ItemReviewRow & { reviewerName: string | null };

export interface CommentStore {
  addComment(comment: SessionCommentRow): Promise<SessionCommentRow>;
  /** A session's comments, oldest first. */
  forSession(sessionId: string): Promise<CommentWithAuthor[]>;
  /** Every comment on any of the learner's sessions, oldest first. */
  forLearner(userId: string): Promise<CommentWithAuthor[]>;
}

export interface ReviewStore {
  /** Stores the reviewer's verdict on an item, replacing theirs if they had one (one per item per reviewer). */
  saveReview(review: ItemReviewRow): Promise<ItemReviewRow>;
  /** A session's reviews, oldest first. */
  forSession(sessionId: string): Promise<ReviewWithReviewer[]>;
  /** Every review of the learner's reports, oldest first. */
  forLearner(userId: string): Promise<ReviewWithReviewer[]>;
  /** Per rubric item, every review in the deployment: how many, and how many agreed with the grader. */
  agreement(): Promise<{ rubricId: string; itemId: string; reviewed: number; agreed: number }[]>;
}

/** The scores of one stored report, per rubric: its overall and each item's. */
export interface ReportScores {
  rubricId: string;
  overall: number | null;
  items: { itemId: string; score: number | null }[];
}

/** A cohort learner's session, as its aggregates need it. */
export interface CohortSessionRow {
  id: string;
  userId: string;
  scenarioId: string;
  difficulty: number;
  status: 'active' | 'ended';
  leftReason: string | null;
  createdAt: string;
  endedAt: string | null;
  /** The mean of its rubrics' overall scores; null until graded (or when nothing was assessed). */
  meanOverall: number | null;
}

/** Sessions (and, for departed learners, anonymised sessions) with an item's score in one band. */
export interface ItemBandRow {
  rubricId: string;
  itemId: string;
  /** 0 to 4: the fifth of [0, 1] the score falls in (see scoreBand). */
  band: number;
  sessions: number;
  scoreSum: number;
}

/** Which fifth of [0, 1] a score falls in: 0 below 0.2, …, 4 from 0.8 (1 included). */
export function scoreBand(score: number): number {
  return score >= 0.8 ? 4 : score >= 0.6 ? 3 : score >= 0.4 ? 2 : score >= 0.2 ? 1 : 0;
}

/** Each report's scores copied into rows, and a cohort's aggregates read from them. */
export interface ScoreStore {
  /** Stores a report's rubric and item scores (inside the write that stores the report); again is a no-op. */
  saveReportScores(sessionId: string, scores: readonly ReportScores[]): Promise<void>;
  /** Reports stored before scores were copied out: up to `limit` of them, to copy now. */
  reportsWithoutScores(limit: number): Promise<{ sessionId: string; report: Record<string, unknown> }[]>;
  /** Every session of the cohort's learners, with its mean overall score. */
  cohortSessions(cohortId: string): Promise<CohortSessionRow[]>;
  /** Per rubric item and score band, the cohort's scored sessions, with what it kept of departed learners. */
  cohortItemBands(cohortId: string): Promise<ItemBandRow[]>;
  /** The rubric and item scores of every session of the cohort's learners. */
  cohortScores(cohortId: string): Promise<{
    rubrics: { sessionId: string; rubricId: string; overall: number | null }[];
    items: { sessionId: string; rubricId: string; itemId: string; score: number | null }[];
  }>;
  /** Every skill rating change of the cohort's learners from graded sessions, oldest first. */
  cohortSkillHistory(
    cohortId: string,
  ): Promise<{ userId: string; skill: string; rating: number; at: string }[]>;
  /**
   * Folds the learner's item scores into the anonymised aggregates of every cohort they are in (before their account
   * is deleted, in the same write).
   */
  retainAnonymised(userId: string): Promise<void>;
}

/** The learner's own data, read whole for an export, and deleted whole with the account. */
export interface LearnerDataStore {
  /** The learner's graded reports by session id. */
  reports(
    userId: string,
  ): Promise<{ sessionId: string; status: string; report: Record<string, unknown> | null }[]>;
  /**
   * Deletes the account and, by cascade, everything that is the learner's: sign-ins, sessions, turns, reports,
   * ratings, memberships, queued xAPI statements. Checked inside the write: the last admin is kept.
   */
  deleteAccount(userId: string): Promise<'deleted' | 'last_admin' | 'not_found'>;
}

export interface XapiLease {
  owner: string;
  /** ISO time the lease lapses; then another sender may take the statement. */
  until: string;
}

export interface XapiOutboxStore {
  /** Queues statements (inside the write of the event they describe). */
  enqueue(statements: readonly NewXapiStatement[]): Promise<void>;
  /**
   * Leases up to `limit` pending statements that are due (or whose lease ran out), oldest first, to `lease.owner`.
   * Each statement is leased to one sender at a time.
   */
  claimDue(lease: XapiLease, now: string, limit: number): Promise<XapiOutboxRow[]>;
  /** Extends the owner's leases on the given statements. */
  renew(ids: readonly string[], lease: XapiLease): Promise<void>;
  /** The store has it: delivered. False when the lease was lost meanwhile (another sender has it). */
  delivered(id: string, owner: string, at: string): Promise<boolean>;
  /** A failed attempt: pending again from `nextAttemptAt`, or `rejected` for good (a statement the store refuses). */
  failed(
    id: string,
    owner: string,
    failure: { error: string; nextAttemptAt: string; reject: boolean },
  ): Promise<void>;
  /** Removes statements delivered before `before`. */
  pruneDelivered(before: string): Promise<void>;
  /** How many statements are in each state. */
  counts(): Promise<Record<XapiOutboxRow['status'], number>>;
}
