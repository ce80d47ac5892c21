// The client store: state plus the actions that move between pages and talk to the API.
// Built on zustand's vanilla store so a later 3D/XR view can drive the same machine.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LiveServerEvent, Progress, SessionDto } from '../../../server/protocol.ts';
import type { BedsideApi, Difficulty, SelfRatings } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { VoiceState } from '../voice/voice-state.ts';
import {
  type AuthMode,
  type BedsideState,
  type InstructorView,
  initialState,
  type PageView,
} from './bedside-state.ts';
import {
  browserComfortStorage,
  type Comfort,
  type ComfortStorage,
  readComfort,
  withComfort,
  writeComfort,
} from './comfort.ts';
import { conversationFrom } from './conversation.ts';
import { messageOf } from './error-message.ts';
import { authView, createPageOpener, pageShowing } from './page-opener.ts';
import { pollReport, type ReportPollOptions } from './report-poller.ts';
import { createTurnActions, type LiveTurnPort } from './turn-actions.ts';

export interface BedsideActions {
  /** Finds out who is signed in and opens the page asked for (the lobby by default), or sign-in first. */
  start(page?: PageView): Promise<void>;
  /**
   * Opens the page an address names, loading what it needs: a live session resumes with its transcript, an ended
   * one shows its feedback, and a page that does not exist or is not this person's shows as not found.
   */
  openRoute(page: PageView): Promise<void>;
  setAuthMode(mode: AuthMode): void;
  signIn(input: { email: string; password: string }): Promise<void>;
  register(input: { email: string; password: string; name: string; inviteCode?: string }): Promise<void>;
  signOut(): Promise<void>;
  /** Opens a scenario's pre-brief, with `difficulty` preselected when given. */
  openPrebrief(scenarioId: string, difficulty?: Difficulty): void;
  /** Opens the pre-brief of the recommended scenario at the recommended level. */
  openRecommended(): void;
  /** Sends the cold-start self-rating; the answer (or, if already rated, a fresh read) updates the progress. */
  saveSelfRating(ratings: SelfRatings): Promise<void>;
  /** Hides the self-rating card until the next sign-in. */
  skipSelfRating(): void;
  /** Leaves any page for the lobby, refreshing the lists; from the pre-brief this is the penalty-free opt-out. */
  backToLobby(): Promise<void>;
  startSession(difficulty: Difficulty): Promise<void>;
  /** Opens a session: the conversation if still active, else its read-back; not found if it is not the learner's. */
  openSession(sessionId: string): Promise<void>;
  setDraft(text: string): void;
  sendTurn(text: string): Promise<void>;
  endSession(): Promise<void>;
  /** Leaves the session without penalty: it ends ungraded and counts nowhere, as the pre-brief promises. */
  optOut(): Promise<void>;
  /** Asks for the ended session's report again, after polling gave up. */
  retryFeedback(): void;
  /** Points the ended page's transcript at one turn, as an evidence quote cites it. */
  citeTurn(index: number): void;
  dismissError(): void;
  /** Opens one of the instructor's pages (their data is loaded by the cohort store, which follows the view). */
  openInstructorPage(view: InstructorView): void;
  /** Opens the page of the signed-in person's own data. */
  openMyData(): void;
  /** The account was deleted: everything of it is dropped and the sign-in page shows. */
  accountDeleted(): void;
  /** Shows a failed request's safe message in the banner; a 401 sends the user to sign in. */
  showError(error: unknown): void;
  /** Changes some comfort settings and remembers them on this device. */
  setComfort(change: Partial<Comfort>): void;
  /** The voice room publishes its state. */
  setVoice(voice: VoiceState): void;
  /** While the live channel is open, typed turns go through it (so their replies are voiced); null: over HTTP. */
  connectLive(port: LiveTurnPort | null): void;
  /** An event from the session's live channel: turn events, and the transcript of what the learner said. */
  receiveLive(sessionId: string, event: LiveServerEvent): void;
}

export type { LiveTurnPort } from './turn-actions.ts';

export type BedsideStore = StoreApi<BedsideState & BedsideActions>;

export interface BedsideStoreOptions {
  /** Timing of the report polling on the ended page (tests pass a manual clock). */
  reportPolling?: ReportPollOptions;
  /** Where comfort settings are kept; null keeps them for this visit only. @default window.localStorage when present */
  comfortStorage?: ComfortStorage | null;
}

/** Creates the store over an API client (the real one, or a fake in tests). */
export function createBedsideStore(api: BedsideApi, options: BedsideStoreOptions = {}): BedsideStore {
  let stopPolling: (() => void) | null = null;
  const comfortStorage =
    options.comfortStorage === undefined ? browserComfortStorage() : options.comfortStorage;

  const store = createStore<BedsideState & BedsideActions>()((set, get) => {
    /** The error banner for a failed request; a 401 sends the user to sign in, and back here after. */
    const fail = (error: unknown): void => {
      if (error instanceof ApiError && error.status === 401 && get().user) signInAgain();
      else set({ error: messageOf(error) });
    };

    /** The sign-in lapsed: everything of the account goes, and signing in again returns to this page. */
    const signInAgain = (): void => {
      stopStream();
      const returnTo = pageShowing(get().view);
      set({
        ...initialState,
        view: { name: 'auth', mode: 'sign-in', ...(returnTo ? { returnTo } : {}) },
        notice: 'Please sign in again.',
      });
    };

    /** Runs a page request with the pending flag and the error banner. */
    const run = async (work: () => Promise<void>): Promise<void> => {
      set({ pending: true, error: null, notice: null });
      try {
        await work();
      } catch (error) {
        fail(error);
      } finally {
        set({ pending: false });
      }
    };

    /** Progress is extra to the lobby: if it fails (other than signed out) the lobby shows without it. */
    const loadProgress = async (): Promise<Progress | null> => {
      try {
        return await api.getProgress();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) throw error;
        return null;
      }
    };

    const loadLobby = async (): Promise<void> => {
      const [scenarios, sessions, progress] = await Promise.all([
        api.listScenarios(),
        api.listSessions(),
        loadProgress(),
      ]);
      set({ scenarios, sessions, progress });
    };

    /**
     * Polls the report of the session on the ended page; the results land only while it is still there. A left
     * session has nothing to grade, so there is nothing to wait for.
     */
    const watchFeedback = (session: SessionDto): void => {
      const sessionId = session.id;
      stopPolling?.();
      stopPolling = null;
      if (session.left) {
        set({ feedback: { status: 'left', reason: session.left }, citedTurn: null });
        return;
      }
      set({ feedback: { status: 'grading' }, citedTurn: null });
      stopPolling = pollReport(
        api,
        sessionId,
        (feedback) => {
          const { view, ended } = get();
          if (view.name === 'ended' && ended?.id === sessionId) set({ feedback });
        },
        options.reportPolling,
      );
    };

    const showEnded = async (sessionId: string): Promise<void> => {
      const ended = await api.getSession(sessionId);
      set({ view: { name: 'ended', sessionId }, ended, conversation: null });
      watchFeedback(ended);
    };

    const turns = createTurnActions({ api, get, set, run, showEnded, signInAgain });
    const { stopStream } = turns;

    const { open, openPage, showSession, leavePage } = createPageOpener({
      api,
      get,
      set,
      stopStream,
      loadLobby,
      watchFeedback,
    });

    /** Ends the open conversation (or opts out of it) and shows what follows. */
    const finish = (options: { optOut: boolean }): Promise<void> =>
      run(async () => {
        const { conversation } = get();
        if (!conversation) return;
        stopStream();
        await api.endSession(conversation.session.id, options);
        await showEnded(conversation.session.id);
      });

    /** Signed in: the lists every page names scenarios from, then the page that was asked for. */
    const enter = async (user: NonNullable<BedsideState['user']>, page: PageView): Promise<void> => {
      set({ user });
      await loadLobby();
      await open(page, true);
    };

    const signedIn = async (work: () => Promise<BedsideState['user']>): Promise<void> =>
      run(async () => {
        const { view } = get();
        const returnTo = view.name === 'auth' ? view.returnTo : undefined;
        const user = await work();
        if (user) await enter(user, returnTo ?? { name: 'lobby' });
      });

    return {
      ...initialState,
      comfort: readComfort(comfortStorage),

      start: (page = { name: 'lobby' }) =>
        run(async () => {
          const user = await api.me();
          if (!user) {
            set({ view: authView('sign-in', page) });
            return;
          }
          await enter(user, page);
        }),

      openRoute: (page) => run(() => open(page)),

      setAuthMode: (mode) => {
        const { view } = get();
        set({
          view: authView(mode, view.name === 'auth' ? view.returnTo : undefined),
          error: null,
          notice: null,
        });
      },

      signIn: (input) => signedIn(() => api.login(input)),

      register: (input) => signedIn(() => api.register(input)),

      signOut: () =>
        run(async () => {
          stopStream();
          await api.logout();
          set({ ...initialState, view: { name: 'auth', mode: 'sign-in' }, notice: 'You have signed out.' });
        }),

      openPrebrief: (scenarioId, difficulty) => {
        leavePage();
        set({
          view: difficulty ? { name: 'prebrief', scenarioId, difficulty } : { name: 'prebrief', scenarioId },
        });
      },

      openRecommended: () => {
        const recommendation = get().progress?.recommendation;
        if (recommendation) get().openPrebrief(recommendation.scenarioId, recommendation.difficulty);
      },

      saveSelfRating: (ratings) =>
        run(async () => {
          try {
            set({ progress: await api.saveSelfRating(ratings) });
          } catch (error) {
            // Rated already (another tab, or a double click): nothing to save, so show what the server has.
            if (!(error instanceof ApiError && error.code === 'already_rated')) throw error;
            set({ progress: await api.getProgress() });
          }
        }),

      skipSelfRating: () => set({ selfRatingSkipped: true }),

      backToLobby: () => run(() => open({ name: 'lobby' })),

      startSession: (difficulty) =>
        run(async () => {
          const { view } = get();
          if (view.name !== 'prebrief') return;
          const session = await api.createSession({ scenarioId: view.scenarioId, difficulty });
          set({
            view: { name: 'conversation', sessionId: session.id },
            conversation: conversationFrom(session),
          });
        }),

      openSession: (sessionId) => run(() => showSession(sessionId)),

      setDraft: (text) => {
        const { conversation } = get();
        if (conversation) set({ conversation: { ...conversation, draft: text } });
      },

      sendTurn: turns.sendTurn,

      endSession: () => finish({ optOut: false }),

      optOut: () => finish({ optOut: true }),

      retryFeedback: () => {
        const { view, ended } = get();
        if (view.name === 'ended' && ended) watchFeedback(ended);
      },

      citeTurn: (index) => set({ citedTurn: index }),

      dismissError: () => set({ error: null }),

      openInstructorPage: (view) => openPage(view),

      openMyData: () => openPage({ name: 'my-data' }),

      accountDeleted: () => {
        stopStream();
        set({
          ...initialState,
          view: { name: 'auth', mode: 'sign-in' },
          notice: 'Your account and everything in it have been deleted.',
        });
      },

      showError: fail,

      setComfort: (change) => {
        const comfort = withComfort(get().comfort, change);
        writeComfort(comfortStorage, comfort);
        set({ comfort });
      },

      setVoice: (voice) => set({ voice }),

      connectLive: turns.connectLive,

      receiveLive: turns.receiveLive,
    };
  });

  // Polling lives exactly as long as the ended page: whatever way the learner leaves it, the polling stops.
  store.subscribe((state) => {
    if (state.view.name !== 'ended' && stopPolling) {
      stopPolling();
      stopPolling = null;
    }
  });
  return store;
}
