// Registration through a cohort's invite code: with BEDSIDE_REGISTRATION=invite, only someone holding a code may
// register (the very first account, the admin, excepted); with a code, under either setting, the new account joins
// that cohort.

import { errors } from '../domain-errors.ts';
import type { Clock } from '../ports.ts';
import type { Stores, UserRow } from '../stores/ports.ts';

/** `open`: anyone may register. `invite`: only with a cohort's invite code (the first account excepted). */
export type RegistrationMode = 'open' | 'invite';

/**
 * Refuses, before the password is hashed, a registration that cannot succeed: a code that belongs to no cohort (404),
 * or none under `invite` once the admin exists (403). `admitNewAccount` checks again inside the write.
 */
export async function checkInvite(
  stores: Stores,
  mode: RegistrationMode,
  inviteCode: string | undefined,
): Promise<void> {
  if (inviteCode === undefined) {
    if (mode === 'invite' && (await stores.accounts.anyAccount())) throw errors.inviteRequired();
    return;
  }
  if (!(await stores.cohorts.findByInviteCode(inviteCode))) throw errors.notFound('Invite code');
}

/**
 * What runs inside the write that creates the account, so that it stands or falls with it: joins the cohort of the
 * code, or, without one under `invite`, refuses (403 `invite_required`) any account but the first.
 */
export function admitNewAccount(
  deps: { clock: Clock },
  mode: RegistrationMode,
  inviteCode: string | undefined,
): (stores: Stores, account: UserRow) => Promise<void> {
  return async (stores, account) => {
    if (inviteCode === undefined) {
      if (mode === 'invite' && account.role !== 'admin') throw errors.inviteRequired();
      return;
    }
    const cohort = await stores.cohorts.findByInviteCode(inviteCode);
    if (!cohort) throw errors.notFound('Invite code');
    await stores.cohorts.join(cohort.id, account.id, deps.clock.now().toISOString());
  };
}
