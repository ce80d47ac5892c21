// The lobby's learner model end to end: a new learner rates their confidence, sees the recommended next
// practice with its reason and their skills, and starts the recommendation at the recommended level.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../server/protocol.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, register, type TestBrowser } from './browser.ts';

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the lobby for a new learner', () => {
  it('asks for a self-rating, then recommends a scenario and level that Start opens', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'newcomer@example.org');

    const card = page.getByTestId('self-rating');
    await card.getByRole('heading', { name: 'How confident do you feel?' }).waitFor();
    await expect(card.getByTestId('self-rating-save').isDisabled()).resolves.toBe(true);
    await card.getByLabel('2 out of 5 for Breaking bad news').check();
    await card.getByLabel('4 out of 5 for Listening').check();
    await card.getByLabel('1 out of 5 for Calming an agitated person').check();
    await page.screenshot({ path: `${ARTIFACTS}/lobby-self-rating.png` });
    await card.getByTestId('self-rating-save').click();
    await card.waitFor({ state: 'detached' });

    const recommendation = page.getByTestId('recommendation');
    const reason = (await recommendation.getByTestId('recommendation-reason').textContent()) ?? '';
    expect(reason).toMatch(/\w{3}.*\w{3}/);
    const levelText = (await recommendation.getByTestId('recommendation-level').textContent()) ?? '';
    const level = /Level ([123])/.exec(levelText)?.[1];
    expect(level).toBeDefined();
    const title = (await recommendation.getByRole('heading').textContent()) ?? '';

    const skills = page.getByTestId('skills');
    await expect(skills.getByRole('meter').count()).resolves.toBe(5);
    await expect(
      skills.getByTestId('skill-listening').getByText('Self-rated, no sessions yet').count(),
    ).resolves.toBe(1);
    await expect(skills.getByText('Not enough practice yet').count()).resolves.toBe(5);
    await page.screenshot({ path: `${ARTIFACTS}/lobby-recommendation.png`, fullPage: true });

    await recommendation.getByTestId('recommendation-start').click();
    const prebrief = page.getByTestId('prebrief');
    await expect(prebrief.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(page.getByTestId(`difficulty-${level}`).isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('difficulty-recommended').count()).resolves.toBe(1);

    // Back in the lobby the card stays away: this learner has rated already.
    await page.getByTestId('prebrief-opt-out').click();
    await page.getByTestId('recommendation').waitFor();
    await expect(page.getByTestId('self-rating').count()).resolves.toBe(0);

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lets a new learner skip the self-rating, and charts a skill once it has a history', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    // Practising takes a graded session per point; here the server's answer gains a history instead.
    await page.route('**/api/learners/me/progress', async (route) => {
      const response = await route.fetch();
      const progress = (await response.json()) as Progress;
      const listening = progress.skills.find((s) => s.skill === 'listening');
      if (listening) {
        listening.sessions = 3;
        listening.history = [-0.6, -0.1, 0.4, 0.9].map((rating, i) => ({
          at: `2026-01-0${i + 1}T10:00:00.000Z`,
          sessionId: i === 0 ? null : `s${i}`,
          outcome: i === 0 ? null : 0.8,
          rating,
          uncertainty: 1.2 - i * 0.2,
        }));
      }
      await route.fulfill({ response, json: progress });
    });
    await register(page, 'skipper@example.org');
    await page.getByTestId('self-rating-skip').click();
    await page.getByTestId('self-rating').waitFor({ state: 'detached' });
    const skills = page.getByTestId('skills');
    await expect(skills.getByTestId('skill-listening').getByText('3 sessions').count()).resolves.toBe(1);
    await expect(skills.getByRole('img', { name: /Listening over 4 updates/ }).count()).resolves.toBe(1);
    await expect(skills.getByText('Not enough practice yet').count()).resolves.toBe(4);
    await skills.screenshot({ path: `${ARTIFACTS}/lobby-skills-history.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
