// Scenarios set for cohorts.

import { asc, eq } from 'drizzle-orm';
import type { AssignmentStore } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function assignmentStore({ sql, t, writeOne }: StoreContext): AssignmentStore {
  const { assignments, cohorts, cohortMembers: members } = t;
  return {
    createAssignment: (assignment) =>
      writeOne(async (tx) => {
        const [row] = await tx.insert(assignments).values(assignment).returning();
        if (!row) throw new Error('the new assignment was not stored');
        return row;
      }),
    forCohort: (cohortId) =>
      sql
        .select()
        .from(assignments)
        .where(eq(assignments.cohortId, cohortId))
        .orderBy(asc(assignments.createdAt), asc(assignments.id)),
    forLearner: async (userId) =>
      (
        await sql
          .select({ assignment: assignments, cohortName: cohorts.name })
          .from(members)
          .innerJoin(assignments, eq(assignments.cohortId, members.cohortId))
          .innerJoin(cohorts, eq(cohorts.id, members.cohortId))
          .where(eq(members.userId, userId))
          .orderBy(asc(assignments.createdAt), asc(assignments.id))
      ).map(({ assignment, cohortName }) => ({ ...assignment, cohortName })),
  };
}
