// Admin use-cases on accounts: list them and change a role.

import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { users } from '../db/schema.ts';
import { ApiError, errors } from '../http/api-error.ts';
import type { Role, UserDto } from '../protocol.ts';
import { toUserDto } from './auth-service.ts';

export function listUsers(db: Db): UserDto[] {
  return db.select().from(users).orderBy(asc(users.createdAt)).all().map(toUserDto);
}

/** Sets a user's role. An admin cannot demote themselves, so the instance always keeps an admin. */
export function setRole(db: Db, actor: UserDto, userId: string, role: Role): UserDto {
  if (actor.id === userId && role !== 'admin') {
    throw new ApiError(409, 'last_admin', 'You cannot remove your own admin role.');
  }
  const updated = db.update(users).set({ role }).where(eq(users.id, userId)).returning().get();
  if (!updated) throw errors.notFound('User');
  return toUserDto(updated);
}
