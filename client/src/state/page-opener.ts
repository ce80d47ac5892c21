// Opening a page: who may see it, what it needs loaded first, and "not found" for an address that names nothing
// this person can see. The store's actions and the router both open pages through here.

import type { SessionWithTurnsDto } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { AuthMode, BedsideState, InstructorView, PageView, View } from './bedside-state.ts';
import { instructs } from './cohort-state.ts';
import { conversationFrom } from './conversation.ts';

/** What opening pages needs of the store. */
export interface PageOpenerDeps {
  api: BedsideApi;
  get(): BedsideState;
  set(change: Partial<BedsideState>): void;
  /** Abandons a reply in flight. */
  stopStream(): void;
  /** Loads the scenarios, the learner's sessions and their progress. */
  loadLobby(): Promise<void>;
  /** Starts waiting for an ended session's report (or says it was left). */
  watchFeedback(session: SessionWithTurnsDto): void;
}

export interface PageOpener {
  /** Opens a page for the signed-in person (sign-in first, if nobody is); `loaded`: the lobby's lists are fresh. */
  open(page: PageView, loaded?: boolean): Promise<void>;
  /** Opens a page whose data another store loads (it follows the view). */
  openPage(view: InstructorView | { name: 'my-data' }): void;
  /** A session by id: live, it resumes where it was; ended, its read-back; another's, not found. */
  showSession(sessionId: string): Promise<void>;
  /** Lets go of what the page showing holds: a reply in flight stops, a conversation or read-back goes. */
  leavePage(): void;
}

export function createPageOpener({
  api,
  get,
  set,
  stopStream,
  loadLobby,
  watchFeedback,
}: PageOpenerDeps): PageOpener {
  /** What a page left behind: a reply in flight stops, a conversation or read-back is let go. */
  const leavePage = (): void => {
    stopStream();
    set({ conversation: null, ended: null, feedback: null, citedTurn: null, error: null, notice: null });
  };

  /** Opens a page whose data another store loads (it follows the view). */
  const openPage = (view: InstructorView | { name: 'my-data' }): void => {
    leavePage();
    set({ view });
  };

  const notFound = (): void => {
    leavePage();
    set({ view: { name: 'not-found' } });
  };

  /**
   * Whether the session is the signed-in person's own. The API answers 404 for a learner's look at another's
   * session, but lets an instructor read their learners' (the replay's way in), so for them the list decides.
   */
  const ownSession = async (sessionId: string): Promise<boolean> => {
    if (!instructs(get().user)) return true;
    if (get().sessions.some((s) => s.id === sessionId)) return true;
    const sessions = await api.listSessions();
    set({ sessions });
    return sessions.some((s) => s.id === sessionId);
  };

  /** A session by id: live, it resumes where it was; ended, its read-back; another's (404), not found. */
  const showSession = async (sessionId: string): Promise<void> => {
    const { view, conversation } = get();
    if (view.name === 'conversation' && conversation?.session.id === sessionId) return;
    if (!(await ownSession(sessionId))) return notFound();
    let session: Awaited<ReturnType<BedsideApi['getSession']>>;
    try {
      session = await api.getSession(sessionId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return notFound();
      throw error;
    }
    leavePage();
    if (session.status === 'ended') {
      set({ view: { name: 'ended', sessionId }, ended: session });
      watchFeedback(session);
    } else {
      set({
        view: { name: 'conversation', sessionId },
        conversation: conversationFrom(session, session.turns),
      });
    }
  };

  /** Opens a page for the signed-in person (sign-in first, if nobody is); `loaded`: the lobby's lists are fresh. */
  const open = async (page: PageView, loaded = false): Promise<void> => {
    const user = get().user;
    if (!user) {
      set({ view: authView('sign-in', page) });
      return;
    }
    switch (page.name) {
      case 'lobby':
      case 'progress':
        leavePage();
        set({ view: page });
        if (!loaded) await loadLobby();
        return;
      case 'prebrief':
        if (get().scenarios.length === 0) set({ scenarios: await api.listScenarios() });
        if (!get().scenarios.some((s) => s.id === page.scenarioId)) return notFound();
        leavePage();
        set({ view: page });
        return;
      case 'conversation':
      case 'ended':
        return showSession(page.sessionId);
      case 'my-data':
        return openPage(page);
      case 'cohorts':
      case 'cohort':
      case 'replay':
        return instructs(user) ? openPage(page) : notFound();
      case 'users':
      case 'audit':
        return user.role === 'admin' ? openPage(page) : notFound();
      case 'not-found':
        return notFound();
    }
  };

  return { open, openPage, showSession, leavePage };
}

/** The sign-in page, remembering the page to open after (the lobby needs no remembering). */
export function authView(mode: AuthMode, returnTo: PageView | undefined): View {
  return returnTo && returnTo.name !== 'lobby' ? { name: 'auth', mode, returnTo } : { name: 'auth', mode };
}

/** The page showing, if it is one with an address. */
export function pageShowing(view: View): PageView | undefined {
  return view.name === 'starting' || view.name === 'auth' ? undefined : view;
}
