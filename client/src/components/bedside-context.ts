// The thin React binding of the store: components read state through `useBedside` and call its actions.

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { BedsideState } from '../state/bedside-state.ts';
import type { BedsideActions, BedsideStore } from '../state/store.ts';

export const BedsideContext = createContext<BedsideStore | null>(null);

/** Selects from the store; the selector must return stable values (state slices or actions). */
export function useBedside<T>(selector: (state: BedsideState & BedsideActions) => T): T {
  const store = useContext(BedsideContext);
  if (!store) throw new Error('useBedside needs a BedsideContext provider');
  return useStore(store, selector);
}
