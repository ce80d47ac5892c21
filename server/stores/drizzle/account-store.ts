// Accounts and sign-ins.

import { and, asc, count, eq, lt, ne } from 'drizzle-orm';
import type { AccountStore } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function accountStore({ sql, t, write, writeOne }: StoreContext): AccountStore {
  const { users, authSessions } = t;
  return {
    createAccount: (input) =>
      write(async (tx) => {
        const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
        if (taken) return null;
        const [existing] = await tx.select({ n: count() }).from(users);
        const [row] = await tx
          .insert(users)
          .values({ ...input, role: (existing?.n ?? 0) === 0 ? 'admin' : 'learner' })
          .returning();
        return row ?? null;
      }),
    findByEmail: async (email) => (await sql.select().from(users).where(eq(users.email, email)))[0],
    anyAccount: async () => (await sql.select({ id: users.id }).from(users).limit(1)).length > 0,
    findById: async (userId) => (await sql.select().from(users).where(eq(users.id, userId)))[0],
    listUsers: () => sql.select().from(users).orderBy(asc(users.createdAt)),
    setRole: (actorId, userId, role) =>
      write(async (tx) => {
        const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, actorId));
        if (actor?.role !== 'admin') return 'forbidden';
        const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
        if (!target) return 'not_found';
        if (target.role === 'admin' && role !== 'admin') {
          const [admins] = await tx.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
          if ((admins?.n ?? 0) <= 1) return 'last_admin';
        }
        const [updated] = await tx.update(users).set({ role }).where(eq(users.id, userId)).returning();
        return updated ?? 'not_found';
      }),
    addSignIn: (signIn, now) =>
      write(async (tx) => {
        await tx.delete(authSessions).where(lt(authSessions.expiresAt, now));
        await tx.insert(authSessions).values(signIn);
      }),
    removeSignIn: (tokenHash) =>
      writeOne(async (tx) => {
        await tx.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
      }),
    findSignIn: async (tokenHash) =>
      (
        await sql
          .select({ user: users, expiresAt: authSessions.expiresAt })
          .from(authSessions)
          .innerJoin(users, eq(users.id, authSessions.userId))
          .where(eq(authSessions.tokenHash, tokenHash))
      )[0],
    changePassword: (userId, passwordHash, keepTokenHash) =>
      write(async (tx) => {
        await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
        await tx
          .delete(authSessions)
          .where(and(eq(authSessions.userId, userId), ne(authSessions.tokenHash, keepTokenHash)));
      }),
  };
}
