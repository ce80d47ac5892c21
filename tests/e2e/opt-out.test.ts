// Opting out in the desktop room, end to end: a real server, the built client, headless Chromium with WebGL.
// Opt out asks once; Stay keeps the session; Yes ends it as left, with no score, and offers the way on; the lobby
// lists it as left and the learner's progress has not moved.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, openScene, register, say, type TestBrowser } from './browser.ts';

const SCENARIO = 'breaking-news-cancer';

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser({ webgl: true }), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A JSON GET from inside the page, with its cookie. */
const getJson = (page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(p, { headers: { accept: 'application/json' } })).json(), path);

describe('opting out in the desktop room', () => {
  it('asks once, ends the session as left with no score, and offers to try again or pick another', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'opt-out@example.org');
    const progressBefore = await getJson(page, '/api/learners/me/progress');
    await openScene(page, SCENARIO, 2);
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");

    // Stay keeps the learner in the room, with the text box back in use.
    await page.getByTestId('opt-out').click();
    const confirm = page.getByTestId('opt-out-confirm');
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/not graded/);
    await expect(page.getByTestId('composer-input').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/opt-out-confirm.png` });
    await page.getByTestId('opt-out-stay').click();
    await expect(confirm.count()).resolves.toBe(0);
    await expect(page.getByTestId('composer-input').isDisabled()).resolves.toBe(false);
    await expect(page.getByTestId('page-conversation').count()).resolves.toBe(1);

    await page.getByTestId('opt-out').click();
    await page.getByTestId('opt-out-yes').click();
    const left = page.getByTestId('left-feedback');
    await left.waitFor();
    await expect(left.getByRole('heading').textContent()).resolves.toBe('You opted out of this session');
    await expect(page.getByTestId('left-message').textContent()).resolves.toMatch(
      /no score\. It was not graded and does not count towards your progress/,
    );
    // No grading, no scores: neither the waiting line nor any rubric or metric appears.
    await expect(page.getByTestId('feedback').count()).resolves.toBe(0);
    await expect(page.getByTestId('rubric-overall').count()).resolves.toBe(0);
    await expect(page.locator('.eyebrow').first().textContent()).resolves.toMatch(/^Session left/);
    await expect(page.getByTestId('transcript-line').count()).resolves.toBeGreaterThan(1);
    await page.screenshot({ path: `${ARTIFACTS}/opt-out-left.png`, fullPage: true });

    const sessions = (await getJson(page, '/api/sessions')).sessions;
    expect(sessions).toMatchObject([{ status: 'ended', left: 'opted_out' }]);
    const progressAfter = await getJson(page, '/api/learners/me/progress');
    expect(progressAfter.skills).toEqual(progressBefore.skills);

    // Try again opens the same scenario's pre-brief at the same level.
    await page.getByTestId('left-try-again').click();
    await page.getByTestId('prebrief').waitFor();
    await expect(page.getByTestId('difficulty-2').isChecked()).resolves.toBe(true);
    const { scenarios } = await getJson(page, '/api/scenarios');
    const title = scenarios.find((s: { id: string }) => s.id === SCENARIO).title;
    await expect(page.locator('#prebrief-title').textContent()).resolves.toBe(title);

    // Not today, then the lobby lists the session as left, with no score.
    await page.getByTestId('prebrief-opt-out').click();
    const list = page.getByTestId('session-list');
    await list.locator('.status-left').waitFor();
    await expect(list.locator('.status-left').textContent()).resolves.toBe('Left');
    await expect(list.locator('.session-row').textContent()).resolves.not.toMatch(/%/);
    await page.screenshot({ path: `${ARTIFACTS}/opt-out-lobby.png`, fullPage: true });

    // Pick another scenario from a left session's page goes to the lobby.
    await list.getByRole('button', { name: 'Review' }).click();
    await page.getByTestId('left-pick-another').click();
    await page.getByTestId('page-lobby').waitFor();

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
