// What a new password must be: long enough, not built on the account's email, not a commonly used password.

import { readFileSync } from 'node:fs';
import { DomainError } from '../domain-errors.ts';

export const MIN_PASSWORD_LENGTH = 10;
/** Shorter local parts ("jo", "ann") occur inside too many words to refuse every password containing them. */
const MIN_LOCAL_PART_TO_MATCH_INSIDE = 4;

export type PasswordRule = 'password_too_short' | 'password_contains_email' | 'password_too_common';

const MESSAGES: Record<PasswordRule, string> = {
  password_too_short: `The password needs at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words together are long and easy to remember.`,
  password_contains_email: 'The password must not be your email address or contain the part before the @.',
  password_too_common:
    'That password is one of the most commonly used, so it is among the first an attacker tries; choose something less predictable.',
};

/** The list shipped beside this file. */
export const COMMON_PASSWORDS_FILE = new URL('./common-passwords.txt', import.meta.url);

/** Reads a list of common passwords: one a line, `#` starts a comment line. */
export function loadCommonPasswords(file: URL | string = COMMON_PASSWORDS_FILE): ReadonlySet<string> {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/** The first rule `password` breaks for the account `email`, or null when it passes them all. */
export function brokenPasswordRule(
  password: string,
  email: string,
  common: ReadonlySet<string>,
): PasswordRule | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  if (containsEmail(password, email)) return 'password_contains_email';
  if (isCommon(password, common)) return 'password_too_common';
  return null;
}

/** Throws an error whose code names the broken rule, with a message a learner can act on. */
export function assertPasswordAllowed(password: string, email: string, common: ReadonlySet<string>): void {
  const rule = brokenPasswordRule(password, email, common);
  if (rule) throw new DomainError(rule, MESSAGES[rule]);
}

const alphanumeric = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function containsEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (lower.includes(address)) return true;
  const localPart = address.split('@')[0] ?? '';
  // "ada.lovelace+bedside" is also matched as "ada.lovelace", and both ignoring dots, dashes and spaces.
  const forms = [localPart, localPart.split('+')[0] ?? ''].map(alphanumeric).filter(Boolean);
  const bare = alphanumeric(password);
  return forms.some((form) =>
    form.length >= MIN_LOCAL_PART_TO_MATCH_INSIDE ? bare.includes(form) : bare === form,
  );
}

const LOOKALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Common as typed, or once spaces go, digits and symbols are trimmed from the ends and lookalikes read as letters. */
function isCommon(password: string, common: ReadonlySet<string>): boolean {
  const squeezed = password.toLowerCase().replace(/\s+/g, '');
  if (common.has(squeezed)) return true;
  const core = squeezed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core === '') return false;
  const readAsLetters = [...core].map((ch) => LOOKALIKES[ch] ?? ch).join('');
  return common.has(core) || common.has(readAsLetters);
}
