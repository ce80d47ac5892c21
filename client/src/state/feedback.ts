// The ended page's feedback as plain data, and how a grading report reads on screen. No React here.

import type { ConversationMetrics, GradingReport, LeftReason } from '../../../server/protocol.ts';

/**
 * Where the session's report has got to: being graded, ready, or given up on with a safe message; or the session
 * was left (opted out of, or ended before a word was said), so there is nothing to grade.
 */
export type Feedback =
  | { status: 'grading' }
  | { status: 'ready'; report: GradingReport }
  | { status: 'unavailable'; message: string }
  | { status: 'left'; reason: LeftReason };

export type ScoreLabel = 'Done' | 'Partly' | 'Not done' | 'Not assessed';

/** An item score in [0,1] as words; ordinal scores between the ends read as `Partly`. */
export function scoreLabel(score: number | null): ScoreLabel {
  if (score === null) return 'Not assessed';
  if (score >= 1) return 'Done';
  if (score <= 0) return 'Not done';
  return 'Partly';
}

/** A share in [0,1] as a whole percentage, e.g. `63%`. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export interface KeyMetric {
  id: string;
  label: string;
  value: string;
  detail: string | null;
}

/** The handful of conversation metrics shown beside the rubrics. */
export function keyMetrics(metrics: ConversationMetrics): KeyMetric[] {
  const reflections = metrics.simpleReflections + metrics.complexReflections;
  const moments = metrics.emotionalMoments;
  const met = moments.filter((m) => m.response === 'continuer').length;
  const terms = metrics.jargonTerms.slice(0, 3);
  return [
    {
      id: 'word-share',
      label: 'Your share of the words',
      value: metrics.learnerWordShare === null ? '–' : formatPercent(metrics.learnerWordShare),
      detail: `${metrics.learnerWords} of ${metrics.learnerWords + metrics.otherWords} words`,
    },
    {
      id: 'questions',
      label: 'Open vs closed questions',
      value: `${metrics.openQuestions} open · ${metrics.closedQuestions} closed`,
      detail: null,
    },
    {
      id: 'reflections',
      label: 'Reflections',
      value: String(reflections),
      detail: reflections > 0 ? `${metrics.complexReflections} complex` : null,
    },
    {
      id: 'continuers',
      label: 'Emotional moments met with a continuer',
      value: moments.length === 0 ? 'None noticed' : `${met} of ${moments.length}`,
      detail: null,
    },
    {
      id: 'jargon',
      label: 'Jargon',
      value: String(metrics.jargonCount),
      detail: terms.length > 0 ? terms.join(', ') : null,
    },
  ];
}
