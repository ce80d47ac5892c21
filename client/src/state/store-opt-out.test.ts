// The store when the learner leaves: opting out asks the server to end the session as opted out, and a left
// session's ended page says so at once, with no report to wait for.

import { describe, expect, it } from 'vitest';
import type { LeftReason, SessionWithTurnsDto } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { conversationFrom } from './conversation.ts';
import { wantsSelfRating } from './progress.ts';
import { createBedsideStore } from './store.ts';
import { session, turn } from './test-builders.ts';

/** Ends sessions as the server does: opted out when asked, left with no words when nothing was said. */
function fakeApi(spoke: boolean) {
  const calls: string[] = [];
  let ended: SessionWithTurnsDto | null = null;
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  const api = {
    me: unused,
    register: unused,
    login: unused,
    logout: unused,
    listScenarios: unused,
    listSessions: unused,
    createSession: unused,
    getProgress: unused,
    saveSelfRating: unused,
    sendTurn: unused,
    async endSession(id: string, options?: { optOut?: boolean }) {
      calls.push(`end:${id}:${options?.optOut === true}`);
      const left: LeftReason | null = options?.optOut ? 'opted_out' : spoke ? null : 'no_words';
      ended = {
        ...session,
        status: 'ended',
        endedAt: session.createdAt,
        left,
        turns: spoke ? [turn(0, 'learner', 'Hello.')] : [],
      };
      return ended;
    },
    async getSession() {
      if (!ended) throw new Error('not ended');
      return ended;
    },
    async getReport() {
      calls.push('report');
      return { status: 'pending', retryAfterMs: 1000 } as const;
    },
  } as unknown as BedsideApi;
  return { api, calls };
}

function inRoom(spoke: boolean) {
  const { api, calls } = fakeApi(spoke);
  const store = createBedsideStore(api, { comfortStorage: null });
  store.setState({
    view: { name: 'conversation', sessionId: session.id },
    conversation: conversationFrom(session),
  });
  return { store, calls };
}

describe('leaving a session', () => {
  it('opts out: the session ends as opted out and the ended page says so without asking for a report', async () => {
    const { store, calls } = inRoom(true);
    await store.getState().optOut();
    const state = store.getState();
    expect(calls).toEqual(['end:s1:true']);
    expect(state.view).toEqual({ name: 'ended', sessionId: session.id });
    expect(state.ended?.left).toBe('opted_out');
    expect(state.feedback).toEqual({ status: 'left', reason: 'opted_out' });
  });

  it('ends with no words said: shown as left, not graded', async () => {
    const { store, calls } = inRoom(false);
    await store.getState().endSession();
    expect(calls).toEqual(['end:s1:false']);
    expect(store.getState().feedback).toEqual({ status: 'left', reason: 'no_words' });
  });

  it('ends after speaking: waits for the report as before', async () => {
    const { store, calls } = inRoom(true);
    await store.getState().endSession();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().feedback).toEqual({ status: 'grading' });
    expect(calls).toEqual(['end:s1:false', 'report']);
    // Leaving the ended page stops the polling.
    store.setState({ view: { name: 'lobby' } });
  });
});

describe('the cold-start self-rating', () => {
  const progress = { selfRated: false, skills: [], recommendation: null };
  it('is still offered when every earlier session was left', () => {
    const left = { ...session, status: 'ended' as const, left: 'opted_out' as const };
    expect(wantsSelfRating({ progress, sessions: [left], selfRatingSkipped: false })).toBe(true);
    expect(wantsSelfRating({ progress, sessions: [left, session], selfRatingSkipped: false })).toBe(false);
  });
});
