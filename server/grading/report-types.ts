// The grading report: per rubric an overall score and per item a score, verbatim evidence and a suggestion.

import type { ConversationMetrics, Quote } from './features.ts';

export interface ItemReport {
  id: string;
  title: string;
  scale: 'binary' | 'ordinal';
  weight: number;
  /** In [0,1], or null when not assessed. */
  score: number | null;
  /** How the score was reached: the detectors, the judge, or both combined. */
  assessedBy: 'detector' | 'judge' | 'combined' | null;
  evidence: Quote[];
  /** One concrete next step for this learner, or null when there is nothing to improve. */
  suggestion: string | null;
  /** Why the item has no score. */
  notAssessed: string | null;
}

export interface RubricReport {
  rubricId: string;
  title: string;
  source: string;
  /** Weighted mean of the assessed items, or null when none was assessed. */
  overall: number | null;
  items: ItemReport[];
}

export type GradingMode = 'offline' | 'judge' | 'offline-after-judge-failure';

export interface GradingReport {
  version: 1;
  mode: GradingMode;
  /** Set when the judge was configured but could not be used. */
  note: string | null;
  rubrics: RubricReport[];
  metrics: ConversationMetrics;
}
