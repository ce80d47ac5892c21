// Leaving from the headset asks first, as End does on the page: Leave opens the confirmation where the microphone
// was and itself becomes Stay; only one question is open at a time (Opt out and Leave take each other's place); a
// pull on the confirmation ends the session with feedback. A real server, the built client, headless Chromium with
// WebGL and an emulated headset (iwer's Meta Quest 3).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, openScene, register, say, type TestBrowser } from './browser.ts';
import { pointAndPull, probe, waitForFrames } from './scene-frames.ts';

const SCENARIO = 'breaking-news-cancer';

// The in-VR row sits at (x, 1.22, -0.42) in iwer's space (see scene-vr.test.ts); the confirmation 0.1 m up the
// panel, which leans back 0.75 rad.
const LEAVE: [number, number, number] = [0.11, 1.22, -0.42];
const OPT_OUT: [number, number, number] = [0.33, 1.22, -0.42];
const UP = 0.1;
const CONFIRM: [number, number, number] = [0, 1.22 + UP * Math.cos(0.75), -0.42 - UP * Math.sin(0.75)];

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser({ webgl: true }), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Which question the page shows now: the same state the headset shows. */
async function question(page: Page): Promise<'end' | 'opt-out' | null> {
  const [end, optOut] = await Promise.all([
    page.getByTestId('end-confirm').count(),
    page.getByTestId('opt-out-confirm').count(),
  ]);
  if (end + optOut > 1) throw new Error('two questions open at once');
  return end ? 'end' : optOut ? 'opt-out' : null;
}

const asks = (page: Page, expected: 'end' | 'opt-out' | null) => async () =>
  (await question(page)) === expected;

describe('leaving from the headset', () => {
  it('asks first; Stay keeps the session; one question at a time; a pull on the confirmation ends it', async () => {
    const { page, pageErrors } = await browser.openPage(server.url, { xr: true });
    await register(page, 'vr-leave@example.org');
    await openScene(page, SCENARIO, 2);
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="enter-vr"]');
      return button !== null && !button.disabled;
    });
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction('window.__bedsideScene.presenting === true', undefined, { timeout: 10_000 });
    await waitForFrames(page, 5, true);

    // Leave asks rather than ends: the learner is still in the room, in the headset.
    await pointAndPull(page, LEAVE, asks(page, 'end'));
    await waitForFrames(page, 3, true);
    await page.screenshot({ path: `${ARTIFACTS}/vr-leave-asking.png` });
    await expect(probe(page, 'window.__bedsideScene.presenting')).resolves.toBe(true);
    await expect(page.getByTestId('conversation').count()).resolves.toBe(1);
    // Asking holds the room still, as on the page.
    await expect(page.getByTestId('composer-input').isDisabled()).resolves.toBe(true);

    // A second pull on the same spot (now Stay) keeps the learner in, and the room carries on.
    await pointAndPull(page, LEAVE, asks(page, null));
    await waitForFrames(page, 5, true);
    await expect(page.getByTestId('conversation').count()).resolves.toBe(1);
    await expect(page.getByTestId('ended').count()).resolves.toBe(0);
    await expect(page.getByTestId('composer-input').isDisabled()).resolves.toBe(false);
    await expect(probe(page, 'window.__bedsideScene.presenting')).resolves.toBe(true);

    // One question at a time: Opt out takes the place of an open Leave question, and Leave of an open Opt out.
    await pointAndPull(page, LEAVE, asks(page, 'end'));
    await pointAndPull(page, OPT_OUT, asks(page, 'opt-out'));
    await pointAndPull(page, LEAVE, asks(page, 'end'));
    await waitForFrames(page, 3, true);
    await page.screenshot({ path: `${ARTIFACTS}/vr-leave-after-opt-out.png` });

    // The confirmation, where the microphone was, ends the session as End does: with feedback, not as opted out.
    const ended = async () => (await page.getByTestId('ended').count()) === 1;
    await pointAndPull(page, CONFIRM, ended);
    await page.waitForFunction('!window.__bedsideScene || window.__bedsideScene.presenting === false');
    await expect(page.getByTestId('left-feedback').count()).resolves.toBe(0);
    await page.getByTestId('affect-summary').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/sessions\/[^/]+\/feedback$/);

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
