import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { buildWav, tone } from '../../tests/support/wav.ts';
import { checkUtterance } from '../audio/wav.ts';
import { type AudioConfig, readConfig } from '../config.ts';
import { AUDIO_SIDE_OFF, buildAudioProviders } from './build-audio-providers.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const clock = { now: () => new Date('2025-03-01T09:00:00Z') };
const audioConfig = (env: Record<string, string> = {}): AudioConfig | null =>
  readConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url, ...env }).audio;

describe('buildAudioProviders', () => {
  it('without a key: no providers, both sides off', () => {
    const audio = buildAudioProviders(null, clock);
    expect(audio.transcriber).toBeUndefined();
    expect(audio.synthesiser).toBeUndefined();
    expect(audio.status()).toEqual({ transcription: AUDIO_SIDE_OFF, speech: AUDIO_SIDE_OFF });
  });

  it('with a key: both sides configured, each with its model and a closed circuit', () => {
    expect(buildAudioProviders(audioConfig(), clock).status()).toEqual({
      transcription: {
        configured: true,
        model: 'gpt-4o-mini-transcribe',
        circuit: { state: 'closed', openUntil: null, consecutiveFailures: 0 },
      },
      speech: {
        configured: true,
        model: 'gpt-4o-mini-tts',
        circuit: { state: 'closed', openUntil: null, consecutiveFailures: 0 },
      },
    });
  });

  it('leaves a side out when its model is off', () => {
    const audio = buildAudioProviders(audioConfig({ BEDSIDE_TRANSCRIBE_MODEL: 'off' }), clock);
    expect(audio.transcriber).toBeUndefined();
    expect(audio.synthesiser).toBeDefined();
    expect(audio.status().transcription).toEqual(AUDIO_SIDE_OFF);
  });

  it('sends each side to its own server when two are configured', async () => {
    const speechServer = await startFakeOpenAI();
    try {
      const audio = buildAudioProviders(audioConfig({ BEDSIDE_SPEECH_BASE_URL: speechServer.url }), clock);
      await audio.transcriber?.transcribe(checkUtterance(buildWav({ samples: tone(300) })));
      for await (const _chunk of audio.synthesiser?.synthesise({ text: 'Hm.', voice: 'ash' }) ?? []);
      expect(fake.requests.map((r) => r.path)).toEqual(['/v1/audio/transcriptions']);
      expect(speechServer.requests.map((r) => r.path)).toEqual(['/v1/audio/speech']);
    } finally {
      await speechServer.close();
    }
  });

  it('talks to the configured server with the configured models and format, one circuit per side', async () => {
    const audio = buildAudioProviders(
      audioConfig({
        BEDSIDE_TRANSCRIBE_MODEL: 'whisper-local',
        BEDSIDE_SPEECH_MODEL: 'tts-local',
        BEDSIDE_SPEECH_FORMAT: 'wav',
        BEDSIDE_LLM_MAX_ATTEMPTS: '1',
        BEDSIDE_LLM_CIRCUIT_FAILURES: '1',
      }),
      clock,
    );
    const utterance = checkUtterance(buildWav({ samples: tone(400) }));
    expect(await audio.transcriber?.transcribe(utterance)).toBe('I have the results of your scan here.');
    expect(fake.requests[0]?.upload?.model).toBe('whisper-local');

    fake.scriptSpeech({ samples: tone(100, 22_050), sampleRate: 22_050 });
    const chunks = [];
    for await (const chunk of audio.synthesiser?.synthesise({ text: 'Yes.', voice: 'sage' }) ?? []) {
      chunks.push(chunk);
    }
    expect(fake.requests[1]?.body).toMatchObject({
      model: 'tts-local',
      voice: 'sage',
      response_format: 'wav',
    });
    expect(chunks.every((c) => c.sampleRate === 22_050)).toBe(true);

    fake.scriptSpeech({ fault: 'http-500' });
    await expect(async () => {
      for await (const _chunk of audio.synthesiser?.synthesise({ text: 'No.', voice: 'sage' }) ?? []);
    }).rejects.toMatchObject({ kind: 'server-error' });
    expect(audio.status().speech.circuit?.state).toBe('open');
    expect(audio.status().transcription.circuit?.state).toBe('closed');
  });
});
