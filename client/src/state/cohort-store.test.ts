// The cohort store follows the learner store's view: each cohort page's data is loaded when the page opens, and the
// forms of those pages (join, create, assign, comment, review, change a role) update what the pages show.

import { describe, expect, it } from 'vitest';
import type { Role, SessionWithTurnsDto, UserDto } from '../../../server/protocol.ts';
import type { BedsideApi, ReportAnswer } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { CohortApi } from '../api/cohort-api.ts';
import type { CohortDto, CommentDto, ItemReviewDto, ReviewedReport } from '../api/instruction-wire.ts';
import { createCohortStore } from './cohort-store.ts';
import { fakeReport } from './fake-report.ts';
import { createManualClock } from './manual-clock.ts';
import { createBedsideStore } from './store.ts';
import { session, turn } from './test-builders.ts';

const instructor: UserDto = { id: 'i1', email: 'i@example.org', name: 'Dr Okafor', role: 'instructor' };
const learner: UserDto = { id: 'l1', email: 'l@example.org', name: 'Sam Reyes', role: 'learner' };
const cohort: CohortDto = {
  id: 'c1',
  name: 'Spring ward rotation',
  inviteCode: 'CODE-1',
  createdAt: session.createdAt,
};
const ended: SessionWithTurnsDto = {
  ...session,
  status: 'ended',
  endedAt: session.createdAt,
  turns: [turn(0, 'learner', 'What do you understand so far?'), turn(1, 'patient', 'Not much.')],
};

/** An in-memory server for one cohort, one learner and one graded session. */
function fakeServer(user: UserDto) {
  const calls: string[] = [];
  const comments: CommentDto[] = [];
  const reviews: ItemReviewDto[] = [];
  let users: UserDto[] = [instructor, learner];
  let joined = false;
  const report = (): ReviewedReport => {
    const base = fakeReport();
    return {
      ...base,
      rubrics: base.rubrics.map((r) => ({
        ...r,
        items: r.items.map((i) => ({ ...i, reviews: reviews.filter((v) => v.itemId === i.id) })),
      })),
    };
  };
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  const bedsideApi = {
    me: async () => user,
    register: unused,
    login: unused,
    logout: async () => {},
    listScenarios: async () => [],
    listSessions: async () => [],
    createSession: unused,
    endSession: unused,
    getProgress: unused,
    saveSelfRating: unused,
    sendTurn: unused,
    getSession: async (id: string) => {
      calls.push(`session:${id}`);
      return { ...ended, comments: [...comments] };
    },
    getReport: async (): Promise<ReportAnswer> => ({ status: 'ready', report: report() as never }),
  } as unknown as BedsideApi;
  const cohortApi: CohortApi = {
    listCohorts: async () => (user.role === 'learner' ? (joined ? [cohort] : []) : [cohort]),
    createCohort: async (name) => ({ ...cohort, id: 'c2', name, inviteCode: 'CODE-2' }),
    joinCohort: async (code) => {
      if (code !== cohort.inviteCode) throw new ApiError(404, 'not_found', 'Invite code not found.');
      joined = true;
      return { id: cohort.id, name: cohort.name, createdAt: cohort.createdAt };
    },
    getCohort: async (id) => {
      calls.push(`cohort:${id}`);
      return {
        cohort: { ...cohort, instructors: [{ id: instructor.id, name: instructor.name }] },
        learners: [{ id: learner.id, name: learner.name, sessions: 1, lastActiveAt: null, skills: [] }],
      };
    },
    getOverview: async () => {
      throw new ApiError(404, 'not_found', 'Not found.');
    },
    listCohortAssignments: async () => [],
    createAssignment: async (cohortId, input) => ({
      id: 'a1',
      cohortId,
      scenarioId: input.scenarioId,
      difficulty: input.difficulty ?? null,
      dueAt: input.dueAt ?? null,
      createdAt: session.createdAt,
    }),
    myAssignments: async () =>
      joined
        ? [
            {
              id: 'a1',
              cohortId: cohort.id,
              scenarioId: 'breaking-news-cancer',
              difficulty: 2,
              dueAt: null,
              createdAt: session.createdAt,
              cohortName: cohort.name,
              scenarioTitle: 'Results day',
              status: 'not_started',
              sessions: 0,
            },
          ]
        : [],
    learnerSessions: async () => [ended],
    addComment: async (_id, input) => {
      const comment = {
        id: `m${comments.length}`,
        ...input,
        createdAt: session.createdAt,
        authorName: user.name,
      };
      comments.push(comment);
      return comment;
    },
    reviewItem: async (_id, itemId, input) => {
      const review: ItemReviewDto = {
        rubricId: 'spikes',
        itemId,
        agree: input.agree,
        score: input.score ?? null,
        note: input.note ?? null,
        automaticScore: 1,
        reviewerName: user.name,
        updatedAt: session.createdAt,
      };
      reviews.push(review);
      return review;
    },
    graderAgreement: async () => ({ items: [], reviewed: 0, agreedShare: null }),
    listUsers: async () => users,
    setRole: async (id, role: Role) => {
      if (id === instructor.id) throw new ApiError(409, 'last_admin', 'Keep one admin.');
      users = users.map((u) => (u.id === id ? { ...u, role } : u));
      return users.find((u) => u.id === id) as UserDto;
    },
  };
  return { api: { ...bedsideApi, ...cohortApi }, calls };
}

/** Lets the loads a view change started finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function signedIn(user: UserDto) {
  const server = fakeServer(user);
  const bedside = createBedsideStore(server.api, { comfortStorage: null });
  const cohorts = createCohortStore(server.api, bedside, {
    reportPolling: { clock: createManualClock() },
  });
  await bedside.getState().start();
  await settle();
  return { bedside, cohorts, server };
}

describe('the cohort store', () => {
  it("lists a learner's cohorts and assignments in the lobby once they join with a code", async () => {
    const { bedside, cohorts } = await signedIn(learner);
    expect(cohorts.getState().assignments).toEqual([]);

    expect(await cohorts.getState().joinCohort('WRONG')).toBe(false);
    expect(bedside.getState().error).toBe('Invite code not found.');

    expect(await cohorts.getState().joinCohort('  CODE-1 ')).toBe(true);
    expect(bedside.getState().error).toBeNull();
    expect(cohorts.getState().flash).toBe('You joined Spring ward rotation.');
    expect(cohorts.getState().joined.map((c) => c.name)).toEqual(['Spring ward rotation']);
    expect(cohorts.getState().assignments.map((a) => [a.scenarioTitle, a.status])).toEqual([
      ['Results day', 'not_started'],
    ]);
  });

  it('loads the cohorts page, and the overview page without an overview when the server has none', async () => {
    const { bedside, cohorts } = await signedIn(instructor);
    bedside.getState().openInstructorPage({ name: 'cohorts' });
    await settle();
    expect(cohorts.getState().cohorts?.map((c) => c.inviteCode)).toEqual(['CODE-1']);
    expect(await cohorts.getState().createCohort(' Autumn ')).toBe(true);
    expect(cohorts.getState().cohorts?.map((c) => c.name)).toEqual(['Spring ward rotation', 'Autumn']);

    bedside.getState().openInstructorPage({ name: 'cohort', cohortId: 'c1' });
    await settle();
    const open = cohorts.getState().cohort;
    expect(open?.detail?.learners.map((l) => l.name)).toEqual(['Sam Reyes']);
    expect(open?.overview).toEqual({
      status: 'unavailable',
      message: 'The overview is not available on this server yet.',
    });

    expect(
      await cohorts.getState().createAssignment({ scenarioId: 'breaking-news-cancer', difficulty: 2 }),
    ).toBe(true);
    expect(cohorts.getState().cohort?.assignments.map((a) => a.scenarioId)).toEqual(['breaking-news-cancer']);

    await cohorts.getState().showLearnerSessions(learner.id);
    expect(cohorts.getState().cohort?.sessions[learner.id]?.map((s) => s.id)).toEqual([ended.id]);
  });

  it('replays a session: comments land on their turn and a review comes back with the report', async () => {
    const { bedside, cohorts, server } = await signedIn(instructor);
    bedside.getState().openInstructorPage({ name: 'cohort', cohortId: 'c1' });
    await settle();
    bedside
      .getState()
      .openInstructorPage({ name: 'replay', cohortId: 'c1', learnerId: 'l1', sessionId: 's1' });
    await settle();
    await settle();
    const replay = () => cohorts.getState().replay;
    expect(replay()?.session?.turns).toHaveLength(2);
    expect(replay()?.feedback.status).toBe('ready');
    // The cohort stays loaded under the replay: going back does not start again from nothing.
    expect(server.calls.filter((c) => c === 'cohort:c1')).toHaveLength(1);

    expect(await cohorts.getState().addComment(0, ' A good open question. ')).toBe(true);
    expect(replay()?.session?.comments?.map((c) => [c.turnIndex, c.text])).toEqual([
      [0, 'A good open question.'],
    ]);

    expect(
      await cohorts.getState().reviewItem('perception', { agree: false, score: 0, note: 'Leading.' }),
    ).toBe(true);
    const feedback = replay()?.feedback;
    const item =
      feedback?.status === 'ready' ? (feedback.report as ReviewedReport).rubrics[0]?.items[0] : undefined;
    expect(item?.reviews?.map((r) => [r.agree, r.score, r.note])).toEqual([[false, 0, 'Leading.']]);

    cohorts.getState().citeTurn(1);
    expect(replay()?.cited).toBe(1);
  });

  it("changes a user's role on the admin page, and says why when the server refuses", async () => {
    const { bedside, cohorts } = await signedIn({ ...instructor, role: 'admin' });
    bedside.getState().openInstructorPage({ name: 'users' });
    await settle();
    expect(cohorts.getState().users?.map((u) => u.name)).toEqual(['Dr Okafor', 'Sam Reyes']);
    expect(await cohorts.getState().setRole(learner.id, 'instructor')).toBe(true);
    expect(cohorts.getState().flash).toBe('Sam Reyes is now an instructor.');
    expect(cohorts.getState().users?.find((u) => u.id === learner.id)?.role).toBe('instructor');
    expect(await cohorts.getState().setRole(instructor.id, 'learner')).toBe(false);
    expect(bedside.getState().error).toBe('Keep one admin.');
  });

  it('forgets everything on signing out', async () => {
    const { bedside, cohorts } = await signedIn(instructor);
    bedside.getState().openInstructorPage({ name: 'cohorts' });
    await settle();
    expect(cohorts.getState().cohorts).not.toBeNull();
    await bedside.getState().signOut();
    expect(cohorts.getState().cohorts).toBeNull();
  });
});
