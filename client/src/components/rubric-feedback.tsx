// One rubric's feedback: its overall score, then each item with its score, suggestion and quoted evidence.

import type { RubricReport } from '../../../server/protocol.ts';
import { formatPercent } from '../state/feedback.ts';
import { FeedbackItem } from './feedback-item.tsx';

interface Props {
  rubric: RubricReport;
  describeTurn: (index: number) => string;
  onCite: (index: number) => void;
}

export function RubricFeedback({ rubric, describeTurn, onCite }: Props) {
  const titleId = `rubric-${rubric.rubricId}`;
  return (
    <section className="card rubric" aria-labelledby={titleId} data-testid={`rubric-${rubric.rubricId}`}>
      <div className="rubric-head">
        <h3 id={titleId}>{rubric.title}</h3>
        {rubric.overall === null ? (
          <span className="rubric-overall muted" data-testid="rubric-overall">
            not assessed
          </span>
        ) : (
          <span className="rubric-overall" data-testid="rubric-overall">
            {formatPercent(rubric.overall)}
          </span>
        )}
      </div>
      {rubric.overall !== null && (
        <meter
          className="bar"
          min={0}
          max={1}
          value={rubric.overall}
          aria-label={`${rubric.title}: ${formatPercent(rubric.overall)} overall`}
        />
      )}
      <ol className="feedback-items">
        {rubric.items.map((item) => (
          <li key={item.id}>
            <FeedbackItem item={item} describeTurn={describeTurn} onCite={onCite} />
          </li>
        ))}
      </ol>
      <p className="rubric-source muted small">Based on {rubric.source}</p>
    </section>
  );
}
