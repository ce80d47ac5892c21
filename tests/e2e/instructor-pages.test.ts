// The instructor's pages end to end (issue 14): an admin makes a colleague an instructor; the instructor creates a
// cohort and an assignment; a learner joins with the invite code and completes a session by typing; the instructor
// replays it, comments on a turn, corrects an item and reads the cohort's charts (also by keyboard, and on a phone
// width); the learner then sees the comment and the instructor's score beside the automatic one.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUSHED_NEWS } from '../support/conversation-scripts.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, say, type TestBrowser } from './browser.ts';

const PASSWORD = 'a long enough password';
const SCENARIO = 'breaking-news-cancer';
const COMMENT = 'Good that you checked what they already knew before giving the news.';
const NOTE = 'The warning shot came too late to count.';

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function registerAs(page: Page, name: string, email: string): Promise<void> {
  await page.getByTestId('auth-form').waitFor();
  await page.getByTestId('auth-toggle').click();
  await page.getByTestId('auth-name').fill(name);
  await page.getByTestId('auth-email').fill(email);
  await page.getByTestId('auth-password').fill(PASSWORD);
  await page.getByTestId('auth-submit').click();
  await page.getByTestId('page-lobby').waitFor();
}

async function signIn(email: string): Promise<{ page: Page; pageErrors: string[] }> {
  const opened = await browser.openPage(server.url);
  await opened.page.getByTestId('auth-email').fill(email);
  await opened.page.getByTestId('auth-password').fill(PASSWORD);
  await opened.page.getByTestId('auth-submit').click();
  await opened.page.getByTestId('page-lobby').waitFor();
  return opened;
}

/** Whether the page scrolls sideways at its current width. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the instructor pages', () => {
  it('take a cohort from invite to replayed, commented and reviewed session, seen by the learner', async () => {
    const errors: string[] = [];

    // The first account is the admin; a colleague registers and the admin makes them an instructor.
    const admin = await browser.openPage(server.url);
    await registerAs(admin.page, 'Ada Lindqvist', 'admin@example.org');
    const colleague = await browser.openPage(server.url);
    await registerAs(colleague.page, 'Dr Iris Okafor', 'okafor@example.org');
    await expect(colleague.page.getByTestId('nav-cohorts').count()).resolves.toBe(0);
    errors.push(...admin.pageErrors, ...colleague.pageErrors);
    await admin.page.close();
    await colleague.page.close();

    const adminAgain = await signIn('admin@example.org');
    await adminAgain.page.getByTestId('nav-users').click();
    const row = adminAgain.page.getByTestId('user-okafor@example.org');
    await row.getByTestId('role-select').selectOption('instructor');
    await row.getByTestId('role-save').click();
    await adminAgain.page
      .getByTestId('users-status')
      .filter({ hasText: 'Dr Iris Okafor is now an instructor.' })
      .waitFor();
    await adminAgain.page.screenshot({ path: `${ARTIFACTS}/instructor-users.png`, fullPage: true });
    errors.push(...adminAgain.pageErrors);
    await adminAgain.page.close();

    // The instructor creates a cohort and sets a scenario.
    const teacher = await signIn('okafor@example.org');
    await teacher.page.getByTestId('nav-cohorts').click();
    await teacher.page.getByTestId('cohort-name-input').fill('Spring ward rotation');
    await teacher.page.getByTestId('create-cohort').getByRole('button', { name: 'Create' }).click();
    const code = (await teacher.page.getByTestId('invite-code-value').first().textContent()) ?? '';
    expect(code).toMatch(/^[\w-]{10,}$/);
    await teacher.page.screenshot({ path: `${ARTIFACTS}/instructor-cohorts.png`, fullPage: true });
    await teacher.page.getByRole('button', { name: /^Open/ }).first().click();
    await teacher.page.getByTestId('cohort-page').waitFor();
    await teacher.page.getByTestId('assignment-scenario').selectOption(SCENARIO);
    await teacher.page.getByTestId('assignment-level').selectOption('2');
    await teacher.page.getByTestId('assignment-form').getByRole('button', { name: 'Assign' }).click();
    await teacher.page.locator('[data-testid^="cohort-assignment-"]').first().waitFor();
    errors.push(...teacher.pageErrors);
    await teacher.page.close();

    // A learner joins with the code, sees the assignment and completes it by typing.
    const learner = await browser.openPage(server.url);
    await registerAs(learner.page, 'Sam Reyes', 'sam@example.org');
    await learner.page.getByTestId('invite-code-input').fill(code);
    await learner.page.getByTestId('join-cohort').getByRole('button', { name: 'Join' }).click();
    await learner.page
      .getByTestId('join-status')
      .filter({ hasText: 'You joined Spring ward rotation.' })
      .waitFor();
    const assignment = learner.page.getByTestId('assignment-list').locator('li').first();
    await expect(assignment.getByTestId('assignment-status').textContent()).resolves.toBe('Not started');
    await learner.page.screenshot({ path: `${ARTIFACTS}/instructor-learner-lobby.png`, fullPage: true });
    await assignment.getByRole('button', { name: /^Start/ }).click();
    await learner.page.getByTestId('prebrief').waitFor();
    await expect(learner.page.getByTestId('difficulty-2').isChecked()).resolves.toBe(true);
    await learner.page.getByTestId('prebrief-start').click();
    await learner.page.getByTestId('conversation').waitFor();
    for (const text of RUSHED_NEWS) await say(learner.page, text);
    await learner.page.getByTestId('end-session').click();
    // Ending asks first.
    await learner.page.getByTestId('end-confirm-yes').click();
    await learner.page.getByTestId('feedback').getByTestId('suggestion').first().waitFor();
    await learner.page.getByTestId('back-to-lobby').click();
    await expect.poll(() => assignment.getByTestId('assignment-status').textContent()).toBe('Completed');
    errors.push(...learner.pageErrors);
    await learner.page.close();

    // The instructor reads the overview's charts and replays the session.
    const review = await signIn('okafor@example.org');
    const page = review.page;
    await page.getByTestId('nav-cohorts').click();
    await page.getByRole('button', { name: /^Open/ }).first().click();
    await page.getByTestId('cohort-page').waitFor();
    // The headline shows '–' until the overview has loaded, which on a busy machine is after the page appears.
    const completion = page.getByTestId('completion-overall');
    await completion.filter({ hasText: '%' }).waitFor();
    await expect(completion.textContent()).resolves.toBe('100%');
    const chart = page.locator('[data-testid^="distribution-chart-"]').first();
    await chart.locator('canvas').waitFor();
    await page.getByTestId('hardest-items').waitFor();
    await page.getByTestId('skills-chart').locator('canvas').waitFor();
    await page.getByTestId('trajectory').waitFor();
    // The chart reads by keyboard: focus it and step to the first item.
    await chart.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(chart.getByTestId('chart-status').textContent()).resolves.toMatch(
      /^Item 1, .+: 1 session, mean/,
    );
    await expect(chart.getByRole('slider').getAttribute('aria-valuetext')).resolves.toMatch(/^Item 1, /);
    const csv = await page.getByTestId('export-csv').getAttribute('href');
    const exported = await page.evaluate(async (href) => (await fetch(href ?? '')).text(), csv);
    expect(exported).toContain('Sam Reyes');
    await page.screenshot({ path: `${ARTIFACTS}/instructor-overview.png`, fullPage: true });
    await chart.screenshot({ path: `${ARTIFACTS}/instructor-distribution-chart.png` });

    await page.getByTestId('learner-sessions-toggle').click();
    await page.getByTestId('replay-session').first().click();
    await page.getByTestId('replay-page').waitFor();
    const grades = page.getByTestId('replay-grades');
    await grades.locator('[data-testid^="replay-rubric-"]').first().waitFor();
    // Evidence is highlighted in the transcript where the grader found it.
    await expect(page.getByTestId('evidence-mark').count()).resolves.toBeGreaterThan(0);
    await page.getByTestId('affect-plots').locator('canvas').first().waitFor();

    // Comment on the learner's first line.
    const firstLine = page.locator('[data-testid="transcript-line"][data-speaker="learner"]').first();
    await firstLine.getByTestId('comment-toggle').click();
    await firstLine.getByTestId('comment-input').fill(COMMENT);
    await firstLine.getByTestId('comment-save').click();
    await firstLine.getByTestId('line-comment').filter({ hasText: COMMENT }).waitFor();

    // Correct the first scored item to the other end of its scale.
    const item = grades
      .locator('[data-testid^="feedback-item-"]')
      .filter({ hasNotText: 'Not assessed' })
      .first();
    const itemId = ((await item.getAttribute('data-testid')) ?? '').replace('feedback-item-', '');
    const automatic = await item.getAttribute('data-score');
    const form = grades.getByTestId(`review-${itemId}`);
    await form.getByTestId('review-correct').click();
    await form.getByTestId(automatic === 'Done' ? 'review-score-0' : 'review-score-1').check();
    await form.getByTestId('review-note').fill(NOTE);
    await form.getByTestId('review-save').click();
    const corrected = automatic === 'Done' ? 'Not done' : 'Done';
    await item
      .getByTestId('item-review')
      .filter({ hasText: `corrected it to ${corrected}` })
      .waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/instructor-replay.png`, fullPage: true });
    await grades
      .locator('[data-testid^="replay-rubric-"]')
      .filter({ has: page.getByTestId(`feedback-item-${itemId}`) })
      .screenshot({ path: `${ARTIFACTS}/instructor-replay-rubric.png` });
    await page
      .locator('.ended-transcript')
      .screenshot({ path: `${ARTIFACTS}/instructor-replay-transcript.png` });
    await page
      .getByTestId('replay-feelings')
      .screenshot({ path: `${ARTIFACTS}/instructor-replay-feelings.png` });

    // On a phone's width neither page scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/instructor-replay-390.png`, fullPage: true });
    await page.getByTestId('back-to-cohort').click();
    await page.getByTestId('cohort-page').waitFor();
    await page.locator('[data-testid^="distribution-chart-"] canvas').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/instructor-overview-390.png`, fullPage: true });
    errors.push(...review.pageErrors);
    await page.close();

    // The learner sees the comment under their line and the instructor's score beside the automatic one.
    const back = await signIn('sam@example.org');
    await back.page.getByTestId('session-list').getByRole('button', { name: 'Review' }).first().click();
    await back.page.getByTestId('ended').waitFor();
    await back.page.getByTestId('line-comment').filter({ hasText: COMMENT }).waitFor();
    await expect(back.page.getByTestId('comments-note').textContent()).resolves.toMatch(
      /commented on 1 line/,
    );
    const seen = back.page.getByTestId(`feedback-item-${itemId}`);
    await expect(seen.getByTestId('review-score').textContent()).resolves.toBe(`Instructor: ${corrected}`);
    await expect(seen.getByTestId('item-score').textContent()).resolves.toBe(`Automatic: ${automatic}`);
    await seen.getByText(NOTE).waitFor();
    await back.page.screenshot({ path: `${ARTIFACTS}/instructor-learner-sees-review.png`, fullPage: true });
    await seen.screenshot({ path: `${ARTIFACTS}/instructor-learner-sees-review-item.png` });
    await back.page
      .locator('[data-testid="transcript-line"]')
      .filter({ has: back.page.getByTestId('line-comment') })
      .screenshot({ path: `${ARTIFACTS}/instructor-learner-sees-comment.png` });
    errors.push(...back.pageErrors);
    await back.page.close();

    expect(errors).toEqual([]);
  }, 180_000);
});
