// The HTTP face of errors: one table from each stable code to its status, the failures only the transport raises,
// and `toApiError`, the one place any thrown value becomes what a client is sent.

import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDatabaseBusy } from '../db/database-busy.ts';
import { DomainError, errors } from '../domain-errors.ts';
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

/** The HTTP status of every code; `http_error` alone keeps the status of the framework error it stands for. */
export const HTTP_STATUS: Record<Exclude<ApiErrorCode, 'http_error'>, ContentfulStatusCode> = {
  bad_request: 400,
  invalid_json: 400,
  invalid_message: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  invite_required: 403,
  cross_origin: 403,
  not_found: 404,
  not_acceptable: 406,
  email_taken: 409,
  last_admin: 409,
  not_instructor: 409,
  session_ended: 409,
  session_active: 409,
  turn_in_progress: 409,
  session_full: 409,
  already_rated: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  password_too_short: 422,
  password_contains_email: 422,
  password_too_common: 422,
  bad_audio: 422,
  upgrade_required: 426,
  too_many_attempts: 429,
  rate_limited: 429,
  internal_error: 500,
  busy: 503,
  grading_failed: 503,
  voice_unavailable: 503,
  transcription_failed: 503,
};

const transport = (code: Exclude<ApiErrorCode, 'http_error'>, message: string) =>
  new ApiError(HTTP_STATUS[code], code, message);

/** Failures of the transport itself: what the domain never sees. */
export const httpErrors = {
  invalidJson: () => transport('invalid_json', 'The request body is not valid JSON.'),
  unsupportedMediaType: () =>
    transport('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).'),
  payloadTooLarge: (limit: number) =>
    transport('payload_too_large', `The request body is larger than ${limit} bytes.`),
  upgradeRequired: () => transport('upgrade_required', 'This address takes a WebSocket connection.'),
  notAcceptable: () =>
    transport('not_acceptable', 'Ask for application/json or text/event-stream in the Accept header.'),
  crossOrigin: () => transport('cross_origin', 'The live channel only accepts connections from this site.'),
  crossSiteRequest: () =>
    transport('cross_origin', 'This change was asked for by another site, so it was refused.'),
} as const;

/** Whether `error` is a failure the server knows how to describe (not a bug or an outage of its own). */
export function isKnownError(error: unknown): error is ApiError | DomainError {
  return error instanceof ApiError || error instanceof DomainError;
}

/**
 * What a client is sent for any thrown value: catalogue errors keep their code and message, a locked database is
 * `busy`, anything else `internal_error`. `maxBodyBytes` names the limit when the framework refuses a large body.
 */
export function toApiError(error: unknown, maxBodyBytes?: number): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) {
    return new ApiError(HTTP_STATUS[error.code], error.code, error.message, error.retryable, {
      cause: error,
      retryAfterSeconds: error.retryAfterSeconds,
    });
  }
  if (error instanceof HTTPException) {
    return error.status === 413 && maxBodyBytes !== undefined
      ? httpErrors.payloadTooLarge(maxBodyBytes)
      : new ApiError(error.status as 400, 'http_error', error.message || 'Request failed.');
  }
  return toApiError(isDatabaseBusy(error) ? errors.busy() : errors.internal(error));
}
