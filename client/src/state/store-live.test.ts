// The store with the live channel: typed turns go through it while it is open, and its events fold into the
// conversation like the HTTP stream's, plus the transcript of what the learner said.

import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { conversationFrom } from './conversation.ts';
import { createBedsideStore } from './store.ts';
import { session, turn } from './test-builders.ts';

/** Only sendTurn is reached in these tests: it records the texts and streams a one-reply turn. */
function fakeApi(httpTurns: string[]): BedsideApi {
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  return {
    me: unused,
    register: unused,
    login: unused,
    logout: unused,
    listScenarios: unused,
    listSessions: unused,
    createSession: unused,
    getSession: unused,
    endSession: unused,
    getReport: unused,
    getProgress: unused,
    saveSelfRating: unused,
    async *sendTurn(_sessionId, text) {
      httpTurns.push(text);
      yield { type: 'turn', turn: turn(0, 'learner', text) } satisfies TurnEvent;
      yield { type: 'done', replies: 0 } satisfies TurnEvent;
    },
  } as BedsideApi;
}

function setup() {
  const httpTurns: string[] = [];
  const store = createBedsideStore(fakeApi(httpTurns), { comfortStorage: null });
  store.setState({
    view: { name: 'conversation', sessionId: session.id },
    conversation: conversationFrom(session),
  });
  const liveTurns: string[] = [];
  const port = {
    open: true,
    sendText(text: string) {
      if (!this.open) return false;
      liveTurns.push(text);
      return true;
    },
  };
  const conversation = () => {
    const c = store.getState().conversation;
    if (!c) throw new Error('no conversation');
    return c;
  };
  return { store, httpTurns, liveTurns, port, conversation, live: store.getState().receiveLive };
}

describe('store with the live channel', () => {
  it('sends typed turns over the open channel and folds its events into the conversation', async () => {
    const t = setup();
    t.store.getState().connectLive(t.port);
    await t.store.getState().sendTurn('  I have your results.  ');
    expect(t.liveTurns).toEqual(['I have your results.']);
    expect(t.httpTurns).toEqual([]);
    expect(t.conversation().streaming).toBe(true);
    expect(t.conversation().entries.map((e) => [e.speaker, e.status])).toEqual([['learner', 'sending']]);

    t.live('s1', { type: 'ready', transcription: true, synthesis: true });
    t.live('s1', { type: 'turn', turn: turn(0, 'learner', 'I have your results.') });
    t.live('s1', { type: 'delta', speaker: 'patient', index: 1, text: 'Is it' });
    t.live('s1', {
      type: 'audio',
      speaker: 'patient',
      index: 1,
      seq: 0,
      mime: 'audio/pcm;rate=24000',
      data: '',
    });
    t.live('s1', { type: 'turn', turn: turn(1, 'patient', 'Is it bad?') });
    t.live('s1', { type: 'done', replies: 1 });
    expect(t.conversation().streaming).toBe(false);
    expect(t.conversation().entries.map((e) => [e.speaker, e.text, e.status])).toEqual([
      ['learner', 'I have your results.', 'stored'],
      ['patient', 'Is it bad?', 'stored'],
    ]);
  });

  it('shows what the learner said as soon as it is transcribed, leaving what they were typing', () => {
    const t = setup();
    t.store.getState().setDraft('half a thought');
    t.live('s1', { type: 'transcript', text: 'How are you feeling?' });
    expect(t.conversation().entries.map((e) => [e.text, e.status])).toEqual([
      ['How are you feeling?', 'sending'],
    ]);
    expect(t.conversation().draft).toBe('half a thought');
    t.live('s1', { type: 'turn', turn: { ...turn(0, 'learner', 'How are you feeling?'), source: 'voice' } });
    expect(t.conversation().entries.map((e) => e.status)).toEqual(['stored']);
    expect(t.conversation().streaming).toBe(true);
  });

  it('waits for the reply to words the browser recognised, which came with no transcript', () => {
    const t = setup();
    t.live('s1', { type: 'turn', turn: { ...turn(0, 'learner', 'Hello.'), source: 'voice' } });
    expect(t.conversation().streaming).toBe(true);
    t.live('s1', { type: 'turn', turn: turn(1, 'patient', 'Hello, Doctor.') });
    t.live('s1', { type: 'done', replies: 1 });
    expect(t.conversation().streaming).toBe(false);
  });

  it('ends the turn on an error, the unsent words back in the box', async () => {
    const t = setup();
    t.store.getState().connectLive(t.port);
    await t.store.getState().sendTurn('Hello');
    t.live('s1', { type: 'error', error: { code: 'turn_in_progress', message: 'A reply is still coming.' } });
    expect(t.conversation()).toMatchObject({
      streaming: false,
      error: 'A reply is still coming.',
      draft: 'Hello',
    });
    expect(t.conversation().entries).toEqual([]);
  });

  it('ends a turn whose channel dropped, and uses HTTP while there is no channel', async () => {
    const t = setup();
    t.store.getState().connectLive(t.port);
    await t.store.getState().sendTurn('Hello');
    t.store.getState().connectLive(null);
    expect(t.conversation()).toMatchObject({ streaming: false, draft: 'Hello' });
    expect(t.conversation().error).toMatch(/connection was lost/);

    await t.store.getState().sendTurn('Hello again');
    expect(t.httpTurns).toEqual(['Hello again']);

    // A port that cannot send (closing) also falls back to HTTP.
    t.port.open = false;
    t.store.getState().connectLive(t.port);
    await t.store.getState().sendTurn('Third time');
    expect(t.httpTurns).toEqual(['Hello again', 'Third time']);
  });

  it("ignores another session's events and keeps the voice state it is given", () => {
    const t = setup();
    t.live('other', { type: 'transcript', text: 'Not here' });
    expect(t.conversation().entries).toEqual([]);
    const voice = { ...t.store.getState().voice, listening: 'hearing' as const };
    t.store.getState().setVoice(voice);
    expect(t.store.getState().voice.listening).toBe('hearing');
  });
});
