// Errors of sign-in protection. Each carries a wait, which the app's error handler sends as Retry-After.

import { ApiError, errors } from '../http/api-error.ts';

/** 429: the account or the client address has had too many failed sign-ins in the window. */
export function tooManyAttempts(retryAfterMs: number): ApiError {
  return tooMany(retryAfterMs, 'Too many failed sign-ins.');
}

/** 429: this client address has registered as many accounts as the window allows. */
export function tooManyRegistrations(retryAfterMs: number): ApiError {
  return tooMany(retryAfterMs, 'Too many accounts registered from this address.');
}

function tooMany(retryAfterMs: number, what: string): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} seconds` : minutes === 1 ? 'a minute' : `${minutes} minutes`;
  return new ApiError(429, 'too_many_attempts', `${what} Try again in ${wait}.`, true, {
    retryAfterSeconds: seconds,
  });
}

/** 503: so many passwords are waiting to be checked that this one would wait too long. */
export const hashingBusy = () =>
  errors.busy('The server is signing in many people at once; try again in a moment.');
