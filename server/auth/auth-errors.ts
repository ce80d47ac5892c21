// Errors of sign-in protection. Each carries a wait, which the app's error handler sends as Retry-After.

import { type DomainError, errors } from '../domain-errors.ts';

/** The account or the client address has had too many failed sign-ins in the window. */
export function tooManyAttempts(retryAfterMs: number): DomainError {
  return tooMany(retryAfterMs, 'Too many failed sign-ins.');
}

/** This client address has registered as many accounts as the window allows. */
export function tooManyRegistrations(retryAfterMs: number): DomainError {
  return tooMany(retryAfterMs, 'Too many accounts registered from this address.');
}

function tooMany(retryAfterMs: number, what: string): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} seconds` : minutes === 1 ? 'a minute' : `${minutes} minutes`;
  return errors.tooManyAttempts(seconds, `${what} Try again in ${wait}.`);
}

/** Busy: so many passwords are waiting to be checked that this one would wait too long. */
export const hashingBusy = () =>
  errors.busy('The server is signing in many people at once; try again in a moment.');
