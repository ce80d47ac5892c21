// A few numbers about how the conversation went: who talked, how they asked, and how emotion was met.

import type { ConversationMetrics } from '../../../server/protocol.ts';
import { keyMetrics } from '../state/feedback.ts';

export function FeedbackMetrics({ metrics }: { metrics: ConversationMetrics }) {
  return (
    <section className="card feedback-metrics" aria-labelledby="metrics-title" data-testid="feedback-metrics">
      <h3 id="metrics-title">At a glance</h3>
      <dl className="metrics">
        {keyMetrics(metrics).map((metric) => (
          <div key={metric.id} className="metric" data-testid={`metric-${metric.id}`}>
            <dt>{metric.label}</dt>
            <dd>
              <span className="metric-value">{metric.value}</span>
              {metric.detail && <span className="muted small">{metric.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
