// The wire types of instructing a cohort that the client reads. Part of them (comments, reviews, the overview) is
// being added to `server/protocol.ts`; until it exports them, their shapes are declared here, as the issue gives them.

import type {
  GradingReport,
  ItemReport,
  RubricReport,
  SessionWithTurnsDto,
} from '../../../server/protocol.ts';

export type {
  AssignmentDto,
  AssignmentStatus,
  CohortDetailDto,
  CohortDto,
  CohortLearnerDto,
  JoinedCohortDto,
  LearnerAssignmentDto,
} from '../../../server/protocol.ts';

/** An instructor's comment on one turn. */
export interface CommentDto {
  id: string;
  turnIndex: number;
  text: string;
  createdAt: string;
  authorName: string | null;
}

/** An instructor's verdict on one automatically scored item. */
export interface ItemReviewDto {
  rubricId: string;
  itemId: string;
  agree: boolean;
  score: number | null;
  note: string | null;
  automaticScore: number | null;
  reviewerName: string | null;
  updatedAt: string;
}

export interface GraderAgreementDto {
  items: { rubricId: string; itemId: string; title: string | null; reviewed: number; agreedShare: number }[];
  reviewed: number;
  agreedShare: number | null;
}

export interface ItemDistributionDto {
  rubricId: string;
  itemId: string;
  title: string | null;
  sessions: number;
  mean: number;
  bands: [number, number, number, number, number];
}

export interface CohortOverviewDto {
  cohort: { id: string; name: string };
  learners: number;
  completion: {
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
      share: number | null;
    }[];
  };
  items: ItemDistributionDto[];
  hardest: ItemDistributionDto[];
  skillsOverTime: { week: string; skills: Record<string, { mean: number; learners: number }> }[];
  learnerSummaries: {
    id: string;
    name: string;
    completed: number;
    started: number;
    lastActiveAt: string | null;
    trajectory: { sessionId: string; scenarioId: string; at: string; score: number | null }[];
  }[];
}

/** A session as read with its instructors' comments (absent from servers that predate comments). */
export type CommentedSession = SessionWithTurnsDto & { comments?: CommentDto[] };

/** A report item with the reviews of it (absent from servers that predate reviews). */
export type ReviewedItem = ItemReport & { reviews?: ItemReviewDto[] };
export type ReviewedRubric = Omit<RubricReport, 'items'> & { items: ReviewedItem[] };
export type ReviewedReport = Omit<GradingReport, 'rubrics'> & { rubrics: ReviewedRubric[] };
