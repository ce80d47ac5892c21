// The ended page's feedback: a waiting line while the session is graded, then each rubric and the key metrics.

import type { GradingMode } from '../../../server/protocol.ts';
import type { Feedback } from '../state/feedback.ts';
import { useBedside } from './bedside-context.ts';
import { FeedbackMetrics } from './feedback-metrics.tsx';
import { RubricFeedback } from './rubric-feedback.tsx';

interface Props {
  /** Names a cited turn for its evidence button, e.g. `You, turn 3`. */
  describeTurn: (index: number) => string;
  /** Highlights a cited turn in the transcript and brings it into view. */
  onCite: (index: number) => void;
}

export function FeedbackSection({ describeTurn, onCite }: Props) {
  const feedback = useBedside((s) => s.feedback);
  const retryFeedback = useBedside((s) => s.retryFeedback);
  if (!feedback) return null;

  return (
    <section className="feedback" aria-labelledby="feedback-title" data-testid="feedback">
      <h2 id="feedback-title">Feedback</h2>
      {/* One live region throughout, so the change from waiting to ready is announced. */}
      <p
        role="status"
        className={feedback.status === 'grading' ? 'feedback-waiting' : 'visually-hidden'}
        data-testid="feedback-status"
      >
        {feedback.status === 'grading' && <span className="spinner" aria-hidden="true" />}
        {statusText(feedback)}
      </p>
      {feedback.status === 'unavailable' && (
        <div className="card feedback-unavailable" data-testid="feedback-unavailable">
          <p>{feedback.message}</p>
          <button type="button" onClick={retryFeedback}>
            Try again
          </button>
        </div>
      )}
      {feedback.status === 'ready' && (
        <>
          {feedback.report.note && (
            <p className="banner banner-notice" data-testid="feedback-note">
              {feedback.report.note}
            </p>
          )}
          <p className="muted small">{modeText(feedback.report.mode)}</p>
          <FeedbackMetrics metrics={feedback.report.metrics} />
          <ul className="rubric-list">
            {feedback.report.rubrics.map((rubric) => (
              <li key={rubric.rubricId}>
                <RubricFeedback rubric={rubric} describeTurn={describeTurn} onCite={onCite} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function statusText(feedback: Feedback): string {
  switch (feedback.status) {
    case 'grading':
      return 'Grading your conversation…';
    case 'ready':
      return 'Your feedback is ready.';
    case 'unavailable':
      return 'Feedback is not available yet.';
    case 'left':
      return 'This session was left, so it has no feedback or score.';
  }
}

function modeText(mode: GradingMode): string {
  switch (mode) {
    case 'offline':
      return 'Scored by the rule-based grader: quotes are the phrases it matched.';
    case 'judge':
      return 'Scored by an AI judge together with the rule-based grader.';
    case 'offline-after-judge-failure':
      return 'Scored by the rule-based grader, as the AI judge could not be used.';
  }
}
