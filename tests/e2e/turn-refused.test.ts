// A turn the server refuses in the browser: past the session's cap on turns the learner stays in the
// conversation, sees the server's reason, and keeps what they typed.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, register, say, type TestBrowser } from './browser.ts';

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { BEDSIDE_SESSION_MAX_TURNS: '2' } });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

describe('a refused turn in the browser', () => {
  it('past the cap: the reason shows, the conversation stays open, the words stay in the box', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'capped-browser@example.org');
    await page
      .getByTestId('scenario-breaking-news-cancer')
      .getByRole('button', { name: /Prepare/ })
      .click();
    await page.getByTestId('prebrief-start').click();
    await page.getByTestId('conversation').waitFor();
    await say(page, 'Hello, I am Dr Morgan. Is it all right if I sit down?');
    await say(page, 'What do you understand about why we did the scan?');

    const third = 'I am afraid the results are not what we were hoping for.';
    await page.getByTestId('composer-input').fill(third);
    await page.getByTestId('composer-input').press('Enter');
    const error = page.getByTestId('conversation-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/limit of 2 turns.*start a new one/);
    await expect(page.getByTestId('conversation').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('composer-input').inputValue()).resolves.toBe(third);
    await page.screenshot({ path: join(ARTIFACTS, 'turn-refused-session-full.png') });
    expect(pageErrors).toEqual([]);
    // Registering, starting a scene and two turns took 12–33 s in loaded two-lane runs.
  });
});
