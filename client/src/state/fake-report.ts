// A small, valid grading report for tests: one rubric with a done, a partly and an unassessed item.

import type { ConversationMetrics, GradingReport } from '../../../server/protocol.ts';

const metrics: ConversationMetrics = {
  learnerTurns: 2,
  learnerWords: 30,
  otherWords: 70,
  learnerWordShare: 0.3,
  learnerSecondsShare: null,
  openQuestions: 1,
  closedQuestions: 2,
  openQuestionShare: 0.33,
  simpleReflections: 1,
  complexReflections: 1,
  reflectionToQuestion: 0.67,
  affirmations: 0,
  summaries: 0,
  empathy: { naming: 1, understanding: 0, respecting: 0, supporting: 0, exploring: 0 },
  emotionalMoments: [
    { turn: 1, speaker: 'patient', kind: 'fear', cue: 'scared', responseTurn: 2, response: 'continuer' },
    { turn: 3, speaker: 'patient', kind: 'sadness', cue: 'cry', responseTurn: null, response: 'none' },
  ],
  jargonCount: 1,
  jargonTerms: ['metastatic'],
  firstPerceptionTurn: 0,
  firstNewsTurn: 2,
  newsBeforePerception: false,
  warningShotBeforeNews: false,
  wordsPerTurnWhileGivingNews: 12,
  prematureReassurances: 0,
  threatsOrCommands: 0,
  dismissive: 0,
  interruptions: null,
  longSilences: null,
  turnsToFirstEmpathy: 2,
  secondsToFirstEmpathy: null,
};

export function fakeReport(overrides: Partial<GradingReport> = {}): GradingReport {
  return {
    version: 1,
    mode: 'offline',
    note: null,
    rubrics: [
      {
        rubricId: 'spikes',
        title: 'SPIKES',
        source: 'Baile et al. 2000',
        overall: 0.625,
        items: [
          {
            id: 'perception',
            title: 'Perception',
            scale: 'binary',
            weight: 1,
            score: 1,
            assessedBy: 'detector',
            evidence: [{ turn: 0, quote: 'What do you understand so far?' }],
            suggestion: null,
            notAssessed: null,
          },
          {
            id: 'knowledge',
            title: 'Knowledge',
            scale: 'ordinal',
            weight: 1,
            score: 0.5,
            assessedBy: 'detector',
            evidence: [{ turn: 2, quote: 'the results are not good' }],
            suggestion: 'Give a warning shot before the news.',
            notAssessed: null,
          },
          {
            id: 'strategy',
            title: 'Strategy',
            scale: 'binary',
            weight: 1,
            score: null,
            assessedBy: null,
            evidence: [],
            suggestion: null,
            notAssessed: 'The conversation ended before any plan.',
          },
        ],
      },
    ],
    metrics,
    ...overrides,
  };
}
