// The learner model's suggestion for the next practice: which scenario, at what level, and why.

import { useBedside } from './bedside-context.ts';

export function RecommendationCard() {
  const recommendation = useBedside((s) => s.progress?.recommendation ?? null);
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === recommendation?.scenarioId));
  const openRecommended = useBedside((s) => s.openRecommended);
  if (!recommendation || !scenario) return null;
  const level = scenario.difficulty.levels.find((l) => l.level === recommendation.difficulty);

  return (
    <section
      className="card recommendation"
      aria-labelledby="recommendation-title"
      data-testid="recommendation"
    >
      <p className="eyebrow">Recommended next</p>
      <h2 id="recommendation-title">{scenario.title}</h2>
      <p className="recommendation-level" data-testid="recommendation-level">
        Level {recommendation.difficulty}
        {level ? ` · ${level.label}` : ''}
      </p>
      <p className="muted" data-testid="recommendation-reason">
        {recommendation.reason}
      </p>
      <button
        type="button"
        className="button-primary"
        onClick={openRecommended}
        data-testid="recommendation-start"
      >
        Start<span className="visually-hidden">: {scenario.title}</span>
      </button>
    </section>
  );
}
