// The realism probe sets whose findings have been read, oldest first: what the learned topic and harm models train
// on. The newest held-out set (SETS.heldout in run.ts) is never among them: it stays the measure. The order is the
// training order, so changing it changes the models.

export const READ_REALISM_SETS: readonly string[] = [
  'evals/realism/conversations',
  'evals/realism/own',
  'evals/realism/heldout',
  ...Array.from({ length: 17 }, (_, i) => `evals/realism/heldout-${i + 2}`),
];
