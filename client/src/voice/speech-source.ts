// Where the learner's spoken words come from: the voice activity detector over the microphone (audio for the
// server to transcribe), or, by the learner's choice, the browser's own speech recognition (text). The controller
// drives either through this one interface.

/** One thing the learner said, with when they stopped speaking (performance.now() clock). */
export type Utterance =
  | { kind: 'audio'; wav: ArrayBuffer; endedAt: number }
  | { kind: 'text'; text: string; endedAt: number };

export interface SpeechSourceEvents {
  /** Something like speech began; it may yet be a misfire. */
  onSpeechStart(): void;
  /** Sustained speech: the learner is really talking (a character speaking now should stop). */
  onSpeechRealStart(): void;
  /** It was not speech after all (too short). */
  onMisfire(): void;
  onUtterance(utterance: Utterance): void;
  /** The source stopped by itself (the microphone was unplugged, recognition ended with an error). */
  onFailure(error: MicError): void;
}

export interface SpeechSource {
  /** Starts hearing; the first time this asks for the microphone. Rejects with a MicError. */
  start(): Promise<void>;
  /** Stops hearing; speech in progress is ended and delivered (push-to-talk released). */
  pause(): Promise<void>;
  /** A character is speaking: harder to trigger (speaker echo). */
  setCharacterSpeaking(speaking: boolean): void;
  /** Stops for good and lets go of the microphone. */
  destroy(): void;
}

export type MicProblem = 'denied' | 'no-device' | 'unsupported' | 'failed';

export class MicError extends Error {
  constructor(
    readonly problem: MicProblem,
    message: string,
  ) {
    super(message);
    this.name = 'MicError';
  }
}

/** A safe message for the learner, from whatever getUserMedia or the recogniser threw. */
export function micErrorFrom(error: unknown): MicError {
  if (error instanceof MicError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return new MicError(
        'denied',
        'The browser was not allowed to use the microphone. Allow it in the address bar to talk, or type below.',
      );
    case 'NotFoundError':
    case 'OverconstrainedError':
      return new MicError('no-device', 'No microphone was found. Connect one to talk, or type below.');
    case 'NotReadableError':
    case 'AbortError':
      return new MicError(
        'failed',
        'The microphone is in use by another program or could not start. You can type below.',
      );
    default:
      return new MicError('failed', 'The microphone could not start. You can type below.');
  }
}
