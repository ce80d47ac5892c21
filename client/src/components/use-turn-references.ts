// The ended session's turn references for any component on the ended page, built once per session read back.

import { useMemo } from 'react';
import { type TurnReferences, turnReferences } from '../state/turn-references.ts';
import { useBedside } from './bedside-context.ts';

/** References to the ended session's turns (learner line numbers and times), or null when no session has ended. */
export function useTurnReferences(): TurnReferences | null {
  const ended = useBedside((s) => s.ended);
  return useMemo(() => (ended ? turnReferences(ended) : null), [ended]);
}
