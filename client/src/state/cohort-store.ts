// The cohort store: follows the learner store's view and loads what each cohort page needs, and holds the actions of
// those pages (join, create, assign, comment, review, change a role). Errors go to the learner store's banner.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Role } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { CohortApi, NewAssignment, ReviewInput } from '../api/cohort-api.ts';
import type { CohortDto, JoinedCohortDto } from '../api/instruction-wire.ts';
import type { View } from './bedside-state.ts';
import { type CohortState, initialCohortState, type OpenCohort } from './cohort-state.ts';
import { pollReport, type ReportPollOptions } from './report-poller.ts';
import type { BedsideStore } from './store.ts';

export interface CohortActions {
  /** A learner joins a cohort with its invite code; true when they did. */
  joinCohort(inviteCode: string): Promise<boolean>;
  /** Creates a cohort and lists it; true when it was made. */
  createCohort(name: string): Promise<boolean>;
  /** Sets a scenario for the open cohort; true when it was set. */
  createAssignment(input: NewAssignment): Promise<boolean>;
  /** Loads a learner's sessions in the open cohort (once), to list them for replay. */
  showLearnerSessions(learnerId: string): Promise<void>;
  /** Comments on a turn of the replayed session; true when it was stored. */
  addComment(turnIndex: number, text: string): Promise<boolean>;
  /** Agrees with or corrects an item of the replayed session's report; true when it was stored. */
  reviewItem(itemId: string, input: ReviewInput): Promise<boolean>;
  /** Points the replay's transcript at one turn. */
  citeTurn(index: number): void;
  setRole(userId: string, role: Role): Promise<boolean>;
  clearFlash(): void;
}

export type CohortStore = StoreApi<CohortState & CohortActions>;

export interface CohortStoreOptions {
  /** Timing of the replay's report polling (tests pass a manual clock). */
  reportPolling?: ReportPollOptions;
}

type ReplayApi = Pick<BedsideApi, 'getSession' | 'getReport'>;

/** Creates the cohort store over the API and the learner store whose view it follows. */
export function createCohortStore(
  api: CohortApi & ReplayApi,
  bedside: BedsideStore,
  options: CohortStoreOptions = {},
): CohortStore {
  let stopPolling: (() => void) | null = null;

  const store = createStore<CohortState & CohortActions>()((set, get) => {
    /** Runs a form's request: busy while it goes, the banner if it fails; true when it succeeded. */
    const submit = async (work: () => Promise<string | null>): Promise<boolean> => {
      bedside.getState().dismissError();
      set({ busy: true, flash: null });
      try {
        set({ flash: await work() });
        return true;
      } catch (error) {
        bedside.getState().showError(error);
        return false;
      } finally {
        set({ busy: false });
      }
    };

    return {
      ...initialCohortState,

      joinCohort: (inviteCode) =>
        submit(async () => {
          const cohort = await api.joinCohort(inviteCode.trim());
          const [joined, assignments] = await Promise.all([api.listCohorts(), api.myAssignments()]);
          set({ joined, assignments });
          return `You joined ${cohort.name}.`;
        }),

      createCohort: (name) =>
        submit(async () => {
          const cohort = await api.createCohort(name.trim());
          set({ cohorts: [...(get().cohorts ?? []), cohort] });
          return `${cohort.name} is ready: share its invite code with your learners.`;
        }),

      createAssignment: (input) =>
        submit(async () => {
          const id = get().cohort?.id;
          if (!id) return null;
          const assignment = await api.createAssignment(id, input);
          const assignments = [...(get().cohort?.assignments ?? []), assignment];
          patch(id, { assignments });
          // Completion counts the new assignment too.
          void loadOverview(id);
          return 'Assignment set.';
        }),

      showLearnerSessions: async (learnerId) => {
        const cohort = get().cohort;
        if (!cohort || cohort.sessions[learnerId]) return;
        try {
          const sessions = await api.learnerSessions(cohort.id, learnerId);
          const current = get().cohort;
          if (current?.id === cohort.id)
            set({ cohort: { ...current, sessions: { ...current.sessions, [learnerId]: sessions } } });
        } catch (error) {
          bedside.getState().showError(error);
        }
      },

      addComment: (turnIndex, text) =>
        submit(async () => {
          const replay = get().replay;
          if (!replay?.session) return null;
          const comment = await api.addComment(replay.sessionId, { turnIndex, text: text.trim() });
          const now = get().replay;
          if (now?.sessionId === replay.sessionId && now.session) {
            const comments = [...(now.session.comments ?? []), comment];
            set({ replay: { ...now, session: { ...now.session, comments } } });
          }
          return 'Comment saved: the learner sees it with their session.';
        }),

      reviewItem: (itemId, input) =>
        submit(async () => {
          const replay = get().replay;
          if (!replay) return null;
          await api.reviewItem(replay.sessionId, itemId, input);
          // Read the report back: it carries every reviewer's verdict as the learner will see them.
          const answer = await api.getReport(replay.sessionId);
          const now = get().replay;
          if (answer.status === 'ready' && now?.sessionId === replay.sessionId)
            set({ replay: { ...now, feedback: { status: 'ready', report: answer.report } } });
          return input.agree ? 'Marked as agreed.' : 'Correction saved.';
        }),

      citeTurn: (index) => {
        const replay = get().replay;
        if (replay) set({ replay: { ...replay, cited: index } });
      },

      setRole: (userId, role) =>
        submit(async () => {
          const user = await api.setRole(userId, role);
          set({ users: (get().users ?? []).map((u) => (u.id === user.id ? user : u)) });
          return `${user.name} is now ${ROLE_PHRASES[role]}.`;
        }),

      clearFlash: () => set({ flash: null }),
    };
  });

  /** The overview is loaded on its own: it may be slow, or missing from an older server, without hiding the rest. */
  const loadOverview = async (cohortId: string): Promise<void> => {
    try {
      const overview = await api.getOverview(cohortId);
      patch(cohortId, { overview: { status: 'ready', value: overview } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return bedside.getState().showError(error);
      const message =
        error instanceof ApiError && error.status === 404
          ? 'The overview is not available on this server yet.'
          : 'The overview could not be loaded. Reload the page to try again.';
      patch(cohortId, { overview: { status: 'unavailable', message } });
    }
  };

  /** Updates the open cohort, if it is still the one with this id. */
  const patch = (id: string, change: Partial<OpenCohort>): void => {
    const { cohort } = store.getState();
    if (cohort?.id === id) store.setState({ cohort: { ...cohort, ...change } });
  };

  /** Runs a page's loading; a failure goes to the banner. */
  const load = (work: () => Promise<void>): void => {
    work().catch((error: unknown) => bedside.getState().showError(error));
  };

  const stillOn = (name: View['name']): boolean => bedside.getState().view.name === name;

  const follow = (next: View): void => {
    if (next.name !== 'replay' && stopPolling) {
      stopPolling();
      stopPolling = null;
    }
    const user = bedside.getState().user;
    if (!user) {
      store.setState({ ...initialCohortState });
      return;
    }
    store.setState({ flash: null });
    switch (next.name) {
      case 'lobby':
      // Also on a session's end, so that its assignment already shows as done when the learner is back in the lobby.
      case 'ended':
        if (user.role === 'learner')
          load(async () => {
            const [joined, assignments] = await Promise.all([api.listCohorts(), api.myAssignments()]);
            if (stillOn('lobby') || stillOn('ended')) store.setState({ joined, assignments });
          });
        return;
      case 'cohorts':
        load(async () => {
          const cohorts = await api.listCohorts();
          if (stillOn('cohorts')) store.setState({ cohorts: cohorts.filter(hasInviteCode) });
        });
        // Agreement is extra to the page: without it (an older server), the page shows without it.
        api.graderAgreement().then(
          (agreement) => store.setState({ agreement }),
          () => store.setState({ agreement: null }),
        );
        return;
      case 'cohort':
        openCohort(next.cohortId);
        return;
      case 'replay':
        openReplay(next.cohortId, next.learnerId, next.sessionId);
        return;
      case 'users':
        load(async () => {
          const users = await api.listUsers();
          if (stillOn('users')) store.setState({ users });
        });
        return;
      case 'audit':
      case 'my-data':
      case 'progress':
      case 'not-found':
      case 'starting':
      case 'auth':
      case 'prebrief':
      case 'conversation':
        return;
    }
  };

  const openCohort = (cohortId: string): void => {
    const kept = store.getState().cohort;
    // Coming back from a replay keeps the page as it was, and refreshes it.
    if (kept?.id !== cohortId) {
      store.setState({
        cohort: {
          id: cohortId,
          detail: null,
          overview: { status: 'loading' },
          assignments: [],
          sessions: {},
        },
      });
    }
    load(async () => {
      const [detail, assignments] = await Promise.all([
        api.getCohort(cohortId),
        api.listCohortAssignments(cohortId),
      ]);
      patch(cohortId, { detail, assignments });
    });
    void loadOverview(cohortId);
  };

  const openReplay = (cohortId: string, learnerId: string, sessionId: string): void => {
    if (store.getState().cohort?.id !== cohortId) openCohort(cohortId);
    store.setState({
      replay: { sessionId, learnerId, session: null, feedback: { status: 'grading' }, cited: null },
    });
    const onThis = () => store.getState().replay?.sessionId === sessionId;
    load(async () => {
      const session = await api.getSession(sessionId);
      const replay = store.getState().replay;
      if (!replay || !onThis()) return;
      store.setState({ replay: { ...replay, session } });
      stopPolling?.();
      stopPolling = null;
      if (session.left) {
        store.setState({
          replay: { ...replay, session, feedback: { status: 'left', reason: session.left } },
        });
        return;
      }
      stopPolling = pollReport(
        api,
        sessionId,
        (feedback) => {
          const now = store.getState().replay;
          if (now && onThis()) store.setState({ replay: { ...now, feedback } });
        },
        options.reportPolling,
      );
    });
  };

  bedside.subscribe((state, previous) => {
    if (state.view !== previous.view || state.user !== previous.user) follow(state.view);
  });
  follow(bedside.getState().view);
  return store;
}

const ROLE_PHRASES: Record<Role, string> = {
  learner: 'a learner',
  instructor: 'an instructor',
  admin: 'an admin',
};

/** A cohort as its instructors see it (the list an instructor asks for holds only these). */
function hasInviteCode(cohort: CohortDto | JoinedCohortDto): cohort is CohortDto {
  return 'inviteCode' in cohort && typeof cohort.inviteCode === 'string';
}
