// A signed-in user changes their password: the current one is checked (and counted like a sign-in), the new
// one must pass the password rules, and every other sign-in of the account is ended.

import { errors } from '../domain-errors.ts';
import type { UserDto } from '../protocol.ts';
import { admitOrLog, hashToken, type SignInDeps, verifyCounted } from './auth-service.ts';
import { assertPasswordAllowed } from './password-policy.ts';

export async function changePassword(
  deps: SignInDeps,
  input: {
    user: UserDto;
    /** The session token of the request, which stays signed in. */
    token: string;
    currentPassword: string;
    newPassword: string;
    addressKey: string;
  },
): Promise<void> {
  assertPasswordAllowed(input.newPassword, input.user.email, deps.commonPasswords);
  const attempt = { accountKey: input.user.email, addressKey: input.addressKey };
  await admitOrLog(deps, attempt, 'password change refused: too many failed attempts', {
    userId: input.user.id,
    personal: { address: input.addressKey },
  });
  const row = await deps.stores.accounts.findById(input.user.id);
  if (!row) throw errors.unauthenticated();
  if (!(await verifyCounted(deps, attempt, input.currentPassword, row.passwordHash))) {
    await deps.guard.failed(attempt);
    deps.logger.log('warn', 'password change refused: wrong current password', {
      userId: row.id,
      personal: { address: input.addressKey },
    });
    throw errors.badCredentials();
  }
  await deps.guard.succeeded(attempt);
  const passwordHash = await deps.hasher.hash(input.newPassword);
  await deps.stores.accounts.changePassword(row.id, passwordHash, hashToken(input.token));
  deps.logger.log('info', 'password changed', { userId: row.id });
}
