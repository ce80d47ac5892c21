// The thin React binding of the cohort store, as bedside-context.ts is of the learner store.

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CohortState } from '../state/cohort-state.ts';
import type { CohortActions, CohortStore } from '../state/cohort-store.ts';

export const CohortContext = createContext<CohortStore | null>(null);

/** Selects from the cohort store; the selector must return stable values (state slices or actions). */
export function useCohorts<T>(selector: (state: CohortState & CohortActions) => T): T {
  const store = useContext(CohortContext);
  if (!store) throw new Error('useCohorts needs a CohortContext provider');
  return useStore(store, selector);
}
