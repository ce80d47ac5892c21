// The app behaves like one (issue 15): every page has its own address and title, Back and Forward move between
// pages, a reload mid-session comes back to the same live session, a deep link waits through sign-in, an address
// that is not yours is not found, ending a session asks first, the room says it is loading, "VR not available"
// says why in words, and an instructor sees their role; the instructor's and the admin's pages (cohorts, a cohort,
// a replay, users, the audit log) have addresses, titles, Back, Forward and reload too. A real server, the built
// client, headless Chromium.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { createCohort, gradedSession, join } from '../support/cohort-people.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, register, say, type TestBrowser } from './browser.ts';

const SCENARIO = 'breaking-news-cancer';
const PASSWORD = 'correct horse battery';

let browser: TestBrowser;
let server: TestServer;
let admin: ApiClient;
let scenarioTitle: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser({ webgl: true }), startServer()]);
  // The first account becomes the admin: made here, so the accounts the tests register are learners.
  admin = new ApiClient(server.url);
  await admin.register('admin@example.org', 'Ada Admin', PASSWORD);
  const scenarios = await admin.get<{ scenarios: { id: string; title: string }[] }>('/api/scenarios');
  scenarioTitle = scenarios.body.scenarios.find((s) => s.id === SCENARIO)?.title ?? '';
  expect(scenarioTitle).not.toBe('');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
/** The session id in a live session's address. */
const sessionPathId = (page: Page) => pathOf(page).split('/')[2] ?? '';

/** A learner made through the API, with their cookie for setting things up. */
async function learner(email: string): Promise<ApiClient> {
  const api = new ApiClient(server.url);
  expect((await api.register(email, 'Dr Morgan', PASSWORD)).status).toBe(201);
  return api;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByTestId('auth-form').waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByTestId('auth-submit').click();
}

/** Registers, prepares the scenario and starts it; the live session's address. */
async function startSession(page: Page, email: string): Promise<string> {
  await register(page, email);
  await page
    .getByTestId(`scenario-${SCENARIO}`)
    .getByRole('button', { name: /Prepare/ })
    .click();
  await page.getByTestId('prebrief-start').click();
  await page.getByTestId('conversation').waitFor();
  return pathOf(page);
}

async function expectTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((t) => document.title === t, title);
}

const learnerLines = (page: Page) =>
  page.locator('[data-testid="transcript-line"][data-speaker="learner"][data-status="stored"] .text');

describe('addresses, history and titles', () => {
  it('moves Back and Forward across lobby, pre-brief and session, each with its address and title', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'back-forward@example.org');
    expect(pathOf(page)).toBe('/');
    await expectTitle(page, 'Lobby · Bedside');

    await page
      .getByTestId(`scenario-${SCENARIO}`)
      .getByRole('button', { name: /Prepare/ })
      .click();
    await page.getByTestId('prebrief').waitFor();
    expect(pathOf(page)).toBe(`/scenarios/${SCENARIO}`);
    await expectTitle(page, `Pre-brief: ${scenarioTitle} · Bedside`);
    // Focus starts at the new page's heading, not on the button that led there.
    await page.waitForFunction(
      (title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === title,
      scenarioTitle,
    );

    await page.getByTestId('prebrief-start').click();
    await page.getByTestId('conversation').waitFor();
    expect(pathOf(page)).toMatch(/^\/sessions\/[^/]+$/);
    const sessionPath = pathOf(page);
    await expectTitle(page, 'Session · Bedside');
    // The room says it is coming until its first frame, then gives way to it.
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await page
      .getByTestId('scene-canvas')
      .locator('[data-testid="loading-state"]')
      .waitFor({ state: 'detached' });
    await expect(page.getByTestId('scene-canvas').getAttribute('aria-busy')).resolves.toBe('false');
    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");

    await page.goBack();
    await page.getByTestId('prebrief').waitFor();
    expect(pathOf(page)).toBe(`/scenarios/${SCENARIO}`);
    await expectTitle(page, `Pre-brief: ${scenarioTitle} · Bedside`);
    await page.goBack();
    await page.getByTestId('page-lobby').waitFor();
    expect(pathOf(page)).toBe('/');
    // The session left by Back is still there to resume.
    await page.getByTestId('session-list').getByText('Active', { exact: true }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-back-to-lobby.png`, fullPage: true });

    await page.goForward();
    await page.getByTestId('prebrief').waitFor();
    await page.goForward();
    await page.getByTestId('conversation').waitFor();
    expect(pathOf(page)).toBe(sessionPath);
    await expect(learnerLines(page).allTextContents()).resolves.toEqual([
      "Hello, I'm Dr Morgan. Is it all right if I sit down?",
    ]);
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-forward-to-session.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('comes back to the same live session on reload, with its transcript, and carries on', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    const sessionPath = await startSession(page, 'reload@example.org');
    await say(page, "Hello, I'm Dr Morgan, one of the doctors looking after you.");
    const linesBefore = await page.getByTestId('transcript-line').allTextContents();

    await page.reload();
    await page.getByTestId('conversation').waitFor();
    expect(pathOf(page)).toBe(sessionPath);
    await expect(page.getByTestId('transcript-line').allTextContents()).resolves.toEqual(linesBefore);
    await expectTitle(page, 'Session · Bedside');
    // The room is shown loading while it is set up again.
    await page.getByTestId('loading-state').waitFor({ state: 'detached', timeout: 20_000 });
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-reloaded-session.png` });
    await say(page, 'Can you tell me what you understand about why we did the scan?');
    await expect(learnerLines(page).count()).resolves.toBe(2);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('asks before ending: Escape and Keep talking keep the session live, End ends it on its feedback page', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    const sessionPath = await startSession(page, 'ending@example.org');
    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");

    await page.getByTestId('end-session').click();
    const dialog = page.getByRole('alertdialog', { name: 'End this session?' });
    await dialog.waitFor();
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    // Focus starts on the safe choice.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep talking');
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-end-confirm.png` });
    // Tab goes round the dialog's two choices, not out to the page behind.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('End');
    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('Keep talking');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'end-session');

    await page.getByTestId('end-session').click();
    await page.getByTestId('end-confirm-keep').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'end-session');
    expect(pathOf(page)).toBe(sessionPath);
    await say(page, 'Before I go through the results, what do you understand so far?');
    const sessionId = sessionPath.split('/')[2] ?? '';
    const live = await page.request.get(`${server.url}/api/sessions/${sessionId}`);
    expect(((await live.json()) as { session: { status: string } }).session.status).toBe('active');

    await page.getByTestId('end-session').click();
    await page.getByTestId('end-confirm-yes').click();
    await page.getByTestId('ended').waitFor();
    expect(pathOf(page)).toBe(`${sessionPath}/feedback`);
    await expectTitle(page, `Feedback: ${scenarioTitle} · Bedside`);
    // The live address was replaced: Back goes to the pre-brief, not to a conversation that has ended.
    await page.goBack();
    await page.getByTestId('prebrief').waitFor();
    await page.goForward();
    await page.getByTestId('ended').waitFor();
    expect(pathOf(page)).toBe(`${sessionPath}/feedback`);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('deep links and addresses that lead nowhere', () => {
  it('opens a session asked for while signed out once signed in', async () => {
    const api = await learner('deep-link@example.org');
    const started = await api.post('/api/sessions', { scenarioId: SCENARIO, difficulty: 2 });
    const id = started.body.session.id as string;
    await api.post(`/api/sessions/${id}/turns`, { text: "Hello, I'm Dr Morgan." });

    const { page, pageErrors } = await browser.openPage(`${server.url}/sessions/${id}`);
    await page.getByTestId('auth-form').waitFor();
    expect(pathOf(page)).toBe(`/sessions/${id}`);
    await expectTitle(page, 'Sign in · Bedside');
    await signIn(page, 'deep-link@example.org');
    await page.getByTestId('conversation').waitFor();
    expect(pathOf(page)).toBe(`/sessions/${id}`);
    await expect(learnerLines(page).allTextContents()).resolves.toEqual(["Hello, I'm Dr Morgan."]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("shows someone else's session and an unknown address as not found, with the way to the lobby", async () => {
    const owner = await learner('owner@example.org');
    const started = await owner.post('/api/sessions', { scenarioId: SCENARIO, difficulty: 2 });
    const theirs = started.body.session.id as string;
    await learner('stranger@example.org');

    const { page, pageErrors } = await browser.openPage(`${server.url}/sessions/${theirs}`);
    await signIn(page, 'stranger@example.org');
    await page.getByTestId('not-found').waitFor();
    expect(pathOf(page)).toBe(`/sessions/${theirs}`);
    await expectTitle(page, 'Page not found · Bedside');
    await expect(page.getByTestId('error-banner').count()).resolves.toBe(0);

    await page.goto(`${server.url}/no/such/page`);
    await page.getByTestId('not-found').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-not-found.png` });
    await page.getByRole('link', { name: 'Go to the lobby' }).click();
    await page.getByTestId('page-lobby').waitFor();
    expect(pathOf(page)).toBe('/');
    await page.goBack();
    await page.getByTestId('not-found').waitFor();
    expect(pathOf(page)).toBe('/no/such/page');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('serves the app at page addresses, but JSON for unknown API paths and 404 for missing files', async () => {
    for (const path of [
      '/sessions/abc',
      '/cohorts/c1/learners/u1/sessions/s1',
      '/progress/',
      '/no/such/page',
    ]) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      await expect(response.text()).resolves.toContain('<div id="root">');
    }
    const api = await fetch(`${server.url}/api/no-such-route`, { headers: { cookie: admin.cookieHeader() } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(api.json()).resolves.toMatchObject({ error: { code: 'not_found' } });
    for (const path of ['/assets/no-such-chunk.js', '/favicon.ico', '/scenarios/x/picture.png']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type') ?? '', path).not.toMatch(/html/);
    }
  });
});

describe('the room and the header say what they need to', () => {
  it('says in words on the page why VR is not available, and what works instead', async () => {
    await learner('no-headset@example.org');
    const { page, pageErrors } = await browser.openPage(server.url);
    await signIn(page, 'no-headset@example.org');
    await page
      .getByTestId(`scenario-${SCENARIO}`)
      .getByRole('button', { name: /Prepare/ })
      .click();
    await page.getByTestId('prebrief-start').click();
    const note = page.getByTestId('vr-unavailable');
    await note.waitFor();
    await expect(note.isVisible()).resolves.toBe(true);
    // This browser has WebXR, but no headset is connected.
    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(/^No VR headset was found/);
    expect(text).toMatch(/WebXR headset/);
    expect(text).toMatch(/mouse and keyboard/);
    await expect(page.getByTestId('enter-vr').getAttribute('aria-describedby')).resolves.toBe(
      'vr-unavailable',
    );
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-vr-not-available.png` });
    const sessionId = sessionPathId(page);
    await page.close();

    // A browser without WebXR at all is told that instead.
    const bare = await browser.openPage(`${server.url}/sessions/${sessionId}`, {
      initScript: 'delete Navigator.prototype.xr;',
    });
    await signIn(bare.page, 'no-headset@example.org');
    await bare.page.getByTestId('conversation').waitFor();
    await expect(bare.page.getByTestId('vr-unavailable').textContent()).resolves.toMatch(
      /^This browser does not support WebXR, which VR needs.*mouse and keyboard/,
    );
    expect([...pageErrors, ...bare.pageErrors]).toEqual([]);
    await bare.page.close();
  });

  it("shows an instructor's and an admin's role in the header, and none for a learner", async () => {
    const colleague = await learner('colleague@example.org');
    const me = await colleague.get<{ user: { id: string } }>('/api/me');
    const promoted = await admin.request('PATCH', `/api/users/${me.body.user.id}/role`, {
      role: 'instructor',
    });
    expect(promoted.status).toBe(200);

    const { page, pageErrors } = await browser.openPage(`${server.url}/cohorts`);
    await signIn(page, 'colleague@example.org');
    await page.getByTestId('page-cohorts').waitFor();
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Instructor');
    await expect(page.getByTestId('nav-cohorts').getAttribute('aria-current')).resolves.toBe('page');
    await expectTitle(page, 'Cohorts · Bedside');
    await page.locator('header').screenshot({ path: `${ARTIFACTS}/app-urls-instructor-role.png` });
    await page.getByTestId('nav-practice').click();
    await page.getByTestId('page-lobby').waitFor();
    expect(pathOf(page)).toBe('/');
    await page.goBack();
    await page.getByTestId('page-cohorts').waitFor();

    const adminPage = await browser.openPage(`${server.url}/audit`);
    await signIn(adminPage.page, 'admin@example.org');
    await adminPage.page.getByTestId('page-audit').waitFor();
    await expect(adminPage.page.getByTestId('user-role').textContent()).resolves.toBe('Admin');

    const learnerPage = await browser.openPage(server.url);
    await learner('plain-learner@example.org');
    await signIn(learnerPage.page, 'plain-learner@example.org');
    await learnerPage.page.getByTestId('page-lobby').waitFor();
    await expect(learnerPage.page.getByTestId('user-role').count()).resolves.toBe(0);
    // The instructors' pages are not a learner's: by address, they are not found.
    await learnerPage.page.goto(`${server.url}/cohorts`);
    await learnerPage.page.getByTestId('not-found').waitFor();
    expect([...pageErrors, ...adminPage.pageErrors, ...learnerPage.pageErrors]).toEqual([]);
    for (const p of [page, adminPage.page, learnerPage.page]) await p.close();
  });
});

describe("the instructor's and the admin's pages", () => {
  it('open by address through sign-in, go Back and Forward, survive a reload, and name themselves', async () => {
    const teacher = await learner('teacher@example.org');
    const teacherId = (await teacher.get<{ user: { id: string } }>('/api/me')).body.user.id;
    expect(
      (await admin.request('PATCH', `/api/users/${teacherId}/role`, { role: 'instructor' })).status,
    ).toBe(200);
    const cohort = await createCohort({ client: teacher, id: teacherId }, 'Ward rotation');
    const student = await learner('student@example.org');
    const studentId = (await student.get<{ user: { id: string } }>('/api/me')).body.user.id;
    await join({ client: student, id: studentId }, cohort.inviteCode);
    const sessionId = await gradedSession({ client: student, id: studentId }, SCENARIO);
    const cohortPath = `/cohorts/${cohort.id}`;
    const replayPath = `${cohortPath}/learners/${studentId}/sessions/${sessionId}`;

    // A replay's address, opened signed out, waits through sign-in and opens that replay.
    const { page, pageErrors } = await browser.openPage(`${server.url}${replayPath}`);
    await signIn(page, 'teacher@example.org');
    await page.getByTestId('replay-page').waitFor();
    expect(pathOf(page)).toBe(replayPath);
    await expectTitle(page, `Replay: ${scenarioTitle} · Bedside`);

    await page.reload();
    await page.getByTestId('replay-page').waitFor();
    expect(pathOf(page)).toBe(replayPath);
    await expectTitle(page, `Replay: ${scenarioTitle} · Bedside`);

    await page.getByTestId('back-to-cohort').click();
    await page.getByTestId('cohort-page').waitFor();
    expect(pathOf(page)).toBe(cohortPath);
    await expectTitle(page, 'Cohort: Ward rotation · Bedside');
    await page.getByTestId('nav-cohorts').click();
    await page.getByTestId('page-cohorts').waitFor();
    expect(pathOf(page)).toBe('/cohorts');
    await expectTitle(page, 'Cohorts · Bedside');

    await page.goBack();
    await page.getByTestId('cohort-page').waitFor();
    expect(pathOf(page)).toBe(cohortPath);
    await page.goBack();
    await page.getByTestId('replay-page').waitFor();
    expect(pathOf(page)).toBe(replayPath);
    await page.goForward();
    await page.getByTestId('cohort-page').waitFor();
    await expectTitle(page, 'Cohort: Ward rotation · Bedside');
    await page.reload();
    await page.getByTestId('cohort-page').waitFor();
    expect(pathOf(page)).toBe(cohortPath);
    await expectTitle(page, 'Cohort: Ward rotation · Bedside');
    await page.screenshot({ path: `${ARTIFACTS}/app-urls-cohort-after-reload.png`, fullPage: true });

    // The admin's pages likewise.
    const adminPage = await browser.openPage(`${server.url}/users`);
    await signIn(adminPage.page, 'admin@example.org');
    await adminPage.page.getByTestId('users-page').waitFor();
    await expectTitle(adminPage.page, 'Users · Bedside');
    await adminPage.page.getByTestId('nav-audit').click();
    await adminPage.page.getByTestId('page-audit').waitFor();
    expect(pathOf(adminPage.page)).toBe('/audit');
    await expectTitle(adminPage.page, 'Audit log · Bedside');
    await adminPage.page.goBack();
    await adminPage.page.getByTestId('users-page').waitFor();
    expect(pathOf(adminPage.page)).toBe('/users');
    await adminPage.page.reload();
    await adminPage.page.getByTestId('users-page').waitFor();
    await expectTitle(adminPage.page, 'Users · Bedside');

    expect([...pageErrors, ...adminPage.pageErrors]).toEqual([]);
    for (const p of [page, adminPage.page]) await p.close();
  });
});
