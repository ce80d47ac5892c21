// The Transcriber adapter for any OpenAI-compatible `/audio/transcriptions` endpoint, through the openai SDK: the
// WAV goes up as a multipart file, the text comes back. Retries are left to withTranscriberResilience.

import OpenAI, { toFile } from 'openai';
import type { Utterance } from '../audio/wav.ts';
import { AudioProviderError } from './audio-provider-error.ts';
import { toAudioError } from './openai-audio-faults.ts';
import { guardedCall } from './openai-chat-model.ts';
import type { Transcriber } from './transcriber.ts';

export interface OpenAITranscriberOptions {
  apiKey: string;
  /** @default the SDK's (https://api.openai.com/v1) */
  baseURL?: string | undefined;
  /** e.g. `gpt-4o-mini-transcribe`, `whisper-1`, or a local server's model name. */
  model: string;
  /** Deadline for the whole call, upload and answer. */
  timeoutMs: number;
}

/** Builds a Transcriber that uploads each utterance to an OpenAI-compatible server. */
export function createOpenAITranscriber(options: OpenAITranscriberOptions): Transcriber {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  const { model, timeoutMs } = options;

  return {
    async transcribe(utterance: Utterance, signal?: AbortSignal): Promise<string> {
      const call = guardedCall(signal);
      let text: unknown;
      try {
        call.arm(timeoutMs);
        const file = await toFile(utterance.wav, 'utterance.wav', { type: 'audio/wav' });
        const result = await client.audio.transcriptions.create(
          { file, model, response_format: 'json' },
          { signal: call.signal },
        );
        text = result.text;
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        throw toAudioError('transcription', call, err, 'request');
      } finally {
        call.dispose();
      }
      if (typeof text !== 'string') {
        throw new AudioProviderError('transcription', 'bad-response', 'the answer has no text');
      }
      return text;
    },
  };
}
