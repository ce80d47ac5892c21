// Admin use-cases on accounts: list them and change a role.

import { errors } from '../domain-errors.ts';
import type { Role, UserDto } from '../protocol.ts';
import type { AccountStore } from '../stores/ports.ts';
import { toUserDto } from './auth-service.ts';

export async function listUsers(accounts: AccountStore): Promise<UserDto[]> {
  return (await accounts.listUsers()).map(toUserDto);
}

/**
 * Sets a user's role; the instance always keeps at least one admin. Everything is checked inside one write, against
 * the roles as they are then: a request that passed the role check at the door may find its admin demoted since (two
 * admins demoting each other at once), and then it is refused.
 */
export async function setRole(
  accounts: AccountStore,
  actor: UserDto,
  userId: string,
  role: Role,
): Promise<UserDto> {
  const updated = await accounts.setRole(actor.id, userId, role);
  if (updated === 'forbidden') throw errors.forbidden();
  if (updated === 'not_found') throw errors.notFound('User');
  if (updated === 'last_admin') throw errors.lastAdmin();
  return toUserDto(updated);
}
