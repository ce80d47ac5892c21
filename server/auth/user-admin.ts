// Admin use-cases on accounts: list them and change a role.

import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { users } from '../db/schema.ts';
import { ApiError, errors } from '../http/api-error.ts';
import type { Role, UserDto } from '../protocol.ts';
import { toUserDto } from './auth-service.ts';

export function listUsers(db: Db): UserDto[] {
  return db.select().from(users).orderBy(asc(users.createdAt)).all().map(toUserDto);
}

/**
 * Sets a user's role; the instance always keeps at least one admin. Everything is checked inside one write
 * transaction, against the roles as they are then: a request that passed the role check at the door may find its
 * admin demoted since (two admins demoting each other at once), and then it is refused.
 */
export function setRole(db: Db, actor: UserDto, userId: string, role: Role): UserDto {
  const updated = db.transaction(
    (tx) => {
      const actorNow = tx.select({ role: users.role }).from(users).where(eq(users.id, actor.id)).get();
      if (actorNow?.role !== 'admin') throw errors.forbidden();
      const target = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
      if (!target) throw errors.notFound('User');
      if (target.role === 'admin' && role !== 'admin') {
        const admins = tx.select({ n: count() }).from(users).where(eq(users.role, 'admin')).get()?.n ?? 0;
        if (admins <= 1) throw lastAdmin();
      }
      return tx.update(users).set({ role }).where(eq(users.id, userId)).returning().get();
    },
    // IMMEDIATE takes the write lock before the first read, so another process cannot change roles in between.
    { behavior: 'immediate' },
  );
  if (!updated) throw errors.notFound('User');
  return toUserDto(updated);
}

const lastAdmin = () =>
  new ApiError(409, 'last_admin', 'This is the only admin: make someone else an admin first.');
