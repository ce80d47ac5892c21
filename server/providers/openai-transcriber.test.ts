import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TRANSCRIPT, type FakeOpenAI, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { buildWav, tone } from '../../tests/support/wav.ts';
import { checkUtterance } from '../audio/wav.ts';
import { AudioProviderError } from './audio-provider-error.ts';
import { createOpenAITranscriber } from './openai-transcriber.ts';
import type { Transcriber } from './transcriber.ts';

let fake: FakeOpenAI;
let transcriber: Transcriber;
/** For the deadline test; the others get room, so a busy machine's first request is not a timeout. */
let quick: Transcriber;
const utterance = checkUtterance(buildWav({ samples: tone(800), sampleRate: 16_000 }));

beforeAll(async () => {
  fake = await startFakeOpenAI();
  transcriber = createOpenAITranscriber({
    apiKey: 'test-key',
    baseURL: fake.url,
    model: 'fake-transcribe',
    timeoutMs: 3000,
  });
  quick = createOpenAITranscriber({
    apiKey: 'test-key',
    baseURL: fake.url,
    model: 'fake-transcribe',
    timeoutMs: 300,
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

/** The error `promise` rejects with, or null if it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}

describe('createOpenAITranscriber', () => {
  it('uploads the WAV as sent, as a multipart file with the model, and returns the text', async () => {
    await expect(transcriber.transcribe(utterance)).resolves.toBe(DEFAULT_TRANSCRIPT);
    const [request] = fake.requests;
    expect(request?.path).toBe('/v1/audio/transcriptions');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.upload).toMatchObject({
      model: 'fake-transcribe',
      filename: 'utterance.wav',
      fileType: 'audio/wav',
      fields: { model: 'fake-transcribe', response_format: 'json' },
    });
    expect(Buffer.from(request?.upload?.file ?? []).equals(Buffer.from(utterance.wav))).toBe(true);
  });

  it('answers what the script says, which may depend on the upload', async () => {
    fake.scriptTranscription({ text: 'Is it cancer?' }, (upload) => ({
      text: `${upload.file.length} bytes`,
    }));
    expect(await transcriber.transcribe(utterance)).toBe('Is it cancer?');
    expect(await transcriber.transcribe(utterance)).toBe(`${utterance.wav.length} bytes`);
    expect(await transcriber.transcribe(utterance)).toBe(DEFAULT_TRANSCRIPT);
  });

  it('classifies each fault, naming the transcription side', async () => {
    fake.scriptTranscription(
      { fault: 'http-500' },
      { fault: 'http-429', retryAfterSeconds: 1 },
      { fault: 'reset' },
      { fault: 'cut' },
    );
    const errors = [];
    for (let i = 0; i < 4; i++) errors.push(await failureOf(transcriber.transcribe(utterance)));
    for (const error of errors) {
      expect(error).toBeInstanceOf(AudioProviderError);
      expect(error).toMatchObject({ service: 'transcription' });
    }
    expect(errors.map((e) => (e as AudioProviderError).kind)).toEqual([
      'server-error',
      'rate-limited',
      'connection',
      'connection',
    ]);
    expect(errors[1]).toMatchObject({ retryAfterMs: 1000 });
    expect(String(errors[0])).toMatch(/^AudioProviderError: transcription: .*status 500/);
  });

  it('times out a server that never answers, or answers too slowly, within about timeoutMs', async () => {
    fake.scriptTranscription({ fault: 'hang' }, { text: 'Too late.', latencyMs: 2000 });
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      expect(await failureOf(quick.transcribe(utterance))).toMatchObject({ kind: 'timeout' });
      expect(performance.now() - started).toBeGreaterThanOrEqual(280);
      // Well short of any scripted answer (2 s or more); a loaded CI machine once took 1.3 s.
      expect(performance.now() - started).toBeLessThan(1800);
    }
  });

  it('reports a refusal (a wrong URL: 404) as a bad response', async () => {
    const lost = createOpenAITranscriber({
      apiKey: 'k',
      baseURL: `${fake.url}/nowhere`,
      model: 'm',
      timeoutMs: 3000,
    });
    expect(await failureOf(lost.transcribe(utterance))).toMatchObject({ kind: 'bad-response' });
  });

  it('stops at once when the caller aborts, with the caller’s reason', async () => {
    fake.scriptTranscription({ fault: 'hang' });
    const controller = new AbortController();
    const reason = new Error('learner left');
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    expect(await failureOf(transcriber.transcribe(utterance, controller.signal))).toBe(reason);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
