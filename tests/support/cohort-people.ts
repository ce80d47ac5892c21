// The people of a course, for the tests of who may read whose data: an admin, two instructors each with a cohort,
// a learner in each cohort, a learner in none, and someone signed out. Every role the access rules tell apart.

import { ApiClient } from './api-client.ts';

export interface Person {
  client: ApiClient;
  id: string;
}

export interface CohortPeople {
  admin: Person;
  /** Instructs cohort A. */
  instructorA: Person;
  /** Instructs cohort B only. */
  instructorB: Person;
  /** A learner in cohort A. */
  learnerA: Person;
  /** A learner in cohort B. */
  learnerB: Person;
  /** A learner in no cohort. */
  outsider: Person;
  anonymous: ApiClient;
  cohortA: { id: string; inviteCode: string };
  cohortB: { id: string; inviteCode: string };
}

let counter = 0;

/** Registers a fresh account (emails unique across a test file) and keeps its cookie. */
export async function signUp(
  url: string,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<Person> {
  const client = new ApiClient(url);
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${++counter}@example.org`;
  const res = await client.post('/api/auth/register', {
    email,
    password: 'correct horse battery',
    name,
    ...extra,
  });
  if (res.status !== 201)
    throw new Error(`registering ${name} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { client, id: res.body.user.id };
}

/** Gives an account a role, as the admin. */
export async function setRole(admin: Person, person: Person, role: string): Promise<void> {
  const res = await admin.client.request('PATCH', `/api/users/${person.id}/role`, { role });
  if (res.status !== 200) throw new Error(`setting ${role} answered ${res.status}`);
}

export async function createCohort(
  instructor: Person,
  name: string,
): Promise<{ id: string; inviteCode: string }> {
  const res = await instructor.client.post('/api/cohorts', { name });
  if (res.status !== 201)
    throw new Error(`creating a cohort answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.cohort;
}

export async function join(learner: Person, inviteCode: string): Promise<void> {
  const res = await learner.client.post('/api/cohorts/join', { inviteCode });
  if (res.status !== 200) throw new Error(`joining answered ${res.status}: ${JSON.stringify(res.body)}`);
}

/** On a fresh server (so that its first account is the admin). */
export async function cohortPeople(url: string): Promise<CohortPeople> {
  const admin = await signUp(url, 'Ada Admin');
  const instructorA = await signUp(url, 'Ines Instructor');
  const instructorB = await signUp(url, 'Oren Instructor');
  await setRole(admin, instructorA, 'instructor');
  await setRole(admin, instructorB, 'instructor');
  const cohortA = await createCohort(instructorA, 'Foundation year, spring');
  const cohortB = await createCohort(instructorB, 'Nursing, autumn');
  const learnerA = await signUp(url, 'Lena Learner');
  const learnerB = await signUp(url, 'Luca Learner');
  const outsider = await signUp(url, 'Omar Outsider');
  await join(learnerA, cohortA.inviteCode);
  await join(learnerB, cohortB.inviteCode);
  return {
    admin,
    instructorA,
    instructorB,
    learnerA,
    learnerB,
    outsider,
    anonymous: new ApiClient(url),
    cohortA,
    cohortB,
  };
}

/** A short session the learner speaks in and ends, so it is graded; its report is awaited. */
export async function gradedSession(learner: Person, scenarioId = 'breaking-news-cancer'): Promise<string> {
  const id = (await learner.client.post('/api/sessions', { scenarioId, difficulty: 2 })).body.session.id;
  await learner.client.post(`/api/sessions/${id}/turns`, {
    text: "Hello, I'm one of the doctors. Can you tell me what you understand so far?",
  });
  await learner.client.post(`/api/sessions/${id}/end`);
  await learner.client.waitForReport(id);
  return id;
}
