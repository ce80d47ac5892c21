import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TRANSCRIPT, type FakeOpenAI, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { buildWav, tone } from '../../tests/support/wav.ts';
import { checkUtterance } from '../audio/wav.ts';
import { AudioProviderError } from './audio-provider-error.ts';
import { type CircuitBreaker, createCircuitBreaker } from './circuit-breaker.ts';
import { createOpenAISynthesiser } from './openai-synthesiser.ts';
import { createOpenAITranscriber } from './openai-transcriber.ts';
import {
  type AudioResilienceOptions,
  withSynthesiserResilience,
  withTranscriberResilience,
} from './resilient-audio.ts';
import type { PcmChunk, Synthesiser } from './synthesiser.ts';
import type { Transcriber } from './transcriber.ts';

let fake: FakeOpenAI;
let transcriberAdapter: Transcriber;
let synthesiserAdapter: Synthesiser;
const utterance = checkUtterance(buildWav({ samples: tone(500) }));
const speech = { text: 'Is he going to die?', voice: 'sage' };

beforeAll(async () => {
  fake = await startFakeOpenAI();
  // A hang costs one timeout; a second leaves a busy machine's answers room, so only the hang times out.
  const common = { apiKey: 'test-key', baseURL: fake.url, timeoutMs: 1000 };
  transcriberAdapter = createOpenAITranscriber({ ...common, model: 'fake-stt' });
  synthesiserAdapter = createOpenAISynthesiser({ ...common, model: 'fake-tts' });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

/** Options with a fresh breaker and a sleep that records its waits instead of waiting. */
function options(overrides: Partial<AudioResilienceOptions> = {}) {
  const waits: number[] = [];
  const breaker: CircuitBreaker =
    overrides.breaker ?? createCircuitBreaker({ failureThreshold: 100, coolDownMs: 1000 });
  return {
    waits,
    breaker,
    options: {
      breaker,
      random: () => 0.5,
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      ...overrides,
    } satisfies AudioResilienceOptions,
  };
}

async function drain(stream: AsyncIterable<PcmChunk>) {
  const chunks: PcmChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { bytes: Buffer.concat(chunks.map((c) => c.pcm)), error: null };
  } catch (error) {
    return { bytes: Buffer.concat(chunks.map((c) => c.pcm)), error };
  }
}

/** The error `promise` rejects with, or null if it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}
const speechCalls = () => fake.requests.filter((r) => r.path === '/v1/audio/speech').length;
const transcriptionCalls = () => fake.requests.filter((r) => r.path === '/v1/audio/transcriptions').length;

describe('withTranscriberResilience', () => {
  it('retries a 500, a reset, a hang and a cut answer, then returns the text', async () => {
    fake.scriptTranscription({ fault: 'http-500' }, { fault: 'reset' }, { fault: 'hang' }, { fault: 'cut' });
    const { options: o, waits } = options({ maxAttempts: 5 });
    const transcriber = withTranscriberResilience(transcriberAdapter, o);
    expect(await transcriber.transcribe(utterance)).toBe(DEFAULT_TRANSCRIPT);
    expect(transcriptionCalls()).toBe(5);
    // 200 ms base, doubled each time, jitter at its midpoint (random 0.5 → 75% of the backoff).
    expect(waits).toEqual([150, 300, 600, 1200]);
  });

  it('waits as long as a 429 asks, up to 2 s; longer asks fail at once', async () => {
    fake.scriptTranscription({ fault: 'http-429', retryAfterSeconds: 1 });
    const first = options();
    expect(await withTranscriberResilience(transcriberAdapter, first.options).transcribe(utterance)).toBe(
      DEFAULT_TRANSCRIPT,
    );
    expect(first.waits).toEqual([1000]);

    fake.reset();
    fake.scriptTranscription({ fault: 'http-429', retryAfterSeconds: 5 });
    const second = options();
    const error = await failureOf(
      withTranscriberResilience(transcriberAdapter, second.options).transcribe(utterance),
    );
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
    expect(second.waits).toEqual([]);
    expect(transcriptionCalls()).toBe(1);
  });

  it('gives up after maxAttempts with the last fault', async () => {
    fake.setTranscriptionDefault({ fault: 'http-500' });
    const { options: o } = options({ maxAttempts: 3 });
    const error = await failureOf(withTranscriberResilience(transcriberAdapter, o).transcribe(utterance));
    expect(error).toBeInstanceOf(AudioProviderError);
    expect(error).toMatchObject({ service: 'transcription', kind: 'server-error' });
    expect(transcriptionCalls()).toBe(3);
  });

  it('does not retry a refusal', async () => {
    const lost = createOpenAITranscriber({
      apiKey: 'k',
      baseURL: `${fake.url}/x`,
      model: 'm',
      timeoutMs: 3000,
    });
    const { options: o, breaker } = options();
    const error = await failureOf(withTranscriberResilience(lost, o).transcribe(utterance));
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect(fake.requests).toHaveLength(1);
    expect(breaker.state().consecutiveFailures).toBe(0);
  });

  it('opens its circuit after repeated failures, refuses without calling, and closes after a good probe', async () => {
    let now = new Date('2025-01-01T10:00:00Z');
    const breaker = createCircuitBreaker({ failureThreshold: 2, coolDownMs: 30_000, now: () => now });
    fake.setTranscriptionDefault({ fault: 'http-500' });
    const transcriber = withTranscriberResilience(
      transcriberAdapter,
      options({ breaker, maxAttempts: 1 }).options,
    );
    await failureOf(transcriber.transcribe(utterance));
    await failureOf(transcriber.transcribe(utterance));
    expect(breaker.state().state).toBe('open');
    const calls = transcriptionCalls();
    const refused = await failureOf(transcriber.transcribe(utterance));
    expect(refused).toMatchObject({ service: 'transcription', kind: 'circuit-open' });
    expect(transcriptionCalls()).toBe(calls);

    now = new Date(now.getTime() + 30_000);
    fake.setTranscriptionDefault({ text: 'Back again.' });
    expect(await transcriber.transcribe(utterance)).toBe('Back again.');
    expect(breaker.state()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('stops retrying when the caller aborts, with the caller’s reason', async () => {
    fake.setTranscriptionDefault({ fault: 'http-500' });
    const controller = new AbortController();
    const reason = new Error('learner left');
    const transcriber = withTranscriberResilience(transcriberAdapter, {
      ...options().options,
      // The learner leaves during the backoff; a real sleep then rejects with the signal's reason.
      sleep: async (_ms, signal) => {
        controller.abort(reason);
        signal?.throwIfAborted();
      },
    });
    expect(await failureOf(transcriber.transcribe(utterance, controller.signal))).toBe(reason);
    expect(transcriptionCalls()).toBe(1);
  });
});

describe('withSynthesiserResilience', () => {
  it('retries faults before any audio, then streams the whole reply once', async () => {
    fake.scriptSpeech(
      { fault: 'http-500' },
      { fault: 'reset' },
      { fault: 'hang' },
      { fault: 'cut', afterBytes: 0 },
      { fault: 'http-429', retryAfterSeconds: 1 },
    );
    const { options: o, waits } = options({ maxAttempts: 6 });
    const { bytes, error } = await drain(withSynthesiserResilience(synthesiserAdapter, o).synthesise(speech));
    expect(error).toBeNull();
    expect(bytes.length).toBe(speech.text.length * 60 * 24 * 2);
    expect(speechCalls()).toBe(6);
    expect(waits.at(-1)).toBe(1000);
  });

  it('does not retry once audio has been yielded: the caller keeps what it has and gets the fault', async () => {
    fake.scriptSpeech({ fault: 'cut', afterBytes: 4000 });
    const { options: o, breaker } = options();
    const { bytes, error } = await drain(withSynthesiserResilience(synthesiserAdapter, o).synthesise(speech));
    expect(error).toMatchObject({ service: 'speech', kind: 'stream-cut' });
    expect(bytes.length).toBe(4000);
    expect(speechCalls()).toBe(1);
    expect(breaker.state().consecutiveFailures).toBe(1);
  });

  it('opens its circuit, refuses without calling, and counts a caller who stops listening as healthy', async () => {
    const breaker = createCircuitBreaker({ failureThreshold: 2, coolDownMs: 60_000 });
    const synthesiser = withSynthesiserResilience(
      synthesiserAdapter,
      options({ breaker, maxAttempts: 1 }).options,
    );
    fake.scriptSpeech({ fault: 'http-500' });
    await drain(synthesiser.synthesise(speech));
    expect(breaker.state().consecutiveFailures).toBe(1);
    // A barge-in: the caller stops after the first chunk.
    for await (const _chunk of synthesiser.synthesise(speech)) break;
    expect(breaker.state().consecutiveFailures).toBe(0);

    fake.setSpeechDefault({ fault: 'http-500' });
    await drain(synthesiser.synthesise(speech));
    await drain(synthesiser.synthesise(speech));
    expect(breaker.state().state).toBe('open');
    const calls = speechCalls();
    const { error } = await drain(synthesiser.synthesise(speech));
    expect(error).toMatchObject({ service: 'speech', kind: 'circuit-open' });
    expect(speechCalls()).toBe(calls);
  });

  it('keeps one circuit per provider: speech failing leaves transcription closed', async () => {
    const transcriptionBreaker = createCircuitBreaker({ failureThreshold: 1, coolDownMs: 60_000 });
    const speechBreaker = createCircuitBreaker({ failureThreshold: 1, coolDownMs: 60_000 });
    const transcriber = withTranscriberResilience(
      transcriberAdapter,
      options({ breaker: transcriptionBreaker, maxAttempts: 1 }).options,
    );
    const synthesiser = withSynthesiserResilience(
      synthesiserAdapter,
      options({ breaker: speechBreaker, maxAttempts: 1 }).options,
    );
    fake.setSpeechDefault({ fault: 'http-500' });
    await drain(synthesiser.synthesise(speech));
    expect(speechBreaker.state().state).toBe('open');
    expect(await transcriber.transcribe(utterance)).toBe(DEFAULT_TRANSCRIPT);
    expect(transcriptionBreaker.state().state).toBe('closed');
  });
});
