// The privacy store follows the learner store's view: the audit log loads its newest page when it opens and pages
// by the server's cursor; deleting the account says in words why it was refused, and signs out when it was not.

import { describe, expect, it } from 'vitest';
import type { AuditEventDto, UserDto } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { PrivacyApi } from '../api/privacy-api.ts';
import { createPrivacyStore } from './privacy-store.ts';
import { createBedsideStore } from './store.ts';

const admin: UserDto = { id: 'a1', email: 'a@example.org', name: 'Dr Adeyemi', role: 'admin' };
const learner: UserDto = { id: 'l1', email: 'l@example.org', name: 'Sam Reyes', role: 'learner' };

/** Five events, ids 5 (newest) down to 1. */
const LOG: AuditEventDto[] = [5, 4, 3, 2, 1].map((id) => ({
  id,
  at: `2026-03-0${id}T10:00:00.000Z`,
  action: 'session_viewed',
  actor: { id: admin.id, name: admin.name },
  subject: { id: learner.id, name: learner.name },
  targetId: `s${id}`,
}));

/** An in-memory server: one password, pages of two events, and what the client asked of it. */
function fakeServer(user: UserDto, options: { lastAdmin?: boolean; signedOut?: boolean } = {}) {
  const calls: string[] = [];
  let deleted = false;
  const bedsideApi = {
    me: async () => user,
    logout: async () => {},
    listScenarios: async () => [],
    listSessions: async () => [],
    getProgress: async () => null,
  } as unknown as BedsideApi;
  const privacyApi: PrivacyApi = {
    deleteMyAccount: async (password) => {
      calls.push(`delete:${password}`);
      if (options.signedOut) throw new ApiError(401, 'unauthenticated', 'Please sign in.');
      if (password !== 'correct horse')
        throw new ApiError(401, 'invalid_credentials', 'Wrong email or password.');
      if (options.lastAdmin) throw new ApiError(409, 'last_admin', 'This is the only admin.');
      deleted = true;
    },
    auditPage: async (before) => {
      calls.push(`audit:${before ?? 'newest'}`);
      const older = LOG.filter((e) => before === undefined || e.id < before);
      const events = older.slice(0, 2);
      return { events, next: older.length > 2 ? (events.at(-1)?.id ?? null) : null };
    },
  };
  return { bedsideApi, privacyApi, calls, isDeleted: () => deleted };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function signedIn(user: UserDto, options: { lastAdmin?: boolean; signedOut?: boolean } = {}) {
  const server = fakeServer(user, options);
  const bedside = createBedsideStore(server.bedsideApi, { comfortStorage: null });
  const privacy = createPrivacyStore(server.privacyApi, bedside);
  await bedside.getState().start();
  await settle();
  return { bedside, privacy, server };
}

const ids = (events: readonly AuditEventDto[] | undefined) => events?.map((e) => e.id);

describe('the audit log', () => {
  it('opens on the newest page and pages older and back by the cursor', async () => {
    const { bedside, privacy, server } = await signedIn(admin);
    expect(server.calls).toEqual([]);
    bedside.getState().openInstructorPage({ name: 'audit' });
    await settle();
    expect(ids(privacy.getState().audit?.events)).toEqual([5, 4]);
    expect(privacy.getState().audit).toMatchObject({ older: 4, newer: [], before: null });

    await privacy.getState().olderAudit();
    expect(ids(privacy.getState().audit?.events)).toEqual([3, 2]);
    await privacy.getState().olderAudit();
    expect(ids(privacy.getState().audit?.events)).toEqual([1]);
    expect(privacy.getState().audit).toMatchObject({ older: null, newer: [null, 4], before: 2 });
    // The last page has nothing older to ask for.
    await privacy.getState().olderAudit();
    expect(server.calls).toEqual(['audit:newest', 'audit:4', 'audit:2']);

    await privacy.getState().newerAudit();
    expect(ids(privacy.getState().audit?.events)).toEqual([3, 2]);
    await privacy.getState().newerAudit();
    expect(ids(privacy.getState().audit?.events)).toEqual([5, 4]);
    expect(privacy.getState().audit?.newer).toEqual([]);
  });

  it('starts from the newest page again each time it opens', async () => {
    const { bedside, privacy, server } = await signedIn(admin);
    bedside.getState().openInstructorPage({ name: 'audit' });
    await settle();
    await privacy.getState().olderAudit();
    bedside.getState().openInstructorPage({ name: 'users' });
    bedside.getState().openInstructorPage({ name: 'audit' });
    await settle();
    expect(ids(privacy.getState().audit?.events)).toEqual([5, 4]);
    expect(server.calls).toEqual(['audit:newest', 'audit:4', 'audit:newest']);
  });
});

describe('deleting the account', () => {
  it('says a wrong password was wrong and deletes nothing; the right one signs out to the sign-in page', async () => {
    const { bedside, privacy, server } = await signedIn(learner);
    bedside.getState().openMyData();
    expect(bedside.getState().view).toEqual({ name: 'my-data' });

    expect(await privacy.getState().deleteAccount('wrong')).toBe(false);
    expect(privacy.getState().deleteError).toBe(
      'That password is not right, so nothing was deleted. Try again.',
    );
    expect(privacy.getState().deleting).toBe(false);
    expect(bedside.getState().user).toEqual(learner);
    expect(bedside.getState().view).toEqual({ name: 'my-data' });

    expect(await privacy.getState().deleteAccount('correct horse')).toBe(true);
    expect(server.isDeleted()).toBe(true);
    expect(bedside.getState().user).toBeNull();
    expect(bedside.getState().view).toEqual({ name: 'auth', mode: 'sign-in' });
    expect(bedside.getState().notice).toBe('Your account and everything in it have been deleted.');
    expect(privacy.getState().deleteError).toBeNull();
  });

  it('tells the only admin why they cannot delete themselves, and keeps them signed in', async () => {
    const { bedside, privacy } = await signedIn(admin, { lastAdmin: true });
    bedside.getState().openMyData();
    expect(await privacy.getState().deleteAccount('correct horse')).toBe(false);
    expect(privacy.getState().deleteError).toMatch(
      /^You are the only admin, so your account cannot be deleted/,
    );
    expect(bedside.getState().user).toEqual(admin);
  });

  it('sends someone signed out in the meantime to sign in, through the banner', async () => {
    const { bedside, privacy } = await signedIn(learner, { signedOut: true });
    bedside.getState().openMyData();
    expect(await privacy.getState().deleteAccount('correct horse')).toBe(false);
    expect(privacy.getState().deleteError).toBeNull();
    // Signing in again comes back to this page.
    expect(bedside.getState().view).toEqual({ name: 'auth', mode: 'sign-in', returnTo: { name: 'my-data' } });
    expect(bedside.getState().notice).toBe('Please sign in again.');
  });

  it('forgets a refusal when the page is left', async () => {
    const { bedside, privacy } = await signedIn(learner);
    bedside.getState().openMyData();
    await privacy.getState().deleteAccount('wrong');
    expect(privacy.getState().deleteError).not.toBeNull();
    await bedside.getState().backToLobby();
    expect(privacy.getState().deleteError).toBeNull();
  });
});
