// The thin React binding of the privacy store, as cohort-context.ts is of the cohort store.

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PrivacyActions, PrivacyState, PrivacyStore } from '../state/privacy-store.ts';

export const PrivacyContext = createContext<PrivacyStore | null>(null);

/** Selects from the privacy store; the selector must return stable values (state slices or actions). */
export function usePrivacy<T>(selector: (state: PrivacyState & PrivacyActions) => T): T {
  const store = useContext(PrivacyContext);
  if (!store) throw new Error('usePrivacy needs a PrivacyContext provider');
  return useStore(store, selector);
}
