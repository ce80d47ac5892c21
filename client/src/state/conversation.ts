// The live conversation as plain data, and the pure steps that fold stream events into it.

import type {
  SceneAffect,
  SessionDto,
  TurnDto,
  TurnEvent,
  VoiceTimingsDto,
} from '../../../server/protocol.ts';

export type EntryStatus = 'sending' | 'streaming' | 'stored';

/** One line of the transcript as shown: a stored turn, a reply still streaming, or the learner's unsent echo. */
export interface TranscriptEntry {
  key: string;
  /** The turn index, once the server has given one. */
  index: number | null;
  /** `learner` or a character id. */
  speaker: string;
  text: string;
  status: EntryStatus;
  interrupted: boolean;
  /** The learner said it aloud (rather than typed it). */
  spoken: boolean;
  /** For a reply the learner cut off: what the character meant to say; `text` is what was heard. */
  cutOff: TurnDto['cutOff'];
  /** For a spoken learner turn: where the time went before the reply was heard. */
  voiceTimings: VoiceTimingsDto | null;
}

export interface Conversation {
  session: SessionDto;
  entries: TranscriptEntry[];
  affect: SceneAffect;
  /** True from sending a turn until its stream ends. */
  streaming: boolean;
  error: string | null;
  /** What the learner is typing; a message the server never stored comes back here. */
  draft: string;
}

const LEARNER_DRAFT_KEY = 'learner-draft';

export function entryFromTurn(turn: TurnDto): TranscriptEntry {
  return {
    key: `turn-${turn.index}`,
    index: turn.index,
    speaker: turn.speaker,
    text: turn.text,
    status: 'stored',
    interrupted: turn.interrupted,
    spoken: turn.source === 'voice',
    cutOff: turn.cutOff,
    voiceTimings: turn.voiceTimings,
  };
}

/** Starts a conversation view from a session, with any turns it already has. */
export function conversationFrom(session: SessionDto, turns: readonly TurnDto[] = []): Conversation {
  return {
    session,
    entries: turns.map(entryFromTurn),
    affect: session.affect,
    streaming: false,
    error: null,
    draft: '',
  };
}

/** Shows the learner's words at once, before the server has stored them. */
export function withLearnerDraft(conversation: Conversation, text: string): Conversation {
  const draft: TranscriptEntry = {
    key: LEARNER_DRAFT_KEY,
    index: null,
    speaker: 'learner',
    text,
    status: 'sending',
    interrupted: false,
    spoken: false,
    cutOff: null,
    voiceTimings: null,
  };
  return {
    ...conversation,
    entries: [...conversation.entries, draft],
    streaming: true,
    error: null,
    draft: '',
  };
}

function upsert(entries: TranscriptEntry[], entry: TranscriptEntry): TranscriptEntry[] {
  const at = entries.findIndex((e) => e.index === entry.index);
  if (at === -1) return [...entries, entry];
  return entries.map((e, i) => (i === at ? entry : e));
}

/** Folds one stream event into the conversation. */
export function applyStreamEvent(conversation: Conversation, event: TurnEvent): Conversation {
  switch (event.type) {
    case 'turn': {
      const entries =
        event.turn.speaker === 'learner' ? withoutDraft(conversation.entries) : conversation.entries;
      return { ...conversation, entries: upsert(entries, entryFromTurn(event.turn)) };
    }
    case 'delta': {
      const { index, speaker, text } = event;
      const existing = conversation.entries.find((e) => e.index === index);
      if (existing?.status === 'stored') return conversation;
      const entry: TranscriptEntry = existing
        ? { ...existing, text: existing.text + text }
        : {
            key: `turn-${index}`,
            index,
            speaker,
            text,
            status: 'streaming',
            interrupted: false,
            spoken: false,
            cutOff: null,
            voiceTimings: null,
          };
      return { ...conversation, entries: upsert(conversation.entries, entry) };
    }
    case 'retract': {
      // The reply is void: the model failed mid-reply (a fallback follows), or the learner cut in before a word
      // of it was heard (the server dropped it).
      const { index } = event;
      return { ...conversation, entries: conversation.entries.filter((e) => e.index !== index) };
    }
    case 'affect':
      return { ...conversation, affect: event.affect };
    case 'error':
      return { ...conversation, error: event.error.message };
    case 'done':
      return endStream(conversation);
  }
}

function withoutDraft(entries: TranscriptEntry[]): TranscriptEntry[] {
  return entries.filter((e) => e.key !== LEARNER_DRAFT_KEY);
}

/** Closes the stream. A learner echo the server never stored goes back to the text box, not lost. */
export function endStream(conversation: Conversation, error?: string): Conversation {
  const unsent = conversation.entries.find((e) => e.key === LEARNER_DRAFT_KEY);
  return {
    ...conversation,
    entries: withoutDraft(conversation.entries),
    streaming: false,
    error: error ?? conversation.error,
    draft: unsent && conversation.draft === '' ? unsent.text : conversation.draft,
  };
}
