// Grader review as the pages show it: the scores an item's scale allows, and an instructor's verdict beside the
// automatic score, in words. No React here.

import type { ItemReport } from '../../../server/protocol.ts';
import type { CommentDto, CommentedSession, ItemReviewDto, ReviewedItem } from '../api/instruction-wire.ts';
import { scoreLabel } from './feedback.ts';

/** The scores a reviewer may give an item, with their words: binary items are done or not, ordinal ones also partly. */
export function scaleChoices(scale: ItemReport['scale']): { score: number; label: string }[] {
  const choices = [0, ...(scale === 'ordinal' ? [0.5] : []), 1];
  return choices.map((score) => ({ score, label: scoreLabel(score) }));
}

/** The reviews of an item, newest first (none from a server that predates reviews). */
export function reviewsOf(item: ReviewedItem): ItemReviewDto[] {
  return [...(item.reviews ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The score a reviewer settled on: the grader's when they agreed, else their own (null: not given). */
export function reviewedScore(review: ItemReviewDto): number | null {
  return review.agree ? review.automaticScore : review.score;
}

/** One line for a review: "Dr Okafor agrees: Done" or "Dr Okafor corrected it to Partly". */
export function describeReview(review: ItemReviewDto): string {
  const who = review.reviewerName ?? 'A former instructor';
  if (review.agree) return `${who} agrees: ${scoreLabel(review.automaticScore)}`;
  return review.score === null
    ? `${who} disagrees with the automatic score`
    : `${who} corrected it to ${scoreLabel(review.score)}`;
}

/** The session's comments by the 0-based turn index they are on, oldest first. */
export function commentsByTurn(
  session: CommentedSession | { comments: readonly CommentDto[] },
): Map<number, CommentDto[]> {
  const byTurn = new Map<number, CommentDto[]>();
  const sorted = [...(session.comments ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const comment of sorted) {
    byTurn.set(comment.turnIndex, [...(byTurn.get(comment.turnIndex) ?? []), comment]);
  }
  return byTurn;
}
