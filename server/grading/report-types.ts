// The grading report: per rubric an overall score and per item a score, verbatim evidence and a suggestion, plus the
// conversation's deterministic metrics. Wire types (re-exported by `server/protocol.ts`), so this file imports nothing.

/** A verbatim excerpt of the transcript, with the turn it comes from. */
export interface Quote {
  turn: number;
  quote: string;
  /**
   * Whether the quote shows the item's behaviour (true) or its absence or opposite (false): a missed emotional
   * moment, a threat. Absent on quotes that only illustrate (a long turn, the news).
   */
  shows?: boolean;
}

export type EmotionKind = 'fear' | 'sadness' | 'anger' | 'shock' | 'despair';

export interface EmotionalMoment {
  turn: number;
  speaker: string;
  kind: EmotionKind;
  cue: string;
  /** The learner's next turn, if any, and how it met the moment. */
  responseTurn: number | null;
  response: 'continuer' | 'terminator' | 'neutral' | 'none';
}

export interface ConversationMetrics {
  learnerTurns: number;
  learnerWords: number;
  otherWords: number;
  learnerWordShare: number | null;
  learnerSecondsShare: number | null;
  openQuestions: number;
  closedQuestions: number;
  openQuestionShare: number | null;
  simpleReflections: number;
  complexReflections: number;
  reflectionToQuestion: number | null;
  affirmations: number;
  summaries: number;
  empathy: Record<'naming' | 'understanding' | 'respecting' | 'supporting' | 'exploring', number>;
  emotionalMoments: EmotionalMoment[];
  jargonCount: number;
  jargonTerms: string[];
  firstPerceptionTurn: number | null;
  firstNewsTurn: number | null;
  newsBeforePerception: boolean | null;
  warningShotBeforeNews: boolean | null;
  wordsPerTurnWhileGivingNews: number | null;
  prematureReassurances: number;
  threatsOrCommands: number;
  dismissive: number;
  interruptions: number | null;
  longSilences: number | null;
  turnsToFirstEmpathy: number | null;
  secondsToFirstEmpathy: number | null;
}

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
