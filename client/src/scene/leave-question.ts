// Leaving a session asks first, on the page and in the headset alike: "End this session?" or "Opt out of this
// session?". One question at a time: asking one closes the other, so a single confirmation is ever on show.

import { useCallback, useMemo, useState } from 'react';

/** The two ways out of a session: ending it (feedback follows) or opting out (not graded, not counted). */
export type LeaveKind = 'end' | 'opt-out';

export interface LeaveQuestion {
  /** The question open now, if any. */
  asking: LeaveKind | null;
  ask(kind: LeaveKind): void;
  /** Takes the step asked about. */
  confirm(): void;
  /** Keeps the learner in the session. */
  cancel(): void;
}

/** The open question and its answers: `leave[kind]` takes the step; `afterCancel` learns which question was closed. */
export function useLeaveQuestion(
  leave: Readonly<Record<LeaveKind, () => void>>,
  afterCancel?: (kind: LeaveKind) => void,
): LeaveQuestion {
  const [asking, setAsking] = useState<LeaveKind | null>(null);
  const confirm = useCallback(() => {
    if (asking) leave[asking]();
  }, [asking, leave]);
  const cancel = useCallback(() => {
    setAsking(null);
    if (asking) afterCancel?.(asking);
  }, [asking, afterCancel]);
  return useMemo(() => ({ asking, ask: setAsking, confirm, cancel }), [asking, confirm, cancel]);
}
