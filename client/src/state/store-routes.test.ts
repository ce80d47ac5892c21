// Opening pages by address: a live session resumes with its transcript, an ended one opens on its feedback, what is
// not the learner's (or does not exist) is not found, and a deep link waits through sign-in.

import { describe, expect, it } from 'vitest';
import type { ScenarioDto, SessionDto, TurnDto, UserDto } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { PageView } from './bedside-state.ts';
import { createBedsideStore } from './store.ts';
import { session, turn } from './test-builders.ts';

const learner: UserDto = { id: 'u1', email: 'l@example.org', name: 'Dr L', role: 'learner' };
const instructor: UserDto = { ...learner, id: 'u2', role: 'instructor' };
const scenario = { id: 'breaking-news-cancer', title: 'Results day' } as unknown as ScenarioDto;

/** The person's own sessions: s1 live with two turns, s2 ended; any other id is someone else's (404 to a learner). */
function fakeApi(user: UserDto, signedIn = true): BedsideApi & { gets: string[] } {
  let who: UserDto | null = signedIn ? user : null;
  const gets: string[] = [];
  const turns: TurnDto[] = [turn(0, 'learner', 'Hello, I am Dr L.'), turn(1, 'patient', 'Hello.')];
  const own: Record<string, SessionDto> = {
    s1: session,
    s2: { ...session, id: 's2', status: 'ended', endedAt: session.createdAt },
  };
  const api = {
    me: async () => who,
    login: async () => {
      who = user;
      return user;
    },
    logout: async () => {
      who = null;
    },
    listScenarios: async () => [scenario],
    listSessions: async () => Object.values(own),
    getProgress: async () => null,
    getSession: async (id: string) => {
      gets.push(id);
      // An instructor may read a learner's session too (as the replay does).
      const found = id === 'theirs' && user.role !== 'learner' ? { ...session, id } : own[id];
      if (!found) throw new ApiError(404, 'not_found', 'Session not found.');
      return { ...found, turns };
    },
    getReport: async () => ({ status: 'running', retryAfterMs: 1000 }),
  };
  return Object.assign(api as unknown as BedsideApi, { gets });
}

async function startedAt(page: PageView, user: UserDto = learner) {
  const api = fakeApi(user);
  const store = createBedsideStore(api, { comfortStorage: null });
  await store.getState().start(page);
  return { api, store };
}

describe('opening a page by its address', () => {
  it('resumes a live session where it was, with its transcript', async () => {
    const { store } = await startedAt({ name: 'conversation', sessionId: 's1' });
    expect(store.getState().view).toEqual({ name: 'conversation', sessionId: 's1' });
    expect(store.getState().conversation?.entries.map((e) => e.text)).toEqual([
      'Hello, I am Dr L.',
      'Hello.',
    ]);
  });

  it("opens an ended session's feedback, even from its live address", async () => {
    const { store } = await startedAt({ name: 'conversation', sessionId: 's2' });
    expect(store.getState().view).toEqual({ name: 'ended', sessionId: 's2' });
    expect(store.getState().feedback).toEqual({ status: 'grading' });
  });

  it("shows someone else's session, an unknown scenario and an unknown address as not found", async () => {
    const { store } = await startedAt({ name: 'conversation', sessionId: 'theirs' });
    expect(store.getState().view).toEqual({ name: 'not-found' });
    expect(store.getState().error).toBeNull();
    await store.getState().openRoute({ name: 'prebrief', scenarioId: 'no-such-scenario' });
    expect(store.getState().view).toEqual({ name: 'not-found' });
    await store.getState().openRoute({ name: 'prebrief', scenarioId: scenario.id, difficulty: 3 });
    expect(store.getState().view).toEqual({ name: 'prebrief', scenarioId: scenario.id, difficulty: 3 });
  });

  it("shows an instructor a learner's session by its address as not found (theirs is the replay)", async () => {
    const { store } = await startedAt({ name: 'conversation', sessionId: 'theirs' }, instructor);
    expect(store.getState().view).toEqual({ name: 'not-found' });
    await store.getState().openRoute({ name: 'conversation', sessionId: 's1' });
    expect(store.getState().view).toEqual({ name: 'conversation', sessionId: 's1' });
  });

  it("keeps a learner out of the instructors' pages, and lets an instructor in (but not to the admin's)", async () => {
    const asLearner = await startedAt({ name: 'cohorts' });
    expect(asLearner.store.getState().view).toEqual({ name: 'not-found' });
    const asInstructor = await startedAt({ name: 'cohorts' }, instructor);
    expect(asInstructor.store.getState().view).toEqual({ name: 'cohorts' });
    await asInstructor.store.getState().openRoute({ name: 'audit' });
    expect(asInstructor.store.getState().view).toEqual({ name: 'not-found' });
  });

  it('stops the conversation on leaving it by address, and does not fetch it again when already open', async () => {
    const { api, store } = await startedAt({ name: 'conversation', sessionId: 's1' });
    await store.getState().openRoute({ name: 'conversation', sessionId: 's1' });
    expect(api.gets).toEqual(['s1']);
    await store.getState().openRoute({ name: 'prebrief', scenarioId: scenario.id });
    expect(store.getState().conversation).toBeNull();
    await store.getState().openRoute({ name: 'progress' });
    expect(store.getState().view).toEqual({ name: 'progress' });
  });
});

describe('a deep link through sign-in', () => {
  it('asks to sign in, remembers the page, and opens it once signed in (also after switching to register)', async () => {
    const api = fakeApi(learner, false);
    const store = createBedsideStore(api, { comfortStorage: null });
    const deepLink: PageView = { name: 'conversation', sessionId: 's1' };
    await store.getState().start(deepLink);
    expect(store.getState().view).toEqual({ name: 'auth', mode: 'sign-in', returnTo: deepLink });
    store.getState().setAuthMode('register');
    store.getState().setAuthMode('sign-in');
    await store.getState().signIn({ email: learner.email, password: 'correct horse' });
    expect(store.getState().view).toEqual(deepLink);
    expect(store.getState().conversation?.entries).toHaveLength(2);
  });

  it('forgets the page on signing out: the next sign-in opens the lobby', async () => {
    const { store } = await startedAt({ name: 'progress' });
    await store.getState().signOut();
    expect(store.getState().view).toEqual({ name: 'auth', mode: 'sign-in' });
    await store.getState().signIn({ email: learner.email, password: 'correct horse' });
    expect(store.getState().view).toEqual({ name: 'lobby' });
  });
});
