// The error catalogue: every failure a client can see has a status, a stable code and a safe message.

import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '../protocol.ts';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    /** Whether trying the same request again later may succeed. */
    readonly retryable = false,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
  /** Sent as `Retry-After`: when trying again may succeed. */
  readonly retryAfterSeconds: number | undefined;
}

/** SQLite could not get its lock in time (another writer held it): nothing of that statement was written. */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export const errors = {
  badRequest: (message: string) => new ApiError(400, 'bad_request', message),
  invalidJson: () => new ApiError(400, 'invalid_json', 'The request body is not valid JSON.'),
  validation: (message: string) => new ApiError(422, 'validation_failed', message),
  unsupportedMediaType: () =>
    new ApiError(
      415,
      'unsupported_media_type',
      'Send the request body as JSON (Content-Type: application/json).',
    ),
  payloadTooLarge: (limit: number) =>
    new ApiError(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`),
  unauthenticated: () => new ApiError(401, 'unauthenticated', 'Sign in to continue.'),
  badCredentials: () =>
    new ApiError(401, 'invalid_credentials', 'That email and password do not match an account.'),
  forbidden: () => new ApiError(403, 'forbidden', 'Your role does not allow this.'),
  emailTaken: () => new ApiError(409, 'email_taken', 'An account with that email already exists.'),
  notFound: (what: string) => new ApiError(404, 'not_found', `${what} not found.`),
  sessionEnded: () => new ApiError(409, 'session_ended', 'This session has ended and takes no more turns.'),
  sessionFull: (limit: number) =>
    new ApiError(
      409,
      'session_full',
      `This session has reached its limit of ${limit} turns: end it and start a new one to keep practising.`,
    ),
  /** Too many requests of one kind from one caller; the message says which and when to try again. */
  rateLimited: (retryAfterSeconds: number, message: string) =>
    new ApiError(429, 'rate_limited', message, true, { retryAfterSeconds }),
  /** The database stayed locked past its wait: what the request would have written was not written. */
  busy: (message = 'The server is busy and did not save this request; try again in a moment.') =>
    new ApiError(503, 'busy', message, true, { retryAfterSeconds: 1 }),
  turnInProgress: () =>
    new ApiError(
      409,
      'turn_in_progress',
      'The previous turn is still being answered; try again shortly.',
      true,
    ),
  /** A spoken utterance that cannot be heard: the message says why, in the learner's words. */
  badAudio: (message: string) => new ApiError(422, 'bad_audio', message),
  voiceUnavailable: () =>
    new ApiError(
      503,
      'voice_unavailable',
      'Voice input is not set up on this server: type instead, or ask its operator to enable transcription.',
    ),
  transcriptionFailed: () =>
    new ApiError(503, 'transcription_failed', "I didn't catch that: say it again, or type it.", true),
  invalidMessage: (message: string) => new ApiError(400, 'invalid_message', message),
  upgradeRequired: () => new ApiError(426, 'upgrade_required', 'This address takes a WebSocket connection.'),
  crossOrigin: () =>
    new ApiError(403, 'cross_origin', 'The live channel only accepts connections from this site.'),
  crossSiteRequest: () =>
    new ApiError(403, 'cross_origin', 'This change was asked for by another site, so it was refused.'),
  notAcceptable: () =>
    new ApiError(
      406,
      'not_acceptable',
      'Ask for application/json or text/event-stream in the Accept header.',
    ),
  internal: (cause?: unknown) =>
    new ApiError(500, 'internal_error', 'Something went wrong on the server.', true, {
      cause,
    }),
} as const;
