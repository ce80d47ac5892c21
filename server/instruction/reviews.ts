// Grader review: an instructor agrees with or corrects the automatic score of a report item. Reviews are shown to the
// learner beside the automatic score, and every review in the deployment adds to the grader's measured agreement.

import type { Rubric } from '../content/rubric-schema.ts';
import { errors } from '../domain-errors.ts';
import type { GradingReport, ItemReport } from '../grading/report-types.ts';
import type { IdSource } from '../ports.ts';
import type { UserDto } from '../protocol.ts';
import type { ReviewWithReviewer } from '../stores/instruction-ports.ts';
import type { Stores } from '../stores/ports.ts';
import type { GraderAgreementDto, ItemReviewDto, ReviewedRubricReport } from './instruction-types.ts';
import { annotatableSession, type InstructionDeps, recordAnnotation } from './session-standing.ts';

export interface ReviewInput {
  agree: boolean;
  score?: number | undefined;
  note?: string | undefined;
  /** Needed only when two of the report's rubrics have an item with this id. */
  rubricId?: string | undefined;
}

/** The scores an item's scale allows. */
const SCALE_SCORES: Record<ItemReport['scale'], readonly number[]> = { binary: [0, 1], ordinal: [0, 0.5, 1] };

export function toReviewDto(row: ReviewWithReviewer): ItemReviewDto {
  return {
    rubricId: row.rubricId,
    itemId: row.itemId,
    agree: row.agree,
    score: row.score,
    note: row.note,
    automaticScore: row.automaticScore,
    reviewerName: row.reviewerName,
    updatedAt: row.updatedAt,
  };
}

/**
 * Stores the viewer's review of one item of the session's report, replacing theirs if sent again. 404 (the session)
 * for anyone but the learner's instructors and admins, 404 for an item the report lacks, 409 before it is graded,
 * 422 for a score off the item's scale.
 */
export async function reviewItem(
  deps: InstructionDeps & { ids: IdSource },
  viewer: UserDto,
  sessionId: string,
  itemId: string,
  input: ReviewInput,
): Promise<ItemReviewDto> {
  const session = await annotatableSession(deps, viewer, sessionId);
  if (session.status !== 'ended') throw errors.sessionActive();
  const job = await deps.stores.grading.jobFor(session.id);
  const report = job?.status === 'done' ? (job.report as unknown as GradingReport | null) : null;
  if (!report) throw errors.notFound('Report');
  const matches = report.rubrics.flatMap((rubric) =>
    rubric.items
      .filter(
        (item) => item.id === itemId && (input.rubricId === undefined || rubric.rubricId === input.rubricId),
      )
      .map((item) => ({ rubricId: rubric.rubricId, item })),
  );
  const [match, ...others] = matches;
  if (!match) throw errors.notFound('Report item');
  if (others.length > 0) throw errors.validation('rubricId: two rubrics have this item; name the rubric');
  if (input.score !== undefined && !SCALE_SCORES[match.item.scale].includes(input.score)) {
    throw errors.validation(
      `score: one of ${SCALE_SCORES[match.item.scale].join(', ')} on this item's scale`,
    );
  }
  const at = deps.clock.now().toISOString();
  // The review and its audit record land together.
  const row = await deps.stores.atomically(async (tx) => {
    const stored = await tx.reviews.saveReview({
      id: deps.ids.newId(),
      sessionId: session.id,
      rubricId: match.rubricId,
      itemId,
      reviewerId: viewer.id,
      agree: input.agree,
      automaticScore: match.item.score,
      score: input.score ?? null,
      note: input.note ?? null,
      createdAt: at,
      updatedAt: at,
    });
    await recordAnnotation({ ...deps, stores: tx }, viewer, session, 'item_reviewed');
    return stored;
  });
  return toReviewDto({ ...row, reviewerName: viewer.name });
}

/** The report with each item's reviews beside its automatic score. */
export function withReviews(
  report: GradingReport,
  reviews: readonly ReviewWithReviewer[],
): Omit<GradingReport, 'rubrics'> & { rubrics: ReviewedRubricReport[] } {
  return {
    ...report,
    rubrics: report.rubrics.map((rubric) => ({
      ...rubric,
      items: rubric.items.map((item) => ({
        ...item,
        reviews: reviews
          .filter((r) => r.rubricId === rubric.rubricId && r.itemId === item.id)
          .map(toReviewDto),
      })),
    })),
  };
}

/** A stored report as the learner and their instructors read it: with the reviews of its items. */
export async function reviewedReport(stores: Stores, sessionId: string, report: Record<string, unknown>) {
  return withReviews(report as unknown as GradingReport, await stores.reviews.forSession(sessionId));
}

/** Per rubric item, how many automatic scores were reviewed across the deployment and the share agreed with. */
export async function graderAgreement(
  stores: Stores,
  rubrics: readonly Rubric[],
): Promise<GraderAgreementDto> {
  const rows = await stores.reviews.agreement();
  const titleOf = (rubricId: string, itemId: string) =>
    rubrics.find((r) => r.id === rubricId)?.items.find((i) => i.id === itemId)?.title ?? null;
  const reviewed = rows.reduce((n, row) => n + row.reviewed, 0);
  const agreed = rows.reduce((n, row) => n + row.agreed, 0);
  return {
    items: rows.map((row) => ({
      rubricId: row.rubricId,
      itemId: row.itemId,
      title: titleOf(row.rubricId, row.itemId),
      reviewed: row.reviewed,
      agreedShare: row.agreed / row.reviewed,
    })),
    reviewed,
    agreedShare: reviewed > 0 ? agreed / reviewed : null,
  };
}
