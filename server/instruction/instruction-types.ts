// The wire types of instructing a cohort: comments on turns, grader reviews, grader agreement and a cohort's overview.
// Re-exported by `server/protocol.ts`, so this file imports nothing but other wire types.

import type { ItemReport, RubricReport } from '../grading/report-types.ts';

/** An instructor's (or admin's) comment on one turn, shown with the session to its learner and instructors. */
export interface CommentDto {
  id: string;
  turnIndex: number;
  text: string;
  createdAt: string;
  /** Who wrote it; null once their account is gone. */
  authorName: string | null;
}

/** An instructor's verdict on one automatically scored item, shown beside the grader's score. */
export interface ItemReviewDto {
  rubricId: string;
  itemId: string;
  /** Whether the reviewer agrees with the grader's score. */
  agree: boolean;
  /** The reviewer's own score on the item's scale (binary: 0 or 1; ordinal: 0, 0.5 or 1); null when not given. */
  score: number | null;
  note: string | null;
  /** The grader's score when it was reviewed. */
  automaticScore: number | null;
  reviewerName: string | null;
  updatedAt: string;
}

/** A report item with the reviews of it. */
export interface ReviewedItemReport extends ItemReport {
  reviews: ItemReviewDto[];
}

export interface ReviewedRubricReport extends Omit<RubricReport, 'items'> {
  items: ReviewedItemReport[];
}

/** `GET /api/grader/agreement`: per rubric item, how many automatic scores were reviewed and the share agreed with. */
export interface GraderAgreementDto {
  items: {
    rubricId: string;
    itemId: string;
    /** The item's title in the loaded rubrics; null for an item no longer in them. */
    title: string | null;
    reviewed: number;
    /** Agreed ÷ reviewed, in [0, 1]. */
    agreedShare: number;
  }[];
  reviewed: number;
  agreedShare: number | null;
}

/** One rubric item across a cohort: how its scores spread, and its mean. */
export interface ItemDistributionDto {
  rubricId: string;
  /** The rubric's title in the loaded rubrics, to head its chart; null for a rubric no longer in them. */
  rubricTitle: string | null;
  itemId: string;
  /** The item's title in the loaded rubrics; null for an item no longer in them. */
  title: string | null;
  /** Scored sessions (with those kept, anonymised, of learners who deleted their accounts). */
  sessions: number;
  mean: number;
  /** Sessions per fifth of the score range: [0, 0.2), [0.2, 0.4), [0.4, 0.6), [0.6, 0.8), [0.8, 1]. */
  bands: [number, number, number, number, number];
}

/** `GET /api/cohorts/:id/overview`, for the cohort's instructors and admins. */
export interface CohortOverviewDto {
  cohort: { id: string; name: string };
  learners: number;
  completion: {
    /** Learner-assignment pairs completed ÷ all of them; null without assignments or learners. */
    overall: number | null;
    assignments: {
      id: string;
      scenarioId: string;
      difficulty: number | null;
      dueAt: string | null;
      completed: number;
      inProgress: number;
      overdue: number;
      notStarted: number;
      /** completed ÷ learners; null without learners. */
      share: number | null;
    }[];
  };
  /** Every item scored in the cohort, by rubric and the rubric's own order. */
  items: ItemDistributionDto[];
  /** The items with the lowest mean score (at least one scored session), hardest first; at most five. */
  hardest: ItemDistributionDto[];
  /** Per week (Monday, UTC) with rating changes: the mean of each learner's last rating that week, per skill. */
  skillsOverTime: { week: string; skills: Record<string, { mean: number; learners: number }> }[];
  learnerSummaries: {
    id: string;
    name: string;
    /** Sessions ended and graded. */
    completed: number;
    /** Sessions started, ended or not (left ones included). */
    started: number;
    lastActiveAt: string | null;
    /** Each graded session's mean overall score, oldest first. */
    trajectory: { sessionId: string; scenarioId: string; at: string; score: number | null }[];
  }[];
}
