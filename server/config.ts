// The environment, read and validated once at start-up (only main.ts and the CLI call this).

import { z } from 'zod';
import { type AuthSettings, defaultAuthSettings } from './auth/auth-settings.ts';
import type { RegistrationMode } from './cohorts/invite-registration.ts';
import { DEFAULT_XAPI_ACTIVITY_BASE, type XapiConfig } from './xapi/xapi-config.ts';

const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('./data/bedside.db'),
  /** postgres://… selects Postgres (for several instances); without it, SQLite at DATABASE_PATH. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
    .optional(),
  /** Set to "true" when served over HTTPS so the session cookie is marked Secure. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /** Where the built client lives; the server serves it when present. */
  CLIENT_DIST: z.string().min(1).default('./client/dist'),
  SCENARIOS_DIR: z.string().min(1).default('./prompts/scenarios'),
  RUBRICS_DIR: z.string().min(1).default('./rubrics'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  PROMPTS_DIR: z.string().min(1).default('./prompts'),
  /** With a key, characters speak through the model; without one, the offline engine. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** Any OpenAI-compatible server: Ollama, vLLM, llama.cpp's server, LM Studio. */
  OPENAI_BASE_URL: z.url().optional(),
  BEDSIDE_CHARACTER_MODEL: z.string().min(1).default('gpt-4o-mini'),
  BEDSIDE_JUDGE_MODEL: z.string().min(1).default('gpt-4o-mini'),
  BEDSIDE_CHARACTER_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.8),
  BEDSIDE_CHARACTER_MAX_TOKENS: z.coerce.number().int().min(16).max(4000).default(200),
  BEDSIDE_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  BEDSIDE_LLM_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  BEDSIDE_LLM_CIRCUIT_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
  BEDSIDE_LLM_CIRCUIT_COOLDOWN_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** Speech to text; `off` for none (e.g. a chat-only server such as Ollama). */
  BEDSIDE_TRANSCRIBE_MODEL: z.string().trim().min(1).default('gpt-4o-mini-transcribe'),
  /** Text to speech; `off` for none (the browser's own voices speak). */
  BEDSIDE_SPEECH_MODEL: z.string().trim().min(1).default('gpt-4o-mini-tts'),
  /** Where audio is served, when not where chat is. @default OPENAI_BASE_URL */
  BEDSIDE_AUDIO_BASE_URL: z.url().optional(),
  /** For two local servers, one per side. @default BEDSIDE_AUDIO_BASE_URL */
  BEDSIDE_TRANSCRIBE_BASE_URL: z.url().optional(),
  BEDSIDE_SPEECH_BASE_URL: z.url().optional(),
  BEDSIDE_SPEECH_FORMAT: z.enum(['pcm', 'wav']).default('pcm'),
  BEDSIDE_AUDIO_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Learner turns one session takes; the next is refused with 409 `session_full`. */
  BEDSIDE_SESSION_MAX_TURNS: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Turns a minute per learner (429 `rate_limited` beyond it); 0 turns the limit off. */
  BEDSIDE_TURN_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(30),
  /** Failed sign-ins per account, and per client address, in the window (429 beyond); 0 turns one off. */
  BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(0).max(1_000_000).default(10),
  BEDSIDE_LOGIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(100),
  BEDSIDE_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Accounts one client address may register in the same window (429 beyond); 0 turns it off. */
  BEDSIDE_REGISTRATIONS_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(100),
  /** Proxies in front whose X-Forwarded-For is believed for the client's address. */
  BEDSIDE_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Password hashes at once. @default half of libuv's thread pool */
  BEDSIDE_PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  BEDSIDE_PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).max(100_000).default(200),
  /** `invite`: registering needs a cohort's invite code (the first account, the admin, excepted). */
  BEDSIDE_REGISTRATION: z.enum(['open', 'invite']).default('open'),
  /** A learning record store's xAPI base: with it (and the two below), statements are sent there. */
  XAPI_ENDPOINT: z.url().optional(),
  XAPI_USERNAME: z.string().min(1).optional(),
  XAPI_PASSWORD: z.string().min(1).optional(),
  /** Where Bedside's own activity IRIs start. */
  XAPI_ACTIVITY_BASE: z.url().default(DEFAULT_XAPI_ACTIVITY_BASE),
  XAPI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  XAPI_RETRY_MIN_MS: z.coerce.number().int().min(1).max(3_600_000).default(1000),
  XAPI_RETRY_MAX_MS: z.coerce.number().int().min(1).max(86_400_000).default(300_000),
});

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  /** A Postgres URL, or null for SQLite at databasePath. */
  databaseUrl: string | null;
  cookieSecure: boolean;
  clientDist: string;
  scenariosDir: string;
  rubricsDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  promptsDir: string;
  /** Present only when OPENAI_API_KEY is set. */
  llm: LlmConfig | null;
  /** Present only when OPENAI_API_KEY is set; each side may still be off. */
  audio: AudioConfig | null;
  turnLimits: TurnLimits;
  /** Sign-in limits and password hashing bounds. */
  auth: AuthSettings;
  /** Who may register: anyone, or only with a cohort's invite code. */
  registration: RegistrationMode;
  /** Present only when XAPI_ENDPOINT is set. */
  xapi: XapiConfig | null;
}

/** Limits on learner turns, so one session or one learner cannot take the server for everyone else. */
export interface TurnLimits {
  /** Learner turns one session may hold. @default 200 */
  maxPerSession: number;
  /** Turns a minute per learner; 0 for no limit. @default 30 */
  perMinute: number;
}

export interface LlmConfig {
  apiKey: string;
  baseURL: string | undefined;
  characterModel: string;
  judgeModel: string;
  characterTemperature: number;
  characterMaxTokens: number;
  timeoutMs: number;
  maxAttempts: number;
  circuitFailures: number;
  circuitCoolDownMs: number;
}

export interface AudioConfig {
  apiKey: string;
  transcribeBaseURL: string | undefined;
  speechBaseURL: string | undefined;
  /** null when BEDSIDE_TRANSCRIBE_MODEL is `off`. */
  transcribeModel: string | null;
  /** null when BEDSIDE_SPEECH_MODEL is `off`. */
  speechModel: string | null;
  speechFormat: 'pcm' | 'wav';
  /** For a transcription, the whole call; for speech, the wait for the response and for each gap in it. */
  timeoutMs: number;
  /** Shared with the chat model's settings: attempts per call and the circuit (one per side). */
  maxAttempts: number;
  circuitFailures: number;
  circuitCoolDownMs: number;
}

/** `off` (any case) disables a model. */
const modelOrOff = (value: string): string | null => (value.toLowerCase() === 'off' ? null : value);

/** Validates the environment; throws one message naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL ?? null,
    cookieSecure: e.COOKIE_SECURE === 'true',
    clientDist: e.CLIENT_DIST,
    scenariosDir: e.SCENARIOS_DIR,
    rubricsDir: e.RUBRICS_DIR,
    logLevel: e.LOG_LEVEL,
    promptsDir: e.PROMPTS_DIR,
    registration: e.BEDSIDE_REGISTRATION,
    xapi: xapiConfig(e),
    turnLimits: { maxPerSession: e.BEDSIDE_SESSION_MAX_TURNS, perMinute: e.BEDSIDE_TURN_RATE_LIMIT },
    auth: {
      attemptsPerAccount: e.BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT,
      attemptsPerAddress: e.BEDSIDE_LOGIN_ATTEMPTS_PER_ADDRESS,
      attemptWindowMs: e.BEDSIDE_LOGIN_WINDOW_SECONDS * 1000,
      registrationsPerAddress: e.BEDSIDE_REGISTRATIONS_PER_ADDRESS,
      trustedProxyHops: e.BEDSIDE_TRUSTED_PROXY_HOPS,
      hashConcurrency: e.BEDSIDE_PASSWORD_HASH_CONCURRENCY ?? defaultAuthSettings().hashConcurrency,
      hashQueue: e.BEDSIDE_PASSWORD_HASH_QUEUE,
    },
    llm: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          characterModel: e.BEDSIDE_CHARACTER_MODEL,
          judgeModel: e.BEDSIDE_JUDGE_MODEL,
          characterTemperature: e.BEDSIDE_CHARACTER_TEMPERATURE,
          characterMaxTokens: e.BEDSIDE_CHARACTER_MAX_TOKENS,
          timeoutMs: e.BEDSIDE_LLM_TIMEOUT_MS,
          maxAttempts: e.BEDSIDE_LLM_MAX_ATTEMPTS,
          circuitFailures: e.BEDSIDE_LLM_CIRCUIT_FAILURES,
          circuitCoolDownMs: e.BEDSIDE_LLM_CIRCUIT_COOLDOWN_MS,
        }
      : null,
    audio: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          transcribeBaseURL: e.BEDSIDE_TRANSCRIBE_BASE_URL ?? e.BEDSIDE_AUDIO_BASE_URL ?? e.OPENAI_BASE_URL,
          speechBaseURL: e.BEDSIDE_SPEECH_BASE_URL ?? e.BEDSIDE_AUDIO_BASE_URL ?? e.OPENAI_BASE_URL,
          transcribeModel: modelOrOff(e.BEDSIDE_TRANSCRIBE_MODEL),
          speechModel: modelOrOff(e.BEDSIDE_SPEECH_MODEL),
          speechFormat: e.BEDSIDE_SPEECH_FORMAT,
          timeoutMs: e.BEDSIDE_AUDIO_TIMEOUT_MS,
          maxAttempts: e.BEDSIDE_LLM_MAX_ATTEMPTS,
          circuitFailures: e.BEDSIDE_LLM_CIRCUIT_FAILURES,
          circuitCoolDownMs: e.BEDSIDE_LLM_CIRCUIT_COOLDOWN_MS,
        }
      : null,
  };
}

/** The xAPI settings when XAPI_ENDPOINT is set; its username and password must be set with it. */
function xapiConfig(e: z.output<typeof configSchema>): XapiConfig | null {
  if (!e.XAPI_ENDPOINT) return null;
  if (!e.XAPI_USERNAME || !e.XAPI_PASSWORD) {
    throw new Error('Invalid configuration:\n  XAPI_ENDPOINT: set XAPI_USERNAME and XAPI_PASSWORD with it');
  }
  return {
    endpoint: e.XAPI_ENDPOINT,
    username: e.XAPI_USERNAME,
    password: e.XAPI_PASSWORD,
    activityBase: e.XAPI_ACTIVITY_BASE,
    timeoutMs: e.XAPI_TIMEOUT_MS,
    retryMinMs: e.XAPI_RETRY_MIN_MS,
    retryMaxMs: Math.max(e.XAPI_RETRY_MAX_MS, e.XAPI_RETRY_MIN_MS),
  };
}
