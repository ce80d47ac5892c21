// Registration with invite codes: under BEDSIDE_REGISTRATION=invite only a cohort's code lets someone register (the
// first account, the admin, excepted); under either setting a code given at registration joins its cohort.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { createCohort, type Person, setRole, signUp } from '../support/cohort-people.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

const password = 'correct horse battery';

describe('BEDSIDE_REGISTRATION=invite', () => {
  let server: TestServer;
  let admin: Person;
  let cohort: { id: string; inviteCode: string };

  beforeAll(async () => {
    server = await startServer({ env: { BEDSIDE_REGISTRATION: 'invite' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lets the first account, the admin, register without a code', async () => {
    admin = await signUp(server.url, 'First Admin');
    expect((await admin.client.get('/api/me')).body.user.role).toBe('admin');
    cohort = await createCohort(admin, 'Invite-only cohort');
  });

  it('refuses anyone else without a code (403 invite_required), and creates no account', async () => {
    const client = new ApiClient(server.url);
    const res = await client.register('no-code@example.org', 'No Code');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('invite_required');
    expect((await client.post('/api/auth/login', { email: 'no-code@example.org', password })).status).toBe(
      401,
    );
  });

  it('refuses a code that belongs to no cohort (404), and creates no account', async () => {
    const client = new ApiClient(server.url);
    const res = await client.post('/api/auth/register', {
      email: 'bad-code@example.org',
      password,
      name: 'Bad Code',
      inviteCode: 'not-a-real-code-at-all',
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await client.post('/api/auth/login', { email: 'bad-code@example.org', password })).status).toBe(
      401,
    );
  });

  it('registers a learner with a valid code, who is then in that cohort', async () => {
    const client = new ApiClient(server.url);
    const res = await client.post('/api/auth/register', {
      email: 'invited@example.org',
      password,
      name: 'Ivo Invited',
      inviteCode: cohort.inviteCode,
    });
    expect(res.status).toBe(201);
    expect(res.body.user.role).toBe('learner');
    expect((await client.get('/api/cohorts')).body.cohorts.map((c: { id: string }) => c.id)).toEqual([
      cohort.id,
    ]);
    const detail = await admin.client.get(`/api/cohorts/${cohort.id}`);
    expect(detail.body.learners.map((l: { name: string }) => l.name)).toEqual(['Ivo Invited']);
  });

  it('still lets a learner who registered join another cohort with its code', async () => {
    const learner = await signUp(server.url, 'Second Cohort', { inviteCode: cohort.inviteCode });
    const other = await createCohort(admin, 'Second invite-only cohort');
    expect((await learner.client.post('/api/cohorts/join', { inviteCode: other.inviteCode })).status).toBe(
      200,
    );
    expect((await learner.client.get('/api/cohorts')).body.cohorts).toHaveLength(2);
  });
});

describe('BEDSIDE_REGISTRATION=open (the default)', () => {
  let server: TestServer;
  let instructor: Person;
  let cohort: { id: string; inviteCode: string };

  beforeAll(async () => {
    server = await startServer();
    const admin = await signUp(server.url, 'Open Admin');
    instructor = await signUp(server.url, 'Open Instructor');
    await setRole(admin, instructor, 'instructor');
    cohort = await createCohort(instructor, 'Open cohort');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('registers without a code, in no cohort', async () => {
    const learner = await signUp(server.url, 'No Cohort');
    expect((await learner.client.get('/api/cohorts')).body.cohorts).toEqual([]);
  });

  it("joins the code's cohort when one is given at registration", async () => {
    const learner = await signUp(server.url, 'Coded Learner', { inviteCode: cohort.inviteCode });
    expect((await learner.client.get('/api/cohorts')).body.cohorts.map((c: { id: string }) => c.id)).toEqual([
      cohort.id,
    ]);
    const detail = await instructor.client.get(`/api/cohorts/${cohort.id}`);
    expect(detail.body.learners.map((l: { id: string }) => l.id)).toContain(learner.id);
  });

  it('refuses a code that belongs to no cohort (404) and creates no account', async () => {
    const client = new ApiClient(server.url);
    const body = { email: 'typo@example.org', password, name: 'Typo', inviteCode: 'nope' };
    expect((await client.post('/api/auth/register', body)).status).toBe(404);
    const { inviteCode: _dropped, ...withoutCode } = body;
    expect((await client.post('/api/auth/register', withoutCode)).status).toBe(201);
  });
});

describe('BEDSIDE_REGISTRATION=invite on a fresh server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ env: { BEDSIDE_REGISTRATION: 'invite' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lets exactly one of several codeless registrations at the same moment through: the admin', async () => {
    const clients = Array.from({ length: 4 }, () => new ApiClient(server.url));
    const answers = await Promise.all(
      clients.map((client, i) => client.register(`race-${i}@example.org`, `Racer ${i}`)),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([201, 403, 403, 403]);
    const admin = answers.find((res) => res.status === 201);
    expect(admin?.body.user.role).toBe('admin');
  });
});
