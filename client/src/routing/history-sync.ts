// Keeps the browser's address and history in step with the store's page: a page the learner opens gets a history
// entry, Back and Forward open the page their address names, and the first page is the one the address asked for.

import type { View } from '../state/bedside-state.ts';
import type { BedsideStore } from '../state/store.ts';
import { addressOf, pageOf, showsAddress } from './routes.ts';

/** The part of `window` the router uses, so tests can hand it a fake. */
export interface BrowserHistory {
  location: { pathname: string; search: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  scrollTo(x: number, y: number): void;
}

/** Starts the store on the page the address names and follows it from then on; returns the way to stop. */
export function syncHistory(store: BedsideStore, browser: BrowserHistory = window): () => void {
  // While the store opens a page the address asked for, any change of address it makes (an ended session's live
  // address becoming its feedback) replaces that entry rather than adding one after it.
  let openingFromAddress = 0;
  const openFromAddress = (work: () => Promise<void>): void => {
    openingFromAddress += 1;
    void work().finally(() => {
      openingFromAddress -= 1;
    });
  };
  const here = () => pageOf(browser.location.pathname, browser.location.search);
  const onPopState = () => openFromAddress(() => store.getState().openRoute(here()));

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    const href = addressOf(state.view);
    if (href === null || showsAddress(href, browser.location)) return;
    if (openingFromAddress > 0 || replaces(previous.view, state.view)) {
      browser.history.replaceState(null, '', href);
      return;
    }
    browser.history.pushState(null, '', href);
    // A new page starts at its top, as a followed link does.
    browser.scrollTo(0, 0);
  });
  browser.addEventListener('popstate', onPopState);
  openFromAddress(() => store.getState().start(here()));
  return () => {
    unsubscribe();
    browser.removeEventListener('popstate', onPopState);
  };
}

/**
 * Moves that stand in for the page before rather than following it: signing in (or being sent to), and a
 * session's live page becoming its feedback, so Back does not return to a conversation that has ended.
 */
export function replaces(previous: View, next: View): boolean {
  if (previous.name === 'starting' || previous.name === 'auth' || next.name === 'auth') return true;
  return previous.name === 'conversation' && next.name === 'ended' && previous.sessionId === next.sessionId;
}
