// Registering with a course's invite link on a server that takes invited learners only: without a code the form
// says so in words; the link's code (?invite=…) fills the field, and the new learner lands in the lobby already in
// the cohort.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';

let browser: TestBrowser;
let server: TestServer;
let inviteCode: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer({ env: { BEDSIDE_REGISTRATION: 'invite' } }),
  ]);
  // The first account (the admin) needs no code; it runs the cohort.
  const admin = new ApiClient(server.url);
  expect((await admin.register('lead@example.org', 'Course Lead')).status).toBe(201);
  const created = await admin.post('/api/cohorts', { name: 'Autumn foundation doctors' });
  inviteCode = created.body.cohort.inviteCode;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('registering with an invite link', () => {
  it('is refused in words without a code, and joins the cohort with the code the link carries', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await page.getByTestId('auth-toggle').click();
    await page.getByTestId('auth-name').fill('Kai Mensah');
    await page.getByTestId('auth-email').fill('kai@example.org');
    await page.getByTestId('auth-password').fill('a long enough password');
    await page.getByTestId('auth-submit').click();
    await page
      .getByText(/invite/i)
      .first()
      .waitFor();
    expect(await page.getByTestId('page-auth').isVisible()).toBe(true);

    const invited = await browser.openPage(`${server.url}/?invite=${inviteCode}`);
    await invited.page.getByTestId('auth-toggle').click();
    expect(await invited.page.getByTestId('auth-invite-code').inputValue()).toBe(inviteCode);
    await invited.page.getByTestId('auth-name').fill('Kai Mensah');
    await invited.page.getByTestId('auth-email').fill('kai@example.org');
    await invited.page.getByTestId('auth-password').fill('a long enough password');
    await invited.page.getByTestId('auth-submit').click();
    await invited.page.getByTestId('page-lobby').waitFor();
    const cohorts = await invited.page.evaluate(async () => (await fetch('/api/cohorts')).json());
    expect(cohorts.cohorts.map((c: { name: string }) => c.name)).toEqual(['Autumn foundation doctors']);
    expect([...pageErrors, ...invited.pageErrors]).toEqual([]);
  });
});
