// The Synthesiser adapter for any OpenAI-compatible `/audio/speech` endpoint, through the openai SDK. The body is
// read as it streams and passed on chunk by chunk; a stalled body times out. Retries are left to
// withSynthesiserResilience.

import OpenAI from 'openai';
import { AudioProviderError } from './audio-provider-error.ts';
import { toAudioError } from './openai-audio-faults.ts';
import { guardedCall } from './openai-chat-model.ts';
import { createSpeechDecoder, OPENAI_PCM_RATE, type SpeechFormat } from './speech-stream.ts';
import type { PcmChunk, Synthesiser, SynthesisRequest } from './synthesiser.ts';

export interface OpenAISynthesiserOptions {
  apiKey: string;
  /** @default the SDK's (https://api.openai.com/v1) */
  baseURL?: string | undefined;
  /** e.g. `gpt-4o-mini-tts`, `tts-1`, or a local server's model name. */
  model: string;
  /** `pcm` (raw 16-bit mono at `pcmSampleRate`) or `wav` (its header gives the rate). @default 'pcm' */
  format?: SpeechFormat;
  /** The rate of the server's raw `pcm`. @default 24000, as OpenAI sends it */
  pcmSampleRate?: number;
  /** Deadline for the response to start, and for each gap between body chunks. */
  timeoutMs: number;
}

/** Builds a Synthesiser that streams speech from an OpenAI-compatible server. */
export function createOpenAISynthesiser(options: OpenAISynthesiserOptions): Synthesiser {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  const { model, timeoutMs, format = 'pcm', pcmSampleRate = OPENAI_PCM_RATE } = options;

  return {
    async *synthesise(request: SynthesisRequest): AsyncGenerator<PcmChunk> {
      const call = guardedCall(request.signal);
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      let finished = false;
      let failure: unknown = null;
      try {
        call.arm(timeoutMs);
        const response = await client.audio.speech.create(
          { model, voice: request.voice, input: request.text, response_format: format },
          { signal: call.signal },
        );
        if (!response.body)
          throw new AudioProviderError('speech', 'bad-response', 'the response has no body');
        reader = response.body.getReader();
        const decoder = createSpeechDecoder(format, pcmSampleRate);
        for (;;) {
          // Aborted while the caller held the last chunk: a read now may never settle once the body has all arrived.
          call.signal.throwIfAborted();
          call.arm(timeoutMs);
          const { done, value } = await reader.read();
          // The deadline is the server's idle time, not the time the caller takes to consume a chunk.
          call.disarm();
          if (done) break;
          const chunk = decoder.push(value);
          if (chunk) yield chunk;
        }
        decoder.end();
        finished = true;
      } catch (err) {
        failure = err;
      } finally {
        call.dispose();
        // The caller stopped reading (a cut-in) or the call failed: drop the connection rather than drain it.
        if (!finished) reader?.cancel().catch(() => {});
      }
      if (request.signal?.aborted) throw request.signal.reason;
      if (failure !== null) throw toAudioError('speech', call, failure, reader ? 'stream' : 'request');
    },
  };
}
