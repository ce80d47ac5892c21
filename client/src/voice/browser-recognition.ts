// The browser's own speech recognition (Web Speech API), used only when the server has no transcriber and the
// learner has chosen it knowing that some browsers (Chrome among them) send the audio to their maker's servers.
// Its final results go to the server as typed text marked `spoken`.

import { MicError, micErrorFrom, type SpeechSource, type SpeechSourceEvents } from './speech-source.ts';

/** What we use of a SpeechRecognition (not in TypeScript's DOM types; prefixed in Chrome and Safari). */
export interface RecognitionLike {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onstart: (() => void) | null;
  onspeechstart: (() => void) | null;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0?: { transcript: string } }>;
}

export type RecognitionFactory = () => RecognitionLike;

/** The browser's recogniser constructor, or null where there is none (Firefox, most headless browsers). */
export function browserRecognition(scope: object = globalThis): RecognitionFactory | null {
  const found = scope as {
    SpeechRecognition?: new () => RecognitionLike;
    webkitSpeechRecognition?: new () => RecognitionLike;
  };
  const Recognition = found.SpeechRecognition ?? found.webkitSpeechRecognition;
  return Recognition ? () => new Recognition() : null;
}

export interface RecognitionSourceOptions {
  create: RecognitionFactory;
  events: SpeechSourceEvents;
  lang?: string;
  now?: () => number;
}

/**
 * Recognition as a speech source. It stops while a character speaks: browser recognisers have no echo guard, so
 * they would transcribe the character; cutting in is left to the microphone detector.
 */
export function createRecognitionSource(options: RecognitionSourceOptions): SpeechSource {
  const { events } = options;
  const now = options.now ?? (() => performance.now());
  let recognition: RecognitionLike | null = null;
  /** The learner wants it running (between start and pause). */
  let wanted = false;
  let characterSpeaking = false;
  let heardSpeech = false;

  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const r = options.create();
      recognition = r;
      r.continuous = true;
      r.interimResults = false;
      r.lang = options.lang ?? 'en-GB';
      let started = false;
      r.onstart = () => {
        started = true;
        resolve();
      };
      r.onspeechstart = () => {
        heardSpeech = true;
        events.onSpeechStart();
        events.onSpeechRealStart();
      };
      r.onresult = (event) => {
        for (let i = event.resultIndex; i < event.results.length; i += 1) {
          const result = event.results[i];
          const text = result?.[0]?.transcript.trim() ?? '';
          if (!result?.isFinal || text === '') continue;
          heardSpeech = false;
          events.onUtterance({ kind: 'text', text, endedAt: now() });
        }
      };
      r.onerror = (event) => {
        // "no-speech" and "aborted" are ordinary: silence, or our own stop.
        if (event.error === 'no-speech' || event.error === 'aborted') return;
        const error =
          event.error === 'not-allowed' || event.error === 'service-not-allowed'
            ? micErrorFrom(new DOMException('', 'NotAllowedError'))
            : new MicError('failed', 'The browser stopped recognising speech. You can type below.');
        if (!started) reject(error);
        else {
          wanted = false;
          events.onFailure(error);
        }
      };
      r.onend = () => {
        if (recognition !== r) return;
        recognition = null;
        if (heardSpeech) events.onMisfire();
        heardSpeech = false;
        // Recognisers end by themselves after a while of silence: keep listening while wanted.
        if (wanted && !characterSpeaking) void run().catch((error) => events.onFailure(micErrorFrom(error)));
      };
      try {
        r.start();
      } catch (error) {
        reject(micErrorFrom(error));
      }
    });

  const halt = () => {
    const r = recognition;
    recognition = null;
    if (r) r.stop();
  };

  return {
    async start() {
      wanted = true;
      if (!recognition && !characterSpeaking) await run();
    },
    async pause() {
      wanted = false;
      // stop(), not abort(): what was said so far still arrives as a final result.
      recognition?.stop();
    },
    setCharacterSpeaking(speaking) {
      characterSpeaking = speaking;
      if (speaking) halt();
      else if (wanted && !recognition) void run().catch((error) => events.onFailure(micErrorFrom(error)));
    },
    destroy() {
      wanted = false;
      const r = recognition;
      recognition = null;
      r?.abort();
    },
  };
}
