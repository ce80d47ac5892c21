// One rubric item: how it went, what to try next time, and the learner's own words as evidence.

import type { ItemReport } from '../../../server/protocol.ts';
import { type ScoreLabel, scoreLabel } from '../state/feedback.ts';
import { useTurnReferences } from './use-turn-references.ts';

interface Props {
  item: ItemReport;
  describeTurn: (index: number) => string;
  onCite: (index: number) => void;
}

const SCORE_CLASS: Record<ScoreLabel, string> = {
  Done: 'score-done',
  Partly: 'score-partly',
  'Not done': 'score-not-done',
  'Not assessed': 'score-not-assessed',
};

export function FeedbackItem({ item, describeTurn, onCite }: Props) {
  const label = scoreLabel(item.score);
  // The grader counts every turn; the learner finds their own lines by number and time.
  const references = useTurnReferences();
  const readable = (text: string) => (references ? references.rewrite(text) : text);
  return (
    <div className="feedback-item" data-testid={`feedback-item-${item.id}`} data-score={label}>
      <div className="feedback-item-head">
        <h4>{item.title}</h4>
        <span className={`score ${SCORE_CLASS[label]}`} data-testid="item-score">
          {label}
        </span>
      </div>
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
