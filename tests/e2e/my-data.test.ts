// The learner's own data end to end (issue 14): from the header's "My data", a learner saves their export as a JSON
// file holding their session, then deletes the account (a wrong password first, refused in words), lands on the
// sign-in page and cannot sign in again. The admin's audit log shows the deletion and pages back by its cursor.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, type TestBrowser } from './browser.ts';

const ADMIN_EMAIL = 'ada.admin@example.org';
const EMAIL = 'noor.haddad@example.org';
const PASSWORD = 'a long enough password';

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('auth-form').waitFor();
  await page.getByTestId('auth-email').fill(email);
  await page.getByTestId('auth-password').fill(password);
  await page.getByTestId('auth-submit').click();
}

/** Whether the page scrolls sideways at its current width. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('my data', () => {
  it('lets a learner download their data and delete their account for good; the audit log shows it', async () => {
    // The first account is the admin; the learner registers after.
    const admin = new ApiClient(server.url);
    const registered = await admin.post('/api/auth/register', {
      email: ADMIN_EMAIL,
      password: PASSWORD,
      name: 'Ada Admin',
    });
    expect(registered.body.user.role).toBe('admin');

    const { page, pageErrors } = await browser.openPage(server.url);
    await page.getByTestId('auth-toggle').click();
    await page.getByTestId('auth-name').fill('Noor Haddad');
    await page.getByTestId('auth-email').fill(EMAIL);
    await page.getByTestId('auth-password').fill(PASSWORD);
    await page.getByTestId('auth-submit').click();
    await page.getByTestId('page-lobby').waitFor();

    // A session of theirs, started on another device.
    const elsewhere = new ApiClient(server.url);
    expect((await elsewhere.post('/api/auth/login', { email: EMAIL, password: PASSWORD })).status).toBe(200);
    const started = await elsewhere.post('/api/sessions', { scenarioId: 'breaking-news-cancer' });
    expect(started.status).toBe(201);
    const sessionId: string = started.body.session.id;

    await page.getByTestId('nav-my-data').click();
    await page.getByTestId('my-data-page').waitFor();
    await expect(page.getByTestId('nav-my-data').getAttribute('aria-current')).resolves.toBe('page');
    await page.screenshot({ path: `${ARTIFACTS}/my-data.png`, fullPage: true });

    // The download is a JSON file with their account and their session.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-my-data').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bedside-my-data.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(saved.account).toMatchObject({ email: EMAIL, name: 'Noor Haddad', role: 'learner' });
    expect(saved.sessions.map((s: { id: string }) => s.id)).toEqual([sessionId]);
    expect(JSON.stringify(saved)).not.toMatch(/passwordHash|\$argon|\$scrypt/i);

    // Deleting asks first, says what goes and what cohorts keep, and refuses a wrong password in words.
    await page.getByTestId('delete-start').click();
    const confirm = page.getByTestId('delete-confirm');
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/What your cohorts keep: anonymised totals only/);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'delete-password',
    );
    await page.getByTestId('delete-password').fill('not my password');
    await page.getByTestId('delete-confirm-button').click();
    await page.getByText('That password is not right').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/my-data-delete-refused.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(scrollsSideways(page)).resolves.toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/my-data-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });
    // Still theirs: nothing was deleted.
    expect((await elsewhere.get('/api/me/export')).status).toBe(200);

    await page.getByTestId('delete-password').fill(PASSWORD);
    await page.getByTestId('delete-confirm-button').click();
    await page.getByTestId('page-auth').waitFor();
    await page.getByText('Your account and everything in it have been deleted.').waitFor();
    await expect(page.getByTestId('user-name').count()).resolves.toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/my-data-deleted.png`, fullPage: true });

    // Signed out everywhere, and the password opens nothing any more.
    expect((await elsewhere.get('/api/me/export')).status).toBe(401);
    await signInAs(page, EMAIL, PASSWORD);
    await page.getByTestId('error-banner').waitFor();
    await expect(page.getByTestId('page-auth').count()).resolves.toBe(1);
    expect(
      (await new ApiClient(server.url).post('/api/auth/login', { email: EMAIL, password: PASSWORD })).status,
    ).toBe(401);
    expect(pageErrors).toEqual([]);
    await page.close();

    // The admin reads the log: more than a page of cohort reads, and the deletion newest first.
    const cohort = (await admin.post('/api/cohorts', { name: 'Ward rotation' })).body.cohort;
    for (let i = 0; i < 55; i++)
      expect((await admin.get(`/api/cohorts/${cohort.id}/overview`)).status).toBe(200);
    const adminPage = await browser.openPage(server.url);
    await signInAs(adminPage.page, ADMIN_EMAIL, PASSWORD);
    await adminPage.page.getByTestId('page-lobby').waitFor();
    await adminPage.page.getByTestId('nav-audit').click();
    const table = adminPage.page.getByTestId('audit-table');
    await table.waitFor();
    const rows = adminPage.page.getByTestId('audit-row');
    await expect(rows.count()).resolves.toBe(50);
    await expect(rows.first().textContent()).resolves.toMatch(
      /Ada Admin.*Opened the cohort overview.*Whole cohort/,
    );
    await adminPage.page.screenshot({ path: `${ARTIFACTS}/audit-log.png`, fullPage: true });

    await adminPage.page.getByTestId('audit-older').click();
    await adminPage.page.getByText('Page 2', { exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(6);
    const last = rows.last();
    await expect(last.textContent()).resolves.toMatch(/Deleted account.*Deleted their own account/);
    await expect(adminPage.page.getByTestId('audit-older').isDisabled()).resolves.toBe(true);
    await adminPage.page.screenshot({ path: `${ARTIFACTS}/audit-log-older.png`, fullPage: true });

    await adminPage.page.getByTestId('audit-newer').click();
    await adminPage.page.getByText('Page 1', { exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(50);
    expect(adminPage.pageErrors).toEqual([]);
  });
});
