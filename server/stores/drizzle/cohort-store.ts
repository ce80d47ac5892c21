// Cohorts, their instructors and their members.

import { and, asc, eq, inArray, sql as raw } from 'drizzle-orm';
import type { CohortStore } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function cohortStore({ sql, t, write, writeOne }: StoreContext): CohortStore {
  const { cohorts, cohortInstructors: instructors, cohortMembers: members, users, skillRatings } = t;
  const membershipOf = (table: typeof instructors | typeof members, userId: string) =>
    sql.select({ id: table.cohortId }).from(table).where(eq(table.userId, userId));
  const cohortsWhere = (ids: ReturnType<typeof membershipOf>) =>
    sql.select().from(cohorts).where(inArray(cohorts.id, ids)).orderBy(asc(cohorts.createdAt));
  const exists = async (table: typeof instructors | typeof members, cohortId: string, userId: string) =>
    (
      await sql
        .select({ id: table.cohortId })
        .from(table)
        .where(and(eq(table.cohortId, cohortId), eq(table.userId, userId)))
    ).length > 0;

  return {
    createCohort: (cohort, instructorId) =>
      write(async (tx) => {
        const [row] = await tx.insert(cohorts).values(cohort).returning();
        if (!row) throw new Error('the new cohort was not stored');
        await tx
          .insert(instructors)
          .values({ cohortId: row.id, userId: instructorId, addedAt: row.createdAt });
        return row;
      }),
    findCohort: async (cohortId) => (await sql.select().from(cohorts).where(eq(cohorts.id, cohortId)))[0],
    findByInviteCode: async (inviteCode) =>
      (await sql.select().from(cohorts).where(eq(cohorts.inviteCode, inviteCode)))[0],
    listAll: () => sql.select().from(cohorts).orderBy(asc(cohorts.createdAt)),
    listInstructed: (userId) => cohortsWhere(membershipOf(instructors, userId)),
    listJoined: (userId) => cohortsWhere(membershipOf(members, userId)),
    isInstructor: (cohortId, userId) => exists(instructors, cohortId, userId),
    isMember: (cohortId, userId) => exists(members, cohortId, userId),
    instructsLearner: async (instructorId, learnerId) =>
      (
        await sql
          .select({ id: instructors.cohortId })
          .from(instructors)
          .innerJoin(members, eq(members.cohortId, instructors.cohortId))
          .where(and(eq(instructors.userId, instructorId), eq(members.userId, learnerId)))
          .limit(1)
      ).length > 0,
    addInstructor: (cohortId, userId, at) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .insert(instructors)
              .values({ cohortId, userId, addedAt: at })
              .onConflictDoNothing()
              .returning({ id: instructors.userId })
          ).length === 1,
      ),
    join: (cohortId, userId, at) =>
      writeOne(async (tx) => {
        await tx.insert(members).values({ cohortId, userId, joinedAt: at }).onConflictDoNothing();
      }),
    instructors: (cohortId) =>
      sql
        .select({ id: users.id, name: users.name })
        .from(instructors)
        .innerJoin(users, eq(users.id, instructors.userId))
        .where(eq(instructors.cohortId, cohortId))
        .orderBy(asc(instructors.addedAt), asc(users.name)),
    learners: async (cohortId) => {
      const { practiceSessions: sessions } = t;
      const completed = raw<
        number | string
      >`count(case when ${sessions.status} = 'ended' and ${sessions.leftReason} is null then 1 end)`;
      const rows = await sql
        .select({
          id: users.id,
          name: users.name,
          completedSessions: completed,
          lastActiveAt: raw<string | null>`max(coalesce(${sessions.endedAt}, ${sessions.createdAt}))`,
        })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .leftJoin(sessions, eq(sessions.userId, members.userId))
        .where(eq(members.cohortId, cohortId))
        .groupBy(users.id, users.name)
        .orderBy(asc(users.name), asc(users.id));
      return rows.map((row) => ({ ...row, completedSessions: Number(row.completedSessions) }));
    },
    learnerSkillRatings: (cohortId) =>
      sql
        .select()
        .from(skillRatings)
        .where(
          inArray(
            skillRatings.userId,
            sql.select({ id: members.userId }).from(members).where(eq(members.cohortId, cohortId)),
          ),
        ),
  };
}
