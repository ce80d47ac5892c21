import { describe, expect, it } from 'vitest';
import { defaultHashConcurrency } from './auth/work-gate.ts';
import { readConfig } from './config.ts';

describe('readConfig: audio', () => {
  it('is off without an API key, whatever else is set', () => {
    expect(readConfig({ BEDSIDE_SPEECH_MODEL: 'tts-1' }).audio).toBeNull();
  });

  it('defaults to OpenAI’s mini models, pcm, and the chat server’s URL', () => {
    const config = readConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1' });
    expect(config.audio).toEqual({
      apiKey: 'k',
      transcribeBaseURL: 'http://127.0.0.1:8000/v1',
      speechBaseURL: 'http://127.0.0.1:8000/v1',
      transcribeModel: 'gpt-4o-mini-transcribe',
      speechModel: 'gpt-4o-mini-tts',
      speechFormat: 'pcm',
      timeoutMs: 10_000,
      maxAttempts: 3,
      circuitFailures: 3,
      circuitCoolDownMs: 30_000,
    });
  });

  it('takes its own URL, models, format and timeout, and `off` for either side', () => {
    const config = readConfig({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      BEDSIDE_AUDIO_BASE_URL: 'http://127.0.0.1:8880/v1',
      BEDSIDE_TRANSCRIBE_MODEL: 'OFF',
      BEDSIDE_SPEECH_MODEL: 'kokoro',
      BEDSIDE_SPEECH_FORMAT: 'wav',
      BEDSIDE_AUDIO_TIMEOUT_MS: '4000',
    });
    expect(config.audio).toMatchObject({
      transcribeBaseURL: 'http://127.0.0.1:8880/v1',
      speechBaseURL: 'http://127.0.0.1:8880/v1',
      transcribeModel: null,
      speechModel: 'kokoro',
      speechFormat: 'wav',
      timeoutMs: 4000,
    });
    expect(readConfig({ OPENAI_API_KEY: 'k', BEDSIDE_SPEECH_MODEL: 'off' }).audio?.speechModel).toBeNull();
  });

  it('takes a server per side, each falling back to the shared audio URL', () => {
    const config = readConfig({
      OPENAI_API_KEY: 'k',
      BEDSIDE_AUDIO_BASE_URL: 'http://127.0.0.1:8000/v1',
      BEDSIDE_SPEECH_BASE_URL: 'http://127.0.0.1:8880/v1',
    });
    expect(config.audio).toMatchObject({
      transcribeBaseURL: 'http://127.0.0.1:8000/v1',
      speechBaseURL: 'http://127.0.0.1:8880/v1',
    });
  });

  it('names each bad audio variable', () => {
    expect(() =>
      readConfig({
        OPENAI_API_KEY: 'k',
        BEDSIDE_SPEECH_FORMAT: 'mp3',
        BEDSIDE_AUDIO_BASE_URL: 'not a url',
        BEDSIDE_TRANSCRIBE_MODEL: ' ',
      }),
    ).toThrow(/BEDSIDE_TRANSCRIBE_MODEL[\s\S]*BEDSIDE_AUDIO_BASE_URL[\s\S]*BEDSIDE_SPEECH_FORMAT/);
  });
});

describe('readConfig: turn limits', () => {
  it('caps a session at 200 learner turns and a learner at 30 turns a minute by default', () => {
    expect(readConfig({}).turnLimits).toEqual({ maxPerSession: 200, perMinute: 30 });
  });

  it('takes other limits, and 0 turns the rate limit off', () => {
    const config = readConfig({ BEDSIDE_SESSION_MAX_TURNS: '500', BEDSIDE_TURN_RATE_LIMIT: '0' });
    expect(config.turnLimits).toEqual({ maxPerSession: 500, perMinute: 0 });
  });

  it('refuses a session cap of 0 and a negative rate', () => {
    expect(() => readConfig({ BEDSIDE_SESSION_MAX_TURNS: '0' })).toThrow(/BEDSIDE_SESSION_MAX_TURNS/);
    expect(() => readConfig({ BEDSIDE_TURN_RATE_LIMIT: '-1' })).toThrow(/BEDSIDE_TURN_RATE_LIMIT/);
  });
});

describe('readConfig: sign-in limits', () => {
  it('allows 10 failed sign-ins per account and 100 per address in 15 minutes and trusts no proxy, by default', () => {
    expect(readConfig({}).auth).toMatchObject({
      attemptsPerAccount: 10,
      attemptsPerAddress: 100,
      attemptWindowMs: 900_000,
      registrationsPerAddress: 100,
      trustedProxyHops: 0,
      hashConcurrency: defaultHashConcurrency(),
      hashQueue: 200,
    });
  });

  it('takes other limits, 0 turning one off', () => {
    const config = readConfig({
      BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: '0',
      BEDSIDE_LOGIN_ATTEMPTS_PER_ADDRESS: '20',
      BEDSIDE_LOGIN_WINDOW_SECONDS: '60',
      BEDSIDE_TRUSTED_PROXY_HOPS: '1',
      BEDSIDE_PASSWORD_HASH_CONCURRENCY: '3',
      BEDSIDE_PASSWORD_HASH_QUEUE: '10',
      BEDSIDE_REGISTRATIONS_PER_ADDRESS: '0',
    });
    expect(config.auth).toEqual({
      attemptsPerAccount: 0,
      attemptsPerAddress: 20,
      attemptWindowMs: 60_000,
      registrationsPerAddress: 0,
      trustedProxyHops: 1,
      hashConcurrency: 3,
      hashQueue: 10,
    });
  });

  it('refuses a window of 0 and no hashing at all', () => {
    expect(() => readConfig({ BEDSIDE_LOGIN_WINDOW_SECONDS: '0' })).toThrow(/BEDSIDE_LOGIN_WINDOW_SECONDS/);
    expect(() => readConfig({ BEDSIDE_PASSWORD_HASH_CONCURRENCY: '0' })).toThrow(
      /BEDSIDE_PASSWORD_HASH_CONCURRENCY/,
    );
  });
});

describe('readConfig: registration', () => {
  it('is open by default, invite-only with BEDSIDE_REGISTRATION=invite, and refuses anything else', () => {
    expect(readConfig({}).registration).toBe('open');
    expect(readConfig({ BEDSIDE_REGISTRATION: 'invite' }).registration).toBe('invite');
    expect(() => readConfig({ BEDSIDE_REGISTRATION: 'closed' })).toThrow(/BEDSIDE_REGISTRATION/);
  });
});

describe('readConfig: xAPI', () => {
  it('is off without XAPI_ENDPOINT, and with it needs the username and password', () => {
    expect(readConfig({}).xapi).toBeNull();
    const on = readConfig({
      XAPI_ENDPOINT: 'https://lrs.example.org/xapi',
      XAPI_USERNAME: 'u',
      XAPI_PASSWORD: 'p',
    });
    expect(on.xapi).toEqual({
      endpoint: 'https://lrs.example.org/xapi',
      username: 'u',
      password: 'p',
      activityBase: 'https://bedside.invalid/xapi/',
      timeoutMs: 10_000,
      retryMinMs: 1000,
      retryMaxMs: 300_000,
    });
    expect(() => readConfig({ XAPI_ENDPOINT: 'https://lrs.example.org/xapi' })).toThrow(/XAPI_USERNAME/);
    expect(() => readConfig({ XAPI_ENDPOINT: 'not a url', XAPI_USERNAME: 'u', XAPI_PASSWORD: 'p' })).toThrow(
      /XAPI_ENDPOINT/,
    );
  });
});
