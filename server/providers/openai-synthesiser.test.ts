import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, SPEECH_MS_PER_CHAR, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { pcmBytes, tone } from '../../tests/support/wav.ts';
import { AudioProviderError } from './audio-provider-error.ts';
import { createOpenAISynthesiser, type OpenAISynthesiserOptions } from './openai-synthesiser.ts';
import type { PcmChunk, Synthesiser, SynthesisRequest } from './synthesiser.ts';

const TEXT = 'Nobody told us anything.';

let fake: FakeOpenAI;
let synthesiser: Synthesiser;

const create = (options: Partial<OpenAISynthesiserOptions> = {}) =>
  createOpenAISynthesiser({
    apiKey: 'test-key',
    baseURL: fake.url,
    model: 'fake-tts',
    // Roomy, so a busy machine's first request is not a timeout; the timeout test sets its own.
    timeoutMs: 3000,
    ...options,
  });

beforeAll(async () => {
  fake = await startFakeOpenAI();
  synthesiser = create();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const request = (overrides: Partial<SynthesisRequest> = {}): SynthesisRequest => ({
  text: TEXT,
  voice: 'coral',
  ...overrides,
});

/** Reads every chunk with when it arrived, keeping those seen before any error. */
async function drain(stream: AsyncIterable<PcmChunk>) {
  const started = performance.now();
  const chunks: Array<PcmChunk & { atMs: number }> = [];
  try {
    for await (const chunk of stream) chunks.push({ ...chunk, atMs: performance.now() - started });
    return { chunks, error: null };
  } catch (error) {
    return { chunks, error };
  }
}

const bytesOf = (chunks: PcmChunk[]) => Buffer.concat(chunks.map((c) => c.pcm));
const defaultAudio = (text: string) => Buffer.from(pcmBytes(tone(text.length * SPEECH_MS_PER_CHAR, 24_000)));

describe('createOpenAISynthesiser: pcm', () => {
  it('asks for pcm with the voice and model, and yields the audio as 24 kHz whole samples', async () => {
    const { chunks, error } = await drain(synthesiser.synthesise(request()));
    expect(error).toBeNull();
    expect(bytesOf(chunks).equals(defaultAudio(TEXT))).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.sampleRate === 24_000 && c.pcm.length % 2 === 0)).toBe(true);
    expect(fake.requests[0]?.path).toBe('/v1/audio/speech');
    expect(fake.requests[0]?.body).toEqual({
      model: 'fake-tts',
      voice: 'coral',
      input: TEXT,
      response_format: 'pcm',
    });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('streams: the first chunk arrives long before the last is sent', async () => {
    // 0.6 s of audio sent at real time, in 100 ms chunks.
    fake.scriptSpeech({ samples: tone(600, 24_000), bytesPerSecond: 48_000, chunkBytes: 4800 });
    const { chunks, error } = await drain(synthesiser.synthesise(request()));
    expect(error).toBeNull();
    expect(chunks).toHaveLength(6);
    expect(chunks[0]?.atMs).toBeLessThan(150);
    expect(chunks.at(-1)?.atMs).toBeGreaterThan(450);
  });

  it('keeps whole samples when the server writes odd-sized pieces', async () => {
    fake.scriptSpeech({ chunkBytes: 333 });
    const { chunks } = await drain(synthesiser.synthesise(request()));
    expect(chunks.every((c) => c.pcm.length % 2 === 0)).toBe(true);
    expect(bytesOf(chunks).equals(defaultAudio(TEXT))).toBe(true);
  });

  it('does not count a slow consumer against the idle deadline', async () => {
    const samples = tone(300, 24_000);
    fake.scriptSpeech({ samples, chunkBytes: 4800, bytesPerSecond: 48_000 });
    const received: Uint8Array[] = [];
    for await (const chunk of synthesiser.synthesise(request())) {
      received.push(chunk.pcm);
      // Longer than the 300 ms deadline, each time.
      await delay(400);
    }
    expect(Buffer.concat(received).equals(Buffer.from(pcmBytes(samples)))).toBe(true);
  });
});

describe('createOpenAISynthesiser: wav', () => {
  it('reads the streamed header, even split into small pieces, and yields the samples at its rate', async () => {
    const wav = create({ format: 'wav' });
    const samples = tone(250, 16_000);
    fake.scriptSpeech({ samples, sampleRate: 16_000, chunkBytes: 7 });
    const { chunks, error } = await drain(wav.synthesise(request()));
    expect(error).toBeNull();
    expect(fake.requests[0]?.body).toMatchObject({ response_format: 'wav' });
    expect(chunks.every((c) => c.sampleRate === 16_000 && c.pcm.length % 2 === 0)).toBe(true);
    expect(bytesOf(chunks).equals(Buffer.from(pcmBytes(samples)))).toBe(true);
  });

  it('yields nothing for an empty WAV, and stream-cut for a body cut inside the header', async () => {
    const wav = create({ format: 'wav' });
    fake.scriptSpeech({ samples: new Int16Array(0) });
    const { error } = await drain(wav.synthesise(request()));
    // An empty WAV is a whole header: no audio, no error.
    expect(error).toBeNull();
    fake.scriptSpeech({ fault: 'cut', afterBytes: 20 });
    const cut = await drain(wav.synthesise(request()));
    expect(cut.error).toMatchObject({ kind: 'stream-cut' });
  });
});

describe('createOpenAISynthesiser: faults', () => {
  const kindOf = (error: unknown) => (error instanceof AudioProviderError ? error.kind : error);

  it('classifies HTTP errors and resets, naming the speech side', async () => {
    fake.scriptSpeech({ fault: 'http-500' }, { fault: 'http-429', retryAfterSeconds: 2 }, { fault: 'reset' });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await drain(synthesiser.synthesise(request())));
    expect(results.map((r) => kindOf(r.error))).toEqual(['server-error', 'rate-limited', 'connection']);
    expect(results[1]?.error).toMatchObject({ service: 'speech', retryAfterMs: 2000 });
    expect(results.every((r) => r.chunks.length === 0)).toBe(true);
  });

  it('yields what arrived, then stream-cut, when the connection is cut mid-body', async () => {
    fake.scriptSpeech({ fault: 'cut', afterBytes: 3001 });
    const { chunks, error } = await drain(synthesiser.synthesise(request()));
    expect(kindOf(error)).toBe('stream-cut');
    expect(bytesOf(chunks).length).toBe(3000);
    expect(bytesOf(chunks).equals(defaultAudio(TEXT).subarray(0, 3000))).toBe(true);
  });

  it('times out a server that never answers, a first chunk that never comes, and a body that stalls', async () => {
    fake.scriptSpeech(
      { fault: 'hang' },
      { firstChunkMs: 5000 },
      { samples: tone(500, 24_000), chunkBytes: 4800, bytesPerSecond: 100 },
    );
    const quick = create({ timeoutMs: 300 });
    for (const expectedChunks of [0, 0, 1]) {
      const started = performance.now();
      const { chunks, error } = await drain(quick.synthesise(request()));
      expect(kindOf(error)).toBe('timeout');
      expect(chunks).toHaveLength(expectedChunks);
      expect(performance.now() - started).toBeGreaterThanOrEqual(280);
      // Well short of any scripted answer (2 s or more); a loaded CI machine once took 1.3 s.
      expect(performance.now() - started).toBeLessThan(1800);
    }
  });

  it('hangs up when the caller stops reading, so the server stops sending', async () => {
    fake.scriptSpeech({ samples: tone(1000, 24_000), chunkBytes: 4800, bytesPerSecond: 48_000 });
    for await (const _chunk of synthesiser.synthesise(request())) break;
    await delay(1100);
    expect(fake.requests[0]?.timing.firstContentAt).not.toBeNull();
    expect(fake.requests[0]?.timing.endedAt).toBeNull();
  });

  it('stops when the caller aborts mid-body, with the caller’s reason', async () => {
    fake.scriptSpeech({ samples: tone(1000, 24_000), chunkBytes: 4800, bytesPerSecond: 48_000 });
    const controller = new AbortController();
    const reason = new Error('barge-in');
    setTimeout(() => controller.abort(reason), 250);
    const { chunks, error } = await drain(synthesiser.synthesise(request({ signal: controller.signal })));
    expect(error).toBe(reason);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(10);
  });
});
