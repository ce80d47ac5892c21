// A turn in the live conversation: the learner's words go out (over the live channel when it is open, so the reply
// is voiced; otherwise as a streamed HTTP request), and the reply's events come back into the conversation. The
// store's other actions only need to stop a reply in flight.

import type { LiveServerEvent } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { BedsideState } from './bedside-state.ts';
import { applyStreamEvent, endStream, withLearnerDraft } from './conversation.ts';
import { messageOf } from './error-message.ts';

/** What the store needs of the open live channel. */
export interface LiveTurnPort {
  /** Sends a typed turn; false when it could not be sent (the store falls back to HTTP). */
  sendText(text: string): boolean;
}

/** What turns need of the store. */
export interface TurnDeps {
  api: BedsideApi;
  get(): BedsideState;
  set(change: Partial<BedsideState>): void;
  /** Runs a request with the pending flag and the error banner. */
  run(work: () => Promise<void>): Promise<void>;
  /** Shows an ended session's read-back. */
  showEnded(sessionId: string): Promise<void>;
  /** The sign-in lapsed: back to sign-in, returning here after. */
  signInAgain(): void;
}

export interface TurnActions {
  sendTurn(text: string): Promise<void>;
  /** Abandons a reply in flight; the server keeps whatever it already stored. */
  stopStream(): void;
  connectLive(port: LiveTurnPort | null): void;
  receiveLive(sessionId: string, event: LiveServerEvent): void;
}

const MAX_TURN_CHARS = 2000;

type Conversation = NonNullable<BedsideState['conversation']>;

export function createTurnActions({ api, get, set, run, showEnded, signInAgain }: TurnDeps): TurnActions {
  let stream: AbortController | null = null;
  let live: LiveTurnPort | null = null;

  const stopStream = (): void => {
    if (!stream) return;
    stream.abort();
    stream = null;
    const { conversation } = get();
    if (conversation?.streaming) set({ conversation: endStream(conversation) });
  };

  const sendTurn = async (raw: string): Promise<void> => {
    const text = raw.trim();
    const before = get().conversation;
    if (!before || before.streaming || text === '' || text.length > MAX_TURN_CHARS) return;
    const sessionId = before.session.id;
    // Over the live channel, the turn's events arrive through `receiveLive`.
    if (live?.sendText(text)) {
      set({ conversation: withLearnerDraft(before, text) });
      return;
    }
    const controller = new AbortController();
    stream = controller;
    // Later events apply to whatever the conversation is by then, and only while it is still this one.
    const update = (step: (c: Conversation) => BedsideState['conversation']) => {
      const current = get().conversation;
      if (current && current.session.id === sessionId && stream === controller)
        set({ conversation: step(current) });
    };
    set({ conversation: withLearnerDraft(before, text) });
    try {
      for await (const event of api.sendTurn(sessionId, text, controller.signal)) {
        update((c) => applyStreamEvent(c, event));
      }
      update((c) => endStream(c));
    } catch (error) {
      if (controller.signal.aborted) return;
      // Only an ended session leaves the conversation; a full one, a reply still coming or a rate limit say why.
      if (error instanceof ApiError && error.code === 'session_ended') {
        update((c) => endStream(c));
        stream = null;
        await run(() => showEnded(sessionId));
        set({ notice: 'This session has already ended.' });
        return;
      }
      if (error instanceof ApiError && error.status === 401) {
        stream = null;
        signInAgain();
        return;
      }
      update((c) => endStream(c, messageOf(error)));
    } finally {
      if (stream === controller) stream = null;
    }
  };

  const connectLive = (port: LiveTurnPort | null): void => {
    live = port;
    // The channel dropped mid-turn: its events will not come, so the turn is over (the draft comes back).
    const { conversation } = get();
    if (!port && conversation?.streaming && !stream) {
      set({
        conversation: endStream(conversation, 'The connection was lost before the reply finished.'),
      });
    }
  };

  const receiveLive = (sessionId: string, event: LiveServerEvent): void => {
    const conversation = get().conversation;
    if (!conversation || conversation.session.id !== sessionId) return;
    switch (event.type) {
      case 'ready':
      case 'audio':
      case 'audio-end':
        return;
      case 'transcript':
        // What the learner said shows at once; whatever they were typing stays in the box.
        set({
          conversation: { ...withLearnerDraft(conversation, event.text), draft: conversation.draft },
        });
        return;
      case 'error':
        if (event.error.code === 'session_ended') {
          void run(() => showEnded(sessionId)).then(() => set({ notice: 'This session has already ended.' }));
          return;
        }
        // Nothing more comes for this turn after an error on the live channel.
        set({ conversation: endStream(applyStreamEvent(conversation, event)) });
        return;
      case 'turn': {
        const applied = applyStreamEvent(conversation, event);
        // A learner turn the store did not send (spoken words) opens a reply like a typed one does.
        const opens = event.turn.speaker === 'learner';
        set({ conversation: opens ? { ...applied, streaming: true } : applied });
        return;
      }
      default:
        set({ conversation: applyStreamEvent(conversation, event) });
    }
  };

  return { sendTurn, stopStream, connectLive, receiveLive };
}
