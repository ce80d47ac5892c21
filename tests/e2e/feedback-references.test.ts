// The ended page read as a learner reads it: feedback points at "your line K, at m:ss", the transcript beside it is
// numbered the same way, and the feelings table colours a change by whether it is better or worse for the
// conversation (anger falling is better, trust falling worse), not by whether it went up or down.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionWithTurnsDto } from '../../server/protocol.ts';
import { RUSHED_NEWS } from '../support/conversation-scripts.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, register, say, type TestBrowser } from './browser.ts';

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Holds a rushed results consultation and ends it; `readBack` may change the session the ended page reads. */
async function rushedSession(page: Page, readBack: (session: SessionWithTurnsDto) => void): Promise<void> {
  await page.getByTestId('self-rating-skip').click();
  await page
    .getByTestId('scenario-breaking-news-cancer')
    .getByRole('button', { name: /Prepare/ })
    .click();
  await page.getByTestId('difficulty-2').check();
  await page.getByTestId('prebrief-start').click();
  await page.getByTestId('conversation').waitFor();
  for (const text of RUSHED_NEWS) await say(page, text);
  await page.route('**/api/sessions/*', async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as { session: SessionWithTurnsDto };
    readBack(body.session);
    await route.fulfill({ response, json: body });
  });
  await page.getByTestId('end-session').click();
  // Ending asks first.
  await page.getByTestId('end-confirm-yes').click();
  await page.getByTestId('ended').waitFor();
}

describe('the ended page', () => {
  it("refers to the learner's own lines and times, numbered as in the transcript beside it", async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'lines@example.org');
    await rushedSession(page, () => {});
    const feedback = page.getByTestId('feedback');
    await feedback.getByTestId('suggestion').first().waitFor();

    const suggestions = await feedback.getByTestId('suggestion').allTextContents();
    for (const text of suggestions) expect(text).not.toMatch(/\bturns? \d/i);
    const cited = suggestions
      .map((text) => /\bin your line (\d+) \(at (\d+:\d\d)\)/i.exec(text))
      .find(Boolean);
    expect(cited, suggestions.join('\n')).toBeTruthy();
    const [, line, time] = cited as RegExpExecArray;

    // The transcript numbers the learner's lines, in order, with the same time.
    const transcript = page.getByTestId('transcript');
    const learnerRefs = transcript.locator('[data-speaker="learner"] [data-testid="line-ref"]');
    await expect(learnerRefs.count()).resolves.toBe(RUSHED_NEWS.length);
    const labels = await learnerRefs.allTextContents();
    expect(labels.map((label) => /^Line (\d+) · \d+:\d\d$/.exec(label)?.[1])).toEqual(
      RUSHED_NEWS.map((_, i) => String(i + 1)),
    );
    await expect(transcript.locator(`[data-line="${line}"]`).textContent()).resolves.toBe(
      `Line ${line} · ${time}`,
    );

    // An evidence quote is labelled the same way, and clicking it highlights that very line.
    const quote = feedback.locator('[data-testid="evidence-quote"]', { hasText: /Your line \d+/ }).first();
    const label = (await quote.locator('.quote-turn').textContent()) ?? '';
    const quotedLine = /^Your line (\d+), at \d+:\d\d$/.exec(label)?.[1];
    expect(quotedLine, label).toBeDefined();
    await quote.click();
    const highlighted = transcript.locator('[data-cited="true"]');
    await expect(highlighted.getByTestId('line-ref').getAttribute('data-line')).resolves.toBe(quotedLine);
    const quoted = (await quote.locator('q').textContent()) ?? '';
    expect(((await highlighted.locator('.text').textContent()) ?? '').toLowerCase()).toContain(
      quoted.toLowerCase(),
    );
    await page.screenshot({ path: `${ARTIFACTS}/feedback-line-references.png`, fullPage: true });
    await page
      .locator('[data-testid^="rubric-"]')
      .first()
      .screenshot({ path: `${ARTIFACTS}/feedback-line-references-rubric.png` });
    await transcript.screenshot({ path: `${ARTIFACTS}/feedback-line-references-transcript.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('colours a change in feeling by whether it is better or worse, not up or down', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'colours@example.org');
    // Read back with the patient angrier and more trusting at the start than at the end: anger fell (better) and
    // trust fell (worse), both downward.
    await rushedSession(page, (session) => {
      const end = session.affect.alan;
      const start = session.initialAffect.alan;
      if (!end || !start) throw new Error('the patient alan is not in this session');
      start.anger = Math.min(1, end.anger + 0.3);
      start.trust = Math.min(1, end.trust + 0.2);
    });
    const table = page.getByTestId('affect-change-alan');
    const anger = table.getByTestId('change-anger');
    const trust = table.getByTestId('change-trust');
    await expect(anger.textContent()).resolves.toMatch(/^−0\.\d\d/);
    await expect(trust.textContent()).resolves.toMatch(/^−0\.\d\d/);
    await expect(anger.getAttribute('class')).resolves.toBe('change-better');
    await expect(trust.getAttribute('class')).resolves.toBe('change-worse');
    await expect(anger.textContent()).resolves.toMatch(/\(better\)$/);
    const colour = (cell: typeof anger) => cell.evaluate((el) => getComputedStyle(el).color);
    const [better, worse] = await Promise.all([colour(anger), colour(trust)]);
    expect(better).not.toBe(worse);
    // Green for better, red for worse: the larger channel says which.
    const rgb = (css: string) => (css.match(/\d+/g) ?? []).map(Number);
    const [br = 0, bg = 0] = rgb(better);
    const [wr = 0, wg = 0] = rgb(worse);
    expect(bg).toBeGreaterThan(br);
    expect(wr).toBeGreaterThan(wg);
    // Every change on the page follows the rule: falling distress or anger, or rising trust, is better.
    for (const cell of await page.locator('[data-testid^="change-"][data-verdict]').all()) {
      const [feeling, text, verdict] = await Promise.all([
        cell.getAttribute('data-testid'),
        cell.textContent(),
        cell.getAttribute('data-verdict'),
      ]);
      if (verdict === 'unchanged') continue;
      const rose = (text ?? '').startsWith('+');
      const goodWhenRising = feeling === 'change-trust';
      expect(verdict, `${feeling} ${text}`).toBe(rose === goodWhenRising ? 'better' : 'worse');
    }
    await table.screenshot({ path: `${ARTIFACTS}/feedback-change-colours.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
