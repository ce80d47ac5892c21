// The wire types of cohorts and instruction as the client reads them: re-exported from `server/protocol.ts`, with
// the session and report as the learner's own calls type them, plus what the instruction routes add to them.

import type {
  CommentDto,
  GradingReport,
  ItemReport,
  ItemReviewDto,
  RubricReport,
  SessionWithTurnsDto,
} from '../../../server/protocol.ts';

export type {
  AssignmentDto,
  AssignmentStatus,
  CohortDetailDto,
  CohortDto,
  CohortLearnerDto,
  CohortOverviewDto,
  CommentDto,
  GraderAgreementDto,
  ItemDistributionDto,
  ItemReviewDto,
  JoinedCohortDto,
  LearnerAssignmentDto,
} from '../../../server/protocol.ts';

/** A session as read back, with its instructors' comments (optional: the learner's store types it without them). */
export type CommentedSession = SessionWithTurnsDto & { comments?: CommentDto[] };

/** A report item with the reviews of it (optional, as the learner's store types the report without them). */
export type ReviewedItem = ItemReport & { reviews?: ItemReviewDto[] };
export type ReviewedRubric = Omit<RubricReport, 'items'> & { items: ReviewedItem[] };
export type ReviewedReport = Omit<GradingReport, 'rubrics'> & { rubrics: ReviewedRubric[] };
