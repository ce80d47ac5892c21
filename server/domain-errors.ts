// The domain's failures: a stable code, a message safe to show, whether retrying helps. No transport here:
// `server/http/api-error.ts` maps each code to its HTTP status in one table.

import type { ApiErrorCode } from './protocol.ts';

/** Codes only the transport raises (a body it cannot read, a connection it refuses); the domain never does. */
export type TransportErrorCode =
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'upgrade_required'
  | 'cross_origin'
  | 'not_acceptable'
  | 'http_error';

export type DomainErrorCode = Exclude<ApiErrorCode, TransportErrorCode>;

export interface DomainErrorOptions {
  /** Whether trying the same thing again later may succeed. @default false */
  retryable?: boolean;
  /** When trying again may succeed. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class DomainError extends Error {
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'DomainError';
    this.retryable = options.retryable ?? false;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const errors = {
  badRequest: (message: string) => new DomainError('bad_request', message),
  validation: (message: string) => new DomainError('validation_failed', message),
  unauthenticated: () => new DomainError('unauthenticated', 'Sign in to continue.'),
  badCredentials: () =>
    new DomainError('invalid_credentials', 'That email and password do not match an account.'),
  forbidden: () => new DomainError('forbidden', 'Your role does not allow this.'),
  emailTaken: () => new DomainError('email_taken', 'An account with that email already exists.'),
  /** Only someone with the instructor (or admin) role can instruct a cohort. */
  notInstructor: () =>
    new DomainError(
      'not_instructor',
      'Only an instructor or an admin can instruct a cohort: an admin can change their role first.',
    ),
  /** This server lets people register only with a cohort's invite code. */
  inviteRequired: () =>
    new DomainError(
      'invite_required',
      'Registering here needs an invite code: ask your course lead for the link or the code.',
    ),
  lastAdmin: () => new DomainError('last_admin', 'This is the only admin: make someone else an admin first.'),
  notFound: (what: string) => new DomainError('not_found', `${what} not found.`),
  sessionEnded: () => new DomainError('session_ended', 'This session has ended and takes no more turns.'),
  sessionActive: () => new DomainError('session_active', 'End the session to get its report.'),
  sessionFull: (limit: number) =>
    new DomainError(
      'session_full',
      `This session has reached its limit of ${limit} turns: end it and start a new one to keep practising.`,
    ),
  /** Too many requests of one kind from one caller; the message says which and when to try again. */
  rateLimited: (retryAfterSeconds: number, message: string) =>
    new DomainError('rate_limited', message, { retryable: true, retryAfterSeconds }),
  /** Too many sign-ins or registrations from one account or address; the message says when to try again. */
  tooManyAttempts: (retryAfterSeconds: number, message: string) =>
    new DomainError('too_many_attempts', message, { retryable: true, retryAfterSeconds }),
  /** The database stayed locked past its wait: what the request would have written was not written. */
  busy: (message = 'The server is busy and did not save this request; try again in a moment.') =>
    new DomainError('busy', message, { retryable: true, retryAfterSeconds: 1 }),
  turnInProgress: () =>
    new DomainError('turn_in_progress', 'The previous turn is still being answered; try again shortly.', {
      retryable: true,
    }),
  alreadyRated: () =>
    new DomainError('already_rated', 'Your skills are already rated; practice sessions move them from here.'),
  gradingFailed: () =>
    new DomainError('grading_failed', 'This session could not be graded. The error has been logged.'),
  /** A spoken utterance that cannot be heard: the message says why, in the learner's words. */
  badAudio: (message: string) => new DomainError('bad_audio', message),
  voiceUnavailable: () =>
    new DomainError(
      'voice_unavailable',
      'Voice input is not set up on this server: type instead, or ask its operator to enable transcription.',
    ),
  transcriptionFailed: () =>
    new DomainError('transcription_failed', "I didn't catch that: say it again, or type it.", {
      retryable: true,
    }),
  invalidMessage: (message: string) => new DomainError('invalid_message', message),
  internal: (cause?: unknown) =>
    new DomainError('internal_error', 'Something went wrong on the server.', { retryable: true, cause }),
} as const;
