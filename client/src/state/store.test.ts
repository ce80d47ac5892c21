import { describe, expect, it } from 'vitest';
import type {
  Progress,
  SessionDto,
  SessionWithTurnsDto,
  TurnDto,
  TurnEvent,
  UserDto,
} from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { fakeReport } from './fake-report.ts';
import { createManualClock } from './manual-clock.ts';
import { wantsSelfRating } from './progress.ts';
import { createBedsideStore } from './store.ts';
import { calm, session, turn } from './test-builders.ts';

const user: UserDto = { id: 'u1', email: 'a@example.org', name: 'Dr A', role: 'learner' };

const recommendation = {
  scenarioId: 'breaking-news-cancer',
  difficulty: 1,
  reason: 'Listening is your lowest-rated skill; level 1 of "Results day" should be challenging but doable.',
  basis: 'lowest',
  focus: ['listening'],
} satisfies Progress['recommendation'];

/** Progress as the server gives it: one skill per entry, self-rated ones with a single history point. */
function progressOf(selfRated: boolean): Progress {
  const skills = ['delivering-bad-news', 'listening'] as const;
  return {
    selfRated,
    recommendation,
    skills: skills.map((skill) => ({
      skill,
      rating: selfRated ? 0.5 : 0,
      uncertainty: selfRated ? 1 : 1.2,
      sessions: 0,
      rated: selfRated,
      history: selfRated
        ? [{ at: session.createdAt, sessionId: null, outcome: null, rating: 0.5, uncertainty: 1 }]
        : [],
    })),
  };
}

/** A scripted in-memory API: real behaviour for the calls the store makes, no network. */
function fakeApi(
  overrides: Partial<BedsideApi> = {},
): BedsideApi & { calls: string[]; noSessions(): void; rateElsewhere(): void } {
  const calls: string[] = [];
  let signedIn: UserDto | null = null;
  let status: SessionDto['status'] = 'active';
  const stored: TurnDto[] = [];
  // Like the grading worker: the report is ready on the third ask after the session ends.
  let reportAsks = 0;
  let selfRated = false;
  let sessionCount = 1;
  const api: BedsideApi = {
    async me() {
      return signedIn;
    },
    async register() {
      signedIn = user;
      return user;
    },
    async login({ password }) {
      if (password !== 'correct horse')
        throw new ApiError(401, 'bad_credentials', 'Wrong email or password.');
      signedIn = user;
      return user;
    },
    async logout() {
      signedIn = null;
    },
    async listScenarios() {
      return [];
    },
    async listSessions() {
      return Array.from({ length: sessionCount }, () => ({ ...session, status }));
    },
    async getProgress() {
      calls.push('progress');
      return progressOf(selfRated);
    },
    async saveSelfRating(ratings) {
      calls.push(`self-rating:${JSON.stringify(ratings)}`);
      if (selfRated) throw new ApiError(409, 'already_rated', 'Your skills are already rated.');
      selfRated = true;
      return progressOf(true);
    },
    async createSession({ difficulty }) {
      calls.push(`create:${difficulty}`);
      return session;
    },
    async getSession(): Promise<SessionWithTurnsDto> {
      return { ...session, status, turns: stored };
    },
    async endSession() {
      status = 'ended';
      return { ...session, status };
    },
    async getReport() {
      calls.push('report');
      if (status === 'active')
        throw new ApiError(409, 'session_active', 'End the session to get its report.');
      reportAsks++;
      if (reportAsks < 3) return { status: reportAsks === 1 ? 'pending' : 'running', retryAfterMs: 1000 };
      return { status: 'ready', report: fakeReport() };
    },
    async *sendTurn(_id, text): AsyncGenerator<TurnEvent> {
      if (status === 'ended') throw new ApiError(409, 'session_ended', 'This session has ended.');
      const learner = turn(stored.length, 'learner', text);
      const reply = turn(stored.length + 1, 'patient', 'Oh. What is it?');
      stored.push(learner, reply);
      yield { type: 'turn', turn: learner };
      yield { type: 'delta', speaker: 'patient', index: reply.index, text: 'Oh. ' };
      yield { type: 'delta', speaker: 'patient', index: reply.index, text: 'What is it?' };
      yield { type: 'turn', turn: reply };
      yield { type: 'affect', afterTurn: reply.index, affect: { patient: { ...calm, distress: 0.7 } } };
      yield { type: 'done', replies: 1 };
    },
    ...overrides,
  };
  return Object.assign(api, {
    calls,
    /** Makes the learner brand new: no sessions yet. */
    noSessions: () => {
      sessionCount = 0;
    },
    rateElsewhere: () => {
      selfRated = true;
    },
  });
}

describe('createBedsideStore', () => {
  it('walks sign-in, pre-brief, conversation and the ended read-back', async () => {
    const api = fakeApi();
    const store = createBedsideStore(api);
    const s = () => store.getState();

    await s().start();
    expect(s().view).toEqual({ name: 'auth', mode: 'sign-in' });

    await s().signIn({ email: user.email, password: 'wrong' });
    expect(s().error).toBe('Wrong email or password.');
    expect(s().view.name).toBe('auth');

    await s().signIn({ email: user.email, password: 'correct horse' });
    expect(s().view).toEqual({ name: 'lobby' });
    expect(s().user).toEqual(user);

    s().openPrebrief('breaking-news-cancer');
    await s().backToLobby();
    expect(s().view).toEqual({ name: 'lobby' });
    expect(api.calls.filter((c) => c !== 'progress')).toEqual([]);

    s().openPrebrief('breaking-news-cancer');
    await s().startSession(3);
    expect(api.calls.filter((c) => c !== 'progress')).toEqual(['create:3']);
    expect(s().view).toEqual({ name: 'conversation', sessionId: 's1' });

    await s().sendTurn('  I have your results.  ');
    const c = s().conversation;
    expect(c?.entries.map((e) => [e.speaker, e.text, e.status])).toEqual([
      ['learner', 'I have your results.', 'stored'],
      ['patient', 'Oh. What is it?', 'stored'],
    ]);
    expect(c?.affect.patient?.distress).toBe(0.7);
    expect(c?.streaming).toBe(false);

    await s().endSession();
    expect(s().view).toEqual({ name: 'ended', sessionId: 's1' });
    expect(s().ended?.turns).toHaveLength(2);
    expect(s().conversation).toBeNull();

    await s().signOut();
    expect(s().view).toEqual({ name: 'auth', mode: 'sign-in' });
    expect(s().user).toBeNull();
  });

  it('opens the read-back when a turn meets an ended session (409)', async () => {
    const api = fakeApi();
    const store = createBedsideStore(api);
    await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    await store.getState().openSession('s1');
    await api.endSession('s1');
    await store.getState().sendTurn('Hello?');
    expect(store.getState().view).toEqual({ name: 'ended', sessionId: 's1' });
    expect(store.getState().notice).toMatch(/ended/);
  });

  it('stays in the conversation when another turn is still being answered (409 turn_in_progress)', async () => {
    const api = fakeApi({
      // biome-ignore lint/correctness/useYield: refused before the first event, as the server does.
      async *sendTurn() {
        throw new ApiError(409, 'turn_in_progress', 'A reply is still being produced.');
      },
    });
    const store = createBedsideStore(api);
    await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    await store.getState().openSession('s1');
    await store.getState().sendTurn('Hello?');
    expect(store.getState().view).toEqual({ name: 'conversation', sessionId: 's1' });
    expect(store.getState().conversation?.error).toBe('A reply is still being produced.');
    expect(store.getState().conversation?.draft).toBe('Hello?');
  });

  it.each([
    [409, 'session_full', 'This session has reached its limit of 200 turns: end it and start a new one.'],
    [
      429,
      'rate_limited',
      'That is more turns in a minute than this server takes: wait 2 s and send it again.',
    ],
  ])(
    'stays in the conversation and shows why when a turn is refused (%i %s)',
    async (status, code, message) => {
      const api = fakeApi({
        // biome-ignore lint/correctness/useYield: refused before the first event, as the server does.
        async *sendTurn() {
          throw new ApiError(status, code, message);
        },
      });
      const store = createBedsideStore(api);
      await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
      await store.getState().openSession('s1');
      await store.getState().sendTurn('Hello?');
      expect(store.getState().view).toEqual({ name: 'conversation', sessionId: 's1' });
      expect(store.getState().conversation?.error).toBe(message);
      expect(store.getState().conversation?.draft).toBe('Hello?');
    },
  );

  it('keeps an unsent message in the draft when the stream fails', async () => {
    const api = fakeApi({
      // biome-ignore lint/correctness/useYield: fails before the first event, like a dropped connection.
      async *sendTurn() {
        throw new TypeError('Failed to fetch');
      },
    });
    const store = createBedsideStore(api);
    await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    await store.getState().openSession('s1');
    await store.getState().sendTurn('Hello?');
    expect(store.getState().conversation?.draft).toBe('Hello?');
    expect(store.getState().conversation?.error).toMatch(/try again/);
  });
});

describe('feedback on the ended page', () => {
  async function endedStore() {
    const api = fakeApi();
    const clock = createManualClock();
    const store = createBedsideStore(api, { reportPolling: { clock } });
    await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    await store.getState().openSession('s1');
    await store.getState().sendTurn('I have your results.');
    await store.getState().endSession();
    return { api, clock, store, reportCalls: () => api.calls.filter((c) => c === 'report').length };
  }

  it('polls the report while grading, then shows it; a quote points the transcript at its turn', async () => {
    const { clock, store, reportCalls } = await endedStore();
    expect(store.getState().feedback).toEqual({ status: 'grading' });

    await clock.advance(1000);
    expect(store.getState().feedback).toEqual({ status: 'grading' });
    await clock.advance(1000);
    expect(store.getState().feedback).toEqual({ status: 'ready', report: fakeReport() });
    expect(reportCalls()).toBe(3);
    expect(clock.sleepers).toBe(0);

    store.getState().citeTurn(1);
    expect(store.getState().citedTurn).toBe(1);
  });

  it('stops polling when the learner leaves the page, and starts afresh on coming back', async () => {
    const { clock, store, reportCalls } = await endedStore();
    await clock.advance(0);
    expect(reportCalls()).toBe(1);

    await store.getState().backToLobby();
    expect(store.getState().feedback).toBeNull();
    await clock.advance(10_000);
    expect(reportCalls()).toBe(1);
    expect(clock.sleepers).toBe(0);

    await store.getState().openSession('s1');
    expect(store.getState().view).toEqual({ name: 'ended', sessionId: 's1' });
    await clock.advance(1000);
    expect(store.getState().feedback?.status).toBe('ready');
  });

  it('says so when grading takes too long, and can be asked again', async () => {
    const api = fakeApi({
      async getReport() {
        return { status: 'running', retryAfterMs: 1000 };
      },
    });
    const clock = createManualClock();
    const store = createBedsideStore(api, { reportPolling: { clock } });
    await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    await api.endSession('s1');
    await store.getState().openSession('s1');
    await clock.advance(60_000);
    expect(store.getState().feedback).toEqual({
      status: 'unavailable',
      message: expect.stringMatching(/longer/),
    });

    store.getState().retryFeedback();
    expect(store.getState().feedback).toEqual({ status: 'grading' });
    await store.getState().signOut();
    expect(clock.sleepers).toBe(0);
  });
});

describe('progress in the lobby', () => {
  async function newLearner(overrides: Partial<BedsideApi> = {}) {
    const api = fakeApi(overrides);
    api.noSessions();
    const store = createBedsideStore(api);
    await store.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    return { api, store, s: () => store.getState() };
  }

  it('asks a new learner for a self-rating, saves it and shows the progress it gives', async () => {
    const { api, s } = await newLearner();
    expect(s().progress?.selfRated).toBe(false);
    expect(wantsSelfRating(s())).toBe(true);

    await s().saveSelfRating({ listening: 4, 'delivering-bad-news': 2 });
    expect(api.calls).toContain('self-rating:{"listening":4,"delivering-bad-news":2}');
    expect(s().progress?.selfRated).toBe(true);
    expect(s().progress?.skills[0]?.history).toHaveLength(1);
    expect(wantsSelfRating(s())).toBe(false);
    expect(s().error).toBeNull();
  });

  it('treats "already rated" as done: reads the progress again, no error', async () => {
    const { api, s } = await newLearner();
    api.rateElsewhere();
    await s().saveSelfRating({ listening: 3 });
    expect(s().progress?.selfRated).toBe(true);
    expect(s().error).toBeNull();
  });

  it('skipping hides the card until the next sign-in; a learner with sessions is not asked', async () => {
    const { s } = await newLearner();
    s().skipSelfRating();
    expect(wantsSelfRating(s())).toBe(false);
    await s().backToLobby();
    expect(wantsSelfRating(s())).toBe(false);
    await s().signOut();
    await s().signIn({ email: user.email, password: 'correct horse' });
    expect(wantsSelfRating(s())).toBe(true);

    const veteran = createBedsideStore(fakeApi());
    await veteran.getState().register({ email: user.email, password: 'correct horse', name: 'Dr A' });
    expect(veteran.getState().progress?.selfRated).toBe(false);
    expect(wantsSelfRating(veteran.getState())).toBe(false);
  });

  it('opens the recommended scenario with its level preselected, and starts at the level chosen', async () => {
    const { api, s } = await newLearner();
    s().openRecommended();
    expect(s().view).toEqual({ name: 'prebrief', scenarioId: 'breaking-news-cancer', difficulty: 1 });
    await s().startSession(2);
    expect(api.calls).toContain('create:2');

    await s().backToLobby();
    s().openPrebrief('breaking-news-cancer');
    expect(s().view).toEqual({ name: 'prebrief', scenarioId: 'breaking-news-cancer' });
  });

  it('shows the lobby without progress when the progress read fails', async () => {
    const { s } = await newLearner({
      async getProgress() {
        throw new ApiError(500, 'internal', 'Something broke.');
      },
    });
    expect(s().view).toEqual({ name: 'lobby' });
    expect(s().progress).toBeNull();
    expect(s().error).toBeNull();
    s().openRecommended();
    expect(s().view).toEqual({ name: 'lobby' });
  });
});
