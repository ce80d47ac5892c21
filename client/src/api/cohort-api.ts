// The cohort and instruction routes as typed calls: cohorts and invites, assignments, the overview, comments, grader
// review and the admin's users. Kept apart from `BedsideApi` so the learner's store and its fakes stay as they are.

import type { Role, SessionDto, UserDto } from '../../../server/protocol.ts';
import { apiErrorFrom } from './api-error.ts';
import type {
  AssignmentDto,
  CohortDetailDto,
  CohortDto,
  CohortOverviewDto,
  CommentDto,
  GraderAgreementDto,
  ItemReviewDto,
  JoinedCohortDto,
  LearnerAssignmentDto,
} from './instruction-wire.ts';

export type Level = 1 | 2 | 3;

export interface NewAssignment {
  scenarioId: string;
  difficulty?: Level;
  /** ISO date-time. */
  dueAt?: string;
}

/** An instructor's verdict on an item: agreeing, or correcting it with their own score; either with a note. */
export interface ReviewInput {
  agree: boolean;
  score?: number;
  note?: string;
  /** Needed only when two of the report's rubrics share the item's id. */
  rubricId?: string;
}

export interface CohortApi {
  /** The caller's cohorts: those they run (with invite codes), or as a learner those they joined. */
  listCohorts(): Promise<(CohortDto | JoinedCohortDto)[]>;
  createCohort(name: string): Promise<CohortDto>;
  joinCohort(inviteCode: string): Promise<JoinedCohortDto>;
  getCohort(id: string): Promise<CohortDetailDto>;
  getOverview(id: string): Promise<CohortOverviewDto>;
  listCohortAssignments(id: string): Promise<AssignmentDto[]>;
  createAssignment(cohortId: string, input: NewAssignment): Promise<AssignmentDto>;
  /** A learner's own assignments, with where they stand on each. */
  myAssignments(): Promise<LearnerAssignmentDto[]>;
  learnerSessions(cohortId: string, userId: string): Promise<SessionDto[]>;
  addComment(sessionId: string, input: { turnIndex: number; text: string }): Promise<CommentDto>;
  reviewItem(sessionId: string, itemId: string, input: ReviewInput): Promise<ItemReviewDto>;
  graderAgreement(): Promise<GraderAgreementDto>;
  listUsers(): Promise<UserDto[]>;
  setRole(userId: string, role: Role): Promise<UserDto>;
}

/** Where a cohort's CSV export downloads from (a plain link: the browser sends the cookie). */
export function exportCsvPath(cohortId: string): string {
  return `/api/cohorts/${encodeURIComponent(cohortId)}/export.csv`;
}

/** Creates the cohort API client over `fetch`, against the page's own origin by default. */
export function createCohortApi(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  baseUrl = '',
): CohortApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetchFn(`${baseUrl}${path}`, init);
    if (!response.ok) throw await apiErrorFrom(response);
    return (await response.json()) as T;
  }
  const id = encodeURIComponent;

  return {
    listCohorts: async () =>
      (await call<{ cohorts: (CohortDto | JoinedCohortDto)[] }>('GET', '/api/cohorts')).cohorts,
    createCohort: async (name) =>
      (await call<{ cohort: CohortDto }>('POST', '/api/cohorts', { name })).cohort,
    joinCohort: async (inviteCode) =>
      (await call<{ cohort: JoinedCohortDto }>('POST', '/api/cohorts/join', { inviteCode })).cohort,
    getCohort: (cohortId) => call<CohortDetailDto>('GET', `/api/cohorts/${id(cohortId)}`),
    getOverview: (cohortId) => call<CohortOverviewDto>('GET', `/api/cohorts/${id(cohortId)}/overview`),
    listCohortAssignments: async (cohortId) =>
      (await call<{ assignments: AssignmentDto[] }>('GET', `/api/cohorts/${id(cohortId)}/assignments`))
        .assignments,
    createAssignment: async (cohortId, input) =>
      (await call<{ assignment: AssignmentDto }>('POST', `/api/cohorts/${id(cohortId)}/assignments`, input))
        .assignment,
    myAssignments: async () =>
      (await call<{ assignments: LearnerAssignmentDto[] }>('GET', '/api/assignments')).assignments,
    learnerSessions: async (cohortId, userId) =>
      (
        await call<{ sessions: SessionDto[] }>(
          'GET',
          `/api/cohorts/${id(cohortId)}/learners/${id(userId)}/sessions`,
        )
      ).sessions,
    addComment: async (sessionId, input) =>
      (await call<{ comment: CommentDto }>('POST', `/api/sessions/${id(sessionId)}/comments`, input)).comment,
    reviewItem: async (sessionId, itemId, input) =>
      (
        await call<{ review: ItemReviewDto }>(
          'PUT',
          `/api/sessions/${id(sessionId)}/report/items/${id(itemId)}/review`,
          input,
        )
      ).review,
    graderAgreement: () => call<GraderAgreementDto>('GET', '/api/grader/agreement'),
    listUsers: async () => (await call<{ users: UserDto[] }>('GET', '/api/users')).users,
    setRole: async (userId, role) =>
      (await call<{ user: UserDto }>('PATCH', `/api/users/${id(userId)}/role`, { role })).user,
  };
}
