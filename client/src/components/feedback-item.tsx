// One rubric item: how it went, what to try next time, and the learner's own words as evidence.

import type { ItemReviewDto, ReviewedItem } from '../api/instruction-wire.ts';
import { type ScoreLabel, scoreLabel } from '../state/feedback.ts';
import { describeReview, reviewedScore, reviewsOf } from '../state/reviews.ts';
import type { TurnReferences } from '../state/turn-references.ts';
import { useTurnReferences } from './use-turn-references.ts';

interface Props {
  /** The item, with its instructors' reviews when there are any. */
  item: ReviewedItem;
  describeTurn: (index: number) => string;
  onCite: (index: number) => void;
  /** The turns' references; by default those of the session on the ended page. */
  references?: TurnReferences | null;
}

export const SCORE_CLASS: Record<ScoreLabel, string> = {
  Done: 'score-done',
  Partly: 'score-partly',
  'Not done': 'score-not-done',
  'Not assessed': 'score-not-assessed',
};

export function FeedbackItem({ item, describeTurn, onCite, references: given }: Props) {
  const label = scoreLabel(item.score);
  // The grader counts every turn; the learner finds their own lines by number and time.
  const ended = useTurnReferences();
  const references = given === undefined ? ended : given;
  const readable = (text: string) => (references ? references.rewrite(text) : text);
  const reviews = reviewsOf(item);
  return (
    <div className="feedback-item" data-testid={`feedback-item-${item.id}`} data-score={label}>
      <div className="feedback-item-head">
        <h4>{item.title}</h4>
        <span className={`score ${SCORE_CLASS[label]}`} data-testid="item-score">
          {reviews.length > 0 && <span className="score-source">Automatic: </span>}
          {label}
        </span>
      </div>
      {reviews.length > 0 && <ItemReviews reviews={reviews} />}
      {item.suggestion && (
        <p className="suggestion" data-testid="suggestion">
          <span className="suggestion-label">Next time: </span>
          {readable(item.suggestion)}
        </p>
      )}
      {item.score === null && item.notAssessed && <p className="muted small">{readable(item.notAssessed)}</p>}
      {item.evidence.length > 0 && (
        <ul className="evidence" aria-label={`Evidence for ${item.title}`}>
          {item.evidence.map((quote) => (
            <li key={`${quote.turn}:${quote.quote}`}>
              <button
                type="button"
                className="quote"
                onClick={() => onCite(quote.turn)}
                data-testid="evidence-quote"
                data-turn={quote.turn}
              >
                <q>{quote.quote}</q>
                <span className="quote-turn">{describeTurn(quote.turn)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The instructors' verdicts beside the automatic score: their score, who gave it, and their note. */
export function ItemReviews({ reviews }: { reviews: readonly ItemReviewDto[] }) {
  return (
    <ul className="item-reviews" aria-label="Instructor review">
      {reviews.map((review) => {
        const label = scoreLabel(reviewedScore(review));
        return (
          <li key={`${review.reviewerName}:${review.updatedAt}`} data-testid="item-review">
            <span className={`score ${SCORE_CLASS[label]}`} data-testid="review-score">
              <span className="score-source">Instructor: </span>
              {label}
            </span>{' '}
            <span className="small">{describeReview(review)}</span>
            {review.note && <p className="review-note small">“{review.note}”</p>}
          </li>
        );
      })}
    </ul>
  );
}
