// The wire types of cohorts, assignments and the audit log. Re-exported by `server/protocol.ts`, so this file imports
// nothing but the learner model's own wire types.

import type { Skill } from '../learning/progress-types.ts';

/** A cohort as its instructors and admins see it: with the code that lets learners join. */
export interface CohortDto {
  id: string;
  name: string;
  /** Random and unguessable; whoever has it may join. Only instructors and admins are shown it. */
  inviteCode: string;
  createdAt: string;
}

/** A cohort as a learner who joined it sees it: no invite code. */
export type JoinedCohortDto = Omit<CohortDto, 'inviteCode'>;

export interface PersonDto {
  id: string;
  name: string;
}

/** What `GET /api/cohorts/:id` answers: the cohort with its instructors, and one summary per learner. */
export interface CohortDetailDto {
  cohort: CohortDto & { instructors: PersonDto[] };
  learners: CohortLearnerDto[];
}

export interface CohortLearnerDto {
  id: string;
  name: string;
  /** Sessions completed: ended and graded (a session left ungraded counts nowhere). */
  sessions: number;
  /** When the learner last started or ended a session; null before their first. */
  lastActiveAt: string | null;
  /** The learner model's rating of each skill (the progress scale), and whether anything has informed it yet. */
  skills: { skill: Skill; rating: number; uncertainty: number; rated: boolean }[];
}

/**
 * Where a learner stands on an assignment, from their sessions on its scenario (at its level, when it names one) since
 * it was made: none (`not_started`), some but none completed (`in_progress`), one ended and graded (`completed`).
 * Past its due date and not completed, it is `overdue`.
 */
export type AssignmentStatus = 'not_started' | 'in_progress' | 'completed' | 'overdue';

export interface AssignmentDto {
  id: string;
  cohortId: string;
  scenarioId: string;
  /** The level to practise at; null leaves it to the learner (or the learner model). */
  difficulty: 1 | 2 | 3 | null;
  dueAt: string | null;
  createdAt: string;
}

/** One of the caller's assignments (`GET /api/assignments`), with where they stand on it. */
export interface LearnerAssignmentDto extends AssignmentDto {
  cohortName: string;
  scenarioTitle: string | null;
  status: AssignmentStatus;
  /** Sessions the learner started on it since it was made (left ones included). */
  sessions: number;
}
