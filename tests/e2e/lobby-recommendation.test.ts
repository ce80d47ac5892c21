// The lobby's learner model end to end: a new learner rates their confidence, sees the recommended next
// practice with its reason and their skills, and starts the recommendation at the recommended level.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Progress, SKILL_NAMES, type Skill } from '../../server/protocol.ts';
import { RUSHED_NEWS } from '../support/conversation-scripts.ts';
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

    // Nothing is rated yet: a first scenario, with no claim about which skill is lowest.
    const firstReason = page.getByTestId('recommendation').getByTestId('recommendation-reason');
    await expect(firstReason.textContent()).resolves.toMatch(/^A good first scenario: it practises [a-z]/);
    await expect(firstReason.textContent()).resolves.not.toMatch(/lowest|lower|most/);
    await page.screenshot({ path: `${ARTIFACTS}/lobby-new-account.png`, fullPage: true });

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
    expect(reason).not.toMatch(/^A good first scenario/);
    await expectReasonMatchesRatings(page);
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
  });

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
  });

  it('after a poor bad-news session, gives a reason that names the targeted skill and agrees with the ratings', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'after-bad-news@example.org');
    const card = page.getByTestId('self-rating');
    for (const skill of Object.values(SKILL_NAMES)) await card.getByLabel(`3 out of 5 for ${skill}`).check();
    await card.getByTestId('self-rating-save').click();
    await card.waitFor({ state: 'detached' });

    // A poor bad-news session, played through the API with this page's cookie, then graded.
    const api = page.request;
    const started = await api.post(`${server.url}/api/sessions`, {
      data: { scenarioId: 'breaking-news-cancer', difficulty: 2 },
    });
    const id = ((await started.json()) as { session: { id: string } }).session.id;
    for (const text of RUSHED_NEWS)
      await api.post(`${server.url}/api/sessions/${id}/turns`, { data: { text } });
    await api.post(`${server.url}/api/sessions/${id}/end`, { data: {} });
    await expect
      .poll(async () => (await api.get(`${server.url}/api/sessions/${id}/report`)).status(), {
        timeout: 15_000,
      })
      .toBe(200);

    await page.reload();
    await page.getByTestId('recommendation').waitFor();
    const reason = await expectReasonMatchesRatings(page);
    expect(reason).not.toMatch(/most need|most to gain/);
    await expect(page.getByTestId('skill-delivering-bad-news').getByText('1 session').count()).resolves.toBe(
      1,
    );
    await page.getByTestId('page-lobby').screenshot({ path: `${ARTIFACTS}/lobby-after-bad-news.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

/**
 * Reads the recommendation's reason against the skills panel beside it: every skill marked as the recommended focus
 * is named; a skill called lowest shows the lowest number; skills said to be rated lower show less than the focus.
 */
async function expectReasonMatchesRatings(page: Page): Promise<string> {
  const reason = (await page.getByTestId('recommendation-reason').textContent()) ?? '';
  const shown = new Map<Skill, number>();
  const focus: Skill[] = [];
  for (const skill of Object.keys(SKILL_NAMES) as Skill[]) {
    const row = page.getByTestId(`skill-${skill}`);
    shown.set(skill, Number(await row.locator('.skill-bar-value').textContent()));
    if ((await row.getByTestId('skill-focus').count()) > 0) focus.push(skill);
  }
  const named = (text: string | undefined) =>
    (Object.keys(SKILL_NAMES) as Skill[]).filter((k) =>
      (text ?? '').toLowerCase().includes(SKILL_NAMES[k].toLowerCase()),
    );
  const context = `${reason} ${JSON.stringify(Object.fromEntries(shown))}`;
  expect(focus.length, context).toBeGreaterThan(0);
  for (const skill of focus)
    expect(reason.toLowerCase(), context).toContain(SKILL_NAMES[skill].toLowerCase());
  const floor = Math.min(...shown.values());
  const lowest = named(
    /^(.*?) (?:is|are) your lowest-rated skills?/.exec(reason)?.[1] ??
      /^It practises (.*?), your lowest-rated skills?/.exec(reason)?.[1],
  );
  for (const skill of lowest) expect(shown.get(skill), context).toBe(floor);
  const main = focus.reduce((a, b) => ((shown.get(a) ?? 0) >= (shown.get(b) ?? 0) ? a : b));
  for (const skill of named(/^(.*?) (?:is|are) rated lower/.exec(reason)?.[1])) {
    expect(shown.get(skill) ?? 0, context).toBeLessThan(shown.get(main) ?? 0);
  }
  return reason;
}
