// Token use by the character model, per session and per learner, from the stored turns.

import { errors } from '../domain-errors.ts';
import type { SessionUsageRow, Stores } from '../stores/ports.ts';

export interface UsageTotals {
  modelTurns: number;
  promptTokens: number;
  completionTokens: number;
}

export type SessionUsage = SessionUsageRow;

export interface LearnerUsage {
  userId: string;
  total: UsageTotals;
  sessions: SessionUsage[];
}

/** Per-session and total model usage of one learner (404 for an unknown user). */
export async function learnerUsage(stores: Stores, userId: string): Promise<LearnerUsage> {
  if (!(await stores.accounts.findById(userId))) throw errors.notFound('User');
  const sessions = await stores.sessions.usageByLearner(userId);
  const total = sessions.reduce<UsageTotals>(
    (acc, s) => ({
      modelTurns: acc.modelTurns + s.modelTurns,
      promptTokens: acc.promptTokens + s.promptTokens,
      completionTokens: acc.completionTokens + s.completionTokens,
    }),
    { modelTurns: 0, promptTokens: 0, completionTokens: 0 },
  );
  return { userId, total, sessions };
}

/** Totals across every learner, for admins. */
export function instanceUsage(stores: Stores): Promise<UsageTotals> {
  return stores.sessions.usageTotals();
}
