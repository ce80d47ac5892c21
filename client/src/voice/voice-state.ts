// The room's voice as plain data for the store and the views: is the live channel open, what can the server do,
// what is the microphone doing, is a character speaking. The voice controller writes it; components render it.

import type { VoiceCapabilitiesDto } from '../../../server/protocol.ts';

/**
 * The microphone, as the learner sees it: `idle` (off), `starting` (asking for the microphone, loading the
 * detector), `listening` (waiting for speech), `hearing` (speech now), `sending` (an utterance is on its way).
 */
export type ListeningState = 'idle' | 'starting' | 'listening' | 'hearing' | 'sending';

/**
 * Who turns speech into text: `server` (the server's transcriber, audio sent over the live channel), `browser` (the
 * browser's own recogniser, which the learner chose), or `none` (no voice input: typing only).
 */
export type Recognition = 'server' | 'browser' | 'none';

export interface VoiceState {
  /** The live channel: typed turns use it when open (so replies are voiced too), HTTP otherwise. */
  channel: 'connecting' | 'open' | 'closed';
  /** What the server can do with voices; null until the channel opens. */
  capabilities: VoiceCapabilitiesDto | null;
  listening: ListeningState;
  /** The microphone is switched on: speech is detected hands-free. Off, holding Space or a trigger talks. */
  handsFree: boolean;
  /** Space or a controller trigger is held (push-to-talk). */
  pushToTalk: boolean;
  /** A character's voice is playing now. */
  speaking: boolean;
  recognition: Recognition;
  /** The browser has its own speech recognition to offer (the opt-in shows only then). */
  browserRecognitionAvailable: boolean;
  /** The learner opted in to the browser's recognition (asked each visit: it may send audio to a third party). */
  browserRecognitionChosen: boolean;
  /** A safe message about the microphone: permission refused, none found, disconnected. */
  problem: string | null;
}

export const initialVoiceState: VoiceState = {
  channel: 'closed',
  capabilities: null,
  listening: 'idle',
  handsFree: false,
  pushToTalk: false,
  speaking: false,
  recognition: 'none',
  browserRecognitionAvailable: false,
  browserRecognitionChosen: false,
  problem: null,
};

/** Who transcribes, given what the server can do and what the learner chose. */
export function recognitionFor(
  capabilities: VoiceCapabilitiesDto | null,
  browserAvailable: boolean,
  browserChosen: boolean,
): Recognition {
  if (capabilities?.transcription) return 'server';
  if (capabilities && browserAvailable && browserChosen) return 'browser';
  return 'none';
}

/** Short words for the state, as shown in the room and in VR. */
export function listeningLabel(state: VoiceState): string {
  if (state.recognition === 'none') return 'Voice input off';
  switch (state.listening) {
    case 'idle':
      return 'Not listening';
    case 'starting':
      return 'Starting the microphone…';
    case 'listening':
      return state.speaking ? 'Listening (speak to cut in)' : 'Listening…';
    case 'hearing':
      return 'Hearing you…';
    case 'sending':
      return 'Sending…';
  }
}
