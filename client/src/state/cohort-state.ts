// The state of cohorts and instruction as plain data: the learner's cohorts and assignments for the lobby, and the
// instructor's cohorts, the cohort open on its overview, the session being replayed and the admin's users. No React.

import type { SessionDto, UserDto } from '../../../server/protocol.ts';
import type {
  AssignmentDto,
  CohortDetailDto,
  CohortDto,
  CohortOverviewDto,
  CommentedSession,
  GraderAgreementDto,
  JoinedCohortDto,
  LearnerAssignmentDto,
} from '../api/instruction-wire.ts';
import type { Feedback } from './feedback.ts';

/** Something a page shows once loaded, or says why it cannot. */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'unavailable'; message: string };

/** The cohort on its overview page, kept while one of its sessions is replayed. */
export interface OpenCohort {
  id: string;
  detail: CohortDetailDto | null;
  overview: Loadable<CohortOverviewDto>;
  assignments: AssignmentDto[];
  /** Each learner's sessions, by learner id, once their list has been opened. */
  sessions: Record<string, SessionDto[]>;
}

/** A learner's session read back by an instructor. */
export interface Replay {
  sessionId: string;
  learnerId: string;
  session: CommentedSession | null;
  /** The report with its reviews, as the learner's ended page waits for it. */
  feedback: Feedback;
  /** The turn an evidence quote or the emotion curve points at, highlighted in the transcript. */
  cited: number | null;
}

export interface CohortState {
  /** A learner's cohorts, for the lobby. */
  joined: JoinedCohortDto[];
  /** A learner's assignments with where they stand, for the lobby. */
  assignments: LearnerAssignmentDto[];
  /** The cohorts an instructor runs (every one for an admin); null until loaded. */
  cohorts: CohortDto[] | null;
  /** How often reviewers agree with the grader, across the deployment; null until loaded or if unavailable. */
  agreement: GraderAgreementDto | null;
  cohort: OpenCohort | null;
  replay: Replay | null;
  /** Every account, for the admin's page; null until loaded. */
  users: UserDto[] | null;
  /** A form's request is on its way (its buttons are disabled). */
  busy: boolean;
  /** What the last form did, for its status line. */
  flash: string | null;
}

export const initialCohortState: CohortState = {
  joined: [],
  assignments: [],
  cohorts: null,
  agreement: null,
  cohort: null,
  replay: null,
  users: null,
  busy: false,
  flash: null,
};

/** Whether the user may run cohorts (the "Cohorts" way in). */
export function instructs(user: UserDto | null): boolean {
  return user?.role === 'instructor' || user?.role === 'admin';
}
