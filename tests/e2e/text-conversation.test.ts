// The desktop text mode end to end: a real server, the built client and headless Chromium.
// Registers, passes the pre-brief, holds a short conversation, ends it, reads it back with its graded feedback.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { startServer, startServerOnFake, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, register, say, type TestBrowser } from './browser.ts';

const SCENARIO = 'breaking-news-cancer';
const MESSAGES = [
  "Hello, I'm Dr Morgan, one of the doctors looking after you. Is it all right if I sit down?",
  'Before I go through the results, can you tell me what you understand about why we did the scan?',
  "I'm afraid the results are not what we were hoping for.",
];

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const openPage = (url: string) => browser.openPage(url);

async function registerAndOpenPrebrief(page: Page, email: string): Promise<void> {
  await register(page, email);
  await page
    .getByTestId(`scenario-${SCENARIO}`)
    .getByRole('button', { name: /Prepare/ })
    .click();
  await page.getByTestId('prebrief').waitFor();
}

/** Every affect number on screen, keyed by its test id. */
async function affectValues(page: Page): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const element of await page.locator('.affect-value').all()) {
    const id = await element.getAttribute('data-testid');
    if (id) values[id] = (await element.textContent()) ?? '';
  }
  return values;
}

const characterLines = (page: Page) =>
  page.locator('[data-testid="transcript-line"][data-status="stored"]:not([data-speaker="learner"])');

describe('text conversation in the browser', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('registers, holds a short conversation, ends it and reads it back', async () => {
    const { page, pageErrors } = await openPage(server.url);
    await registerAndOpenPrebrief(page, 'morgan@example.org');

    const prebrief = page.getByTestId('prebrief');
    await expect(prebrief.getByTestId('content-warnings').textContent()).resolves.toMatch(/\w/);
    await prebrief.getByText('Your role').waitFor();
    await page.getByTestId('difficulty-2').check();
    await page.getByTestId('prebrief-start').click();
    await page.getByTestId('conversation').waitFor();

    const before = await affectValues(page);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);

    for (const text of MESSAGES) {
      await say(page, text);
      await expect(page.getByTestId('composer-input').inputValue()).resolves.toBe('');
    }

    const replies = await characterLines(page).all();
    expect(replies.length).toBeGreaterThanOrEqual(MESSAGES.length);
    const firstReply = (await replies[0]?.locator('.text').textContent()) ?? '';
    expect(firstReply.trim().length).toBeGreaterThan(3);
    const speaker = (await replies[0]?.locator('.speaker').textContent()) ?? '';
    expect(speaker).not.toBe('You');
    expect(speaker).toMatch(/\w/);

    const after = await affectValues(page);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.keys(after).some((id) => after[id] !== before[id])).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/text-conversation.png` });

    const linesInConversation = await page.getByTestId('transcript-line').count();
    // Hold the report back at first, as a slow grader would, to see the page while it waits.
    let holdReport = true;
    await page.route('**/api/sessions/*/report', (route) =>
      holdReport
        ? route.fulfill({
            status: 202,
            headers: { 'Retry-After': '1' },
            contentType: 'application/json',
            body: JSON.stringify({ status: 'running' }),
          })
        : route.continue(),
    );
    await page.getByTestId('end-session').click();
    // Ending asks first.
    await page.getByTestId('end-confirm-yes').click();
    await page.getByTestId('ended').waitFor();
    await expect(page.getByTestId('transcript-line').count()).resolves.toBe(linesInConversation);
    await expect(page.locator('[data-testid^="affect-change-"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('feedback-status').textContent()).resolves.toBe(
      'Grading your conversation…',
    );
    // The feelings plots load lazily; one per character in the room, each drawn on a canvas.
    await page.locator('[data-testid^="affect-plot-"] canvas').first().waitFor();
    await expect(page.locator('[data-testid^="affect-plot-"]').count()).resolves.toBe(
      await page.locator('[data-testid^="affect-change-"]').count(),
    );
    await page.screenshot({ path: `${ARTIFACTS}/text-conversation-ended.png`, fullPage: true });
    holdReport = false;

    // The background grader's report replaces the waiting line: rubrics with percentages, suggestions, quotes.
    const feedback = page.getByTestId('feedback');
    await feedback.getByRole('heading', { name: 'Feedback' }).waitFor();
    await feedback.locator('[data-testid^="rubric-"] [data-testid="rubric-overall"]').first().waitFor();
    const overalls = await feedback.getByTestId('rubric-overall').allTextContents();
    expect(overalls.some((text) => /^\d{1,3}%$/.test(text))).toBe(true);
    await expect(feedback.getByTestId('suggestion').count()).resolves.toBeGreaterThan(0);
    await expect(feedback.getByTestId('suggestion').first().textContent()).resolves.toMatch(/\w{3}/);
    await expect(feedback.getByTestId('feedback-metrics').textContent()).resolves.toMatch(/open/);

    // A quote names its turn; clicking it highlights that line of the transcript, in view.
    const quote = feedback.getByTestId('evidence-quote').first();
    const turn = await quote.getAttribute('data-turn');
    const quoted = (await quote.locator('q').textContent()) ?? '';
    await quote.click();
    const cited = page.locator(`[data-testid="transcript-line"][data-cited="true"]`);
    await expect(cited.getAttribute('data-turn')).resolves.toBe(turn);
    await expect(cited.count()).resolves.toBe(1);
    const citedText = (await cited.locator('.text').textContent()) ?? '';
    expect(citedText.toLowerCase()).toContain(quoted.toLowerCase());
    await page.waitForFunction(() => {
      const line = document.querySelector('[data-cited="true"]');
      const box = line?.closest('.transcript')?.getBoundingClientRect();
      const rect = line?.getBoundingClientRect();
      return (
        !!box && !!rect && rect.top >= box.top && rect.bottom <= box.bottom && rect.bottom <= innerHeight
      );
    });
    await page.screenshot({ path: `${ARTIFACTS}/text-conversation-feedback.png`, animations: 'disabled' });

    await page.getByTestId('back-to-lobby').click();
    await page.getByTestId('session-list').getByText('Ended').waitFor();

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('replies streaming in from a model', () => {
  const reply = 'I... I was not expecting that. Can you say it again, slowly, so I can take it in?';
  let fake: FakeOpenAI;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.setDefault({ reply, ttftMs: 200, tokensPerSecond: 8 });
    server = await startServerOnFake(fake, { BEDSIDE_CHARACTER_MODEL: 'fake-1' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it('shows a reply growing word by word, with Send disabled until it is done', async () => {
    const { page, pageErrors } = await openPage(server.url);
    await registerAndOpenPrebrief(page, 'streamer@example.org');
    await page.getByTestId('difficulty-1').check();
    await page.getByTestId('prebrief-start').click();
    await page.getByTestId('composer-input').fill(MESSAGES[2] ?? '');
    await page.getByTestId('composer-send').click();

    const streaming = page.locator('[data-testid="transcript-line"][data-status="streaming"]').first();
    await streaming.waitFor();
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-status="streaming"] .text')?.textContent ?? '';
      return text.split(' ').length >= 3;
    });
    const partial = (await streaming.locator('.text').textContent()) ?? '';
    await expect(page.getByTestId('composer-send').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/text-conversation-streaming.png` });

    await characterLines(page).first().waitFor();
    const final = (await characterLines(page).first().locator('.text').textContent()) ?? '';
    expect(final).toBe(reply);
    expect(partial.length).toBeLessThan(final.length);
    expect(final.startsWith(partial.trim())).toBe(true);
    await page.waitForFunction(() => !document.querySelector('[data-status="streaming"]'));
    await page.getByTestId('composer-input').fill('Of course.');
    await expect(page.getByTestId('composer-send').isEnabled()).resolves.toBe(true);

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
