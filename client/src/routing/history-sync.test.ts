// The address bar follows the store: opened pages push entries, sign-in and a session's ending replace them, Back
// opens the page its address names, and the first page is the one the address asked for.

import { describe, expect, it } from 'vitest';
import type { ScenarioDto, SessionDto, UserDto } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { createBedsideStore } from '../state/store.ts';
import { session } from '../state/test-builders.ts';
import { type BrowserHistory, syncHistory } from './history-sync.ts';

const user: UserDto = { id: 'u1', email: 'l@example.org', name: 'Dr L', role: 'learner' };
const scenario = { id: 'breaking-news-cancer', title: 'Results day' } as unknown as ScenarioDto;

/** A browser tab's history: a list of addresses and the one showing. */
function fakeBrowser(start: string) {
  const entries = [start];
  let at = 0;
  const listeners = new Set<() => void>();
  const locate = () => {
    const [pathname = '/', query] = (entries[at] ?? '/').split('?');
    return { pathname, search: query ? `?${query}` : '' };
  };
  const browser: BrowserHistory = {
    get location() {
      return locate();
    },
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(at + 1, entries.length, url);
        at += 1;
      },
      replaceState: (_d, _u, url) => {
        entries[at] = url;
      },
    },
    addEventListener: (_t, listener) => listeners.add(listener),
    removeEventListener: (_t, listener) => listeners.delete(listener),
    scrollTo: () => {},
  };
  const go = (step: number) => {
    at += step;
    for (const listener of listeners) listener();
  };
  return { browser, entries, at: () => at, back: () => go(-1), forward: () => go(1) };
}

function fakeApi(signedIn: boolean): BedsideApi {
  let who = signedIn ? user : null;
  let status: SessionDto['status'] = 'active';
  return {
    me: async () => who,
    login: async () => {
      who = user;
      return user;
    },
    listScenarios: async () => [scenario],
    listSessions: async () => [],
    getProgress: async () => null,
    createSession: async () => session,
    getSession: async () => ({ ...session, status, turns: [] }),
    endSession: async () => {
      status = 'ended';
      return { ...session, status };
    },
    getReport: async () => ({ status: 'running', retryAfterMs: 1000 }),
  } as unknown as BedsideApi;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('syncHistory', () => {
  it('gives lobby, pre-brief and session an entry each; Back and Forward open them; ending replaces the live one', async () => {
    const tab = fakeBrowser('/');
    const store = createBedsideStore(fakeApi(true), { comfortStorage: null });
    syncHistory(store, tab.browser);
    await settle();
    expect(store.getState().view).toEqual({ name: 'lobby' });

    store.getState().openPrebrief(scenario.id);
    await store.getState().startSession(2);
    expect(tab.entries).toEqual(['/', '/scenarios/breaking-news-cancer', '/sessions/s1']);

    tab.back();
    await settle();
    expect(store.getState().view).toEqual({ name: 'prebrief', scenarioId: scenario.id });
    tab.forward();
    await settle();
    expect(store.getState().view).toEqual({ name: 'conversation', sessionId: 's1' });
    expect(tab.entries).toHaveLength(3);

    await store.getState().endSession();
    expect(tab.entries).toEqual(['/', '/scenarios/breaking-news-cancer', '/sessions/s1/feedback']);
    tab.back();
    await settle();
    expect(store.getState().view.name).toBe('prebrief');
  });

  it('keeps a deep link through sign-in without adding an entry', async () => {
    const tab = fakeBrowser('/sessions/s1');
    const store = createBedsideStore(fakeApi(false), { comfortStorage: null });
    syncHistory(store, tab.browser);
    await settle();
    expect(store.getState().view.name).toBe('auth');
    await store.getState().signIn({ email: user.email, password: 'x' });
    expect(store.getState().view).toEqual({ name: 'conversation', sessionId: 's1' });
    expect(tab.entries).toEqual(['/sessions/s1']);
  });

  it('replaces the live address of an ended session with its feedback, and keeps an unknown address', async () => {
    const api = fakeApi(true);
    await api.endSession('s1');
    const tab = fakeBrowser('/sessions/s1');
    const store = createBedsideStore(api, { comfortStorage: null });
    syncHistory(store, tab.browser);
    await settle();
    expect(tab.entries).toEqual(['/sessions/s1/feedback']);

    const lost = fakeBrowser('/no/such/page');
    const other = createBedsideStore(fakeApi(true), { comfortStorage: null });
    syncHistory(other, lost.browser);
    await settle();
    expect(other.getState().view).toEqual({ name: 'not-found' });
    expect(lost.entries).toEqual(['/no/such/page']);
  });
});
