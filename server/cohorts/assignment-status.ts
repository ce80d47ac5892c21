// Where a learner stands on an assignment, read from their sessions: the one rule the list and any page share.

import type { AssignmentStatus } from './cohort-types.ts';

export interface AssignmentTerms {
  scenarioId: string;
  /** When set, only sessions at this level count. */
  difficulty: number | null;
  dueAt: string | null;
  createdAt: string;
}

export interface SessionFacts {
  scenarioId: string;
  difficulty: number;
  status: 'active' | 'ended';
  /** Set for a session left ungraded (opted out, or no words): it never completes an assignment. */
  leftReason: string | null;
  createdAt: string;
}

/**
 * The status from the learner's sessions on the assignment's scenario (and level, when it names one) started since it
 * was made: completed once one of them ended graded; otherwise overdue past the due date, in progress once one was
 * started, else not started. `sessions` counts those sessions. Times are ISO-8601 UTC, compared as text.
 */
export function assignmentStatus(
  terms: AssignmentTerms,
  sessions: readonly SessionFacts[],
  now: string,
): { status: AssignmentStatus; sessions: number } {
  const relevant = sessions.filter(
    (s) =>
      s.scenarioId === terms.scenarioId &&
      (terms.difficulty === null || s.difficulty === terms.difficulty) &&
      s.createdAt >= terms.createdAt,
  );
  const completed = relevant.some((s) => s.status === 'ended' && s.leftReason === null);
  const status: AssignmentStatus = completed
    ? 'completed'
    : terms.dueAt !== null && now > terms.dueAt
      ? 'overdue'
      : relevant.length > 0
        ? 'in_progress'
        : 'not_started';
  return { status, sessions: relevant.length };
}
