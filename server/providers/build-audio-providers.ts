// Builds the transcriber and the synthesiser from configuration: each OpenAI-compatible adapter behind retries and
// its own circuit breaker, so a failing speech server does not stop transcription or the other way round.

import type { AudioConfig } from '../config.ts';
import type { Clock } from '../ports.ts';
import { type CircuitBreaker, type CircuitState, createCircuitBreaker } from './circuit-breaker.ts';
import { createOpenAISynthesiser } from './openai-synthesiser.ts';
import { createOpenAITranscriber } from './openai-transcriber.ts';
import { withSynthesiserResilience, withTranscriberResilience } from './resilient-audio.ts';
import type { Synthesiser } from './synthesiser.ts';
import type { Transcriber } from './transcriber.ts';

/** One side of audio, as /healthz shows it. */
export interface AudioSideStatus {
  configured: boolean;
  model: string | null;
  circuit: CircuitState | null;
}

export interface AudioStatus {
  transcription: AudioSideStatus;
  speech: AudioSideStatus;
}

export interface AudioProviders {
  /** Absent without a key or with BEDSIDE_TRANSCRIBE_MODEL=off. */
  transcriber: Transcriber | undefined;
  /** Absent without a key or with BEDSIDE_SPEECH_MODEL=off. */
  synthesiser: Synthesiser | undefined;
  status(): AudioStatus;
}

export const AUDIO_SIDE_OFF: AudioSideStatus = { configured: false, model: null, circuit: null };

/** The configured audio providers; `config` is null when no API key is set (then both sides are off). */
export function buildAudioProviders(config: AudioConfig | null, clock: Clock): AudioProviders {
  if (!config) {
    return {
      transcriber: undefined,
      synthesiser: undefined,
      status: () => ({ transcription: AUDIO_SIDE_OFF, speech: AUDIO_SIDE_OFF }),
    };
  }
  const { apiKey, timeoutMs, maxAttempts, transcribeModel, speechModel } = config;
  const newBreaker = () =>
    createCircuitBreaker({
      failureThreshold: config.circuitFailures,
      coolDownMs: config.circuitCoolDownMs,
      now: () => clock.now(),
    });
  const transcriptionBreaker = newBreaker();
  const speechBreaker = newBreaker();

  const transcriber = transcribeModel
    ? withTranscriberResilience(
        createOpenAITranscriber({
          apiKey,
          baseURL: config.transcribeBaseURL,
          model: transcribeModel,
          timeoutMs,
        }),
        { breaker: transcriptionBreaker, maxAttempts },
      )
    : undefined;
  const synthesiser = speechModel
    ? withSynthesiserResilience(
        createOpenAISynthesiser({
          apiKey,
          baseURL: config.speechBaseURL,
          model: speechModel,
          format: config.speechFormat,
          timeoutMs,
        }),
        { breaker: speechBreaker, maxAttempts },
      )
    : undefined;

  const side = (model: string | null, breaker: CircuitBreaker): AudioSideStatus =>
    model ? { configured: true, model, circuit: breaker.state() } : AUDIO_SIDE_OFF;
  return {
    transcriber,
    synthesiser,
    status: () => ({
      transcription: side(transcribeModel, transcriptionBreaker),
      speech: side(speechModel, speechBreaker),
    }),
  };
}
