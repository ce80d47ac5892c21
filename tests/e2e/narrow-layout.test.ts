// A phone held upright (390 px wide): no page scrolls sideways, and in the room every control (Pause, End session,
// Opt out, the text box and Send, the microphone) lies within the screen and can be reached and pressed; the room's
// camera widens to the narrow canvas, so every character's head and torso are in it. A real
// server (voice on, through the fake model server, so the microphone button shows), the built client, headless
// Chromium with WebGL.

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { startServerOnFake, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, register, say, type TestBrowser } from './browser.ts';
import { probe, waitForFrames } from './scene-frames.ts';

const WIDTH = 390;
const HEIGHT = 844;
const SCENARIO = 'breaking-news-cancer';

let browser: TestBrowser;
let fake: FakeOpenAI;
let server: TestServer;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  [browser, server] = await Promise.all([
    launchBrowser({ webgl: true }),
    startServerOnFake(fake, { BEDSIDE_CHARACTER_MODEL: 'fake-1' }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

/** How wide the page scrolls, and the elements that reach past the screen's right edge (to say what to fix). */
async function sideways(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate((width) => {
    const wide: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5)
        wide.push(`${element.tagName.toLowerCase()}.${element.className} right=${Math.round(box.right)}`);
    }
    return {
      scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
      wide: wide.slice(0, 8),
    };
  }, WIDTH);
}

async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const { scrollWidth, wide } = await sideways(page);
  expect(scrollWidth, `${name}: ${wide.join('; ')}`).toBeLessThanOrEqual(WIDTH);
  await page.screenshot({ path: `${ARTIFACTS}/narrow-${name}.png`, fullPage: true });
}

/** The control is on screen once scrolled to, whole, and nothing covers its middle (a press lands on it). */
async function expectReachable(control: Locator, name: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box, name).not.toBeNull();
  if (!box) return;
  expect(box.x, name).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, name).toBeLessThanOrEqual(WIDTH);
  expect(box.y, name).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, name).toBeLessThanOrEqual(HEIGHT);
  const hit = await control.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && (top === element || element.contains(top));
  });
  expect(hit, `${name} is covered`).toBe(true);
}

describe('at 390 px wide', () => {
  it('no page scrolls sideways, and every control in the room is within reach', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.getByTestId('auth-form').waitFor();
    await expectNoSidewaysScroll(page, 'sign-in');
    await register(page, 'phone@example.org');
    await expectNoSidewaysScroll(page, 'lobby');

    await page.getByTestId('nav-progress').click();
    await page.getByTestId('progress-page').waitFor();
    await expectNoSidewaysScroll(page, 'progress');

    await page.getByTestId('nav-my-data').click();
    await page.getByTestId('my-data-page').waitFor();
    await expectNoSidewaysScroll(page, 'my-data');

    await page.goto(`${server.url}/scenarios/${SCENARIO}`);
    await page.getByTestId('prebrief').waitFor();
    await expectNoSidewaysScroll(page, 'prebrief');

    await page.getByTestId('prebrief-start').click();
    await page.getByTestId('conversation').waitFor();
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await page.getByTestId('voice-toggle').waitFor();
    await page.getByTestId('loading-state').waitFor({ state: 'detached' });
    // Pause and End are on the first screen, without scrolling.
    for (const id of ['scene-pause', 'end-session']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box && box.y + box.height <= HEIGHT && box.x + box.width <= WIDTH, id).toBe(true);
    }
    await expectNoSidewaysScroll(page, 'session');
    for (const id of [
      'scene-pause',
      'end-session',
      'opt-out',
      'composer-input',
      'composer-send',
      'voice-toggle',
    ])
      await expectReachable(page.getByTestId(id), id);
    await page.getByTestId('scene-canvas').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/narrow-session-room.png` });

    // The controls work from here: pausing and resuming, then a line typed and sent.
    await page.getByTestId('scene-pause').click();
    await page.getByTestId('scene-paused').waitFor();
    await page.getByTestId('scene-pause').click();
    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");
    await expectNoSidewaysScroll(page, 'session-after-a-turn');

    await page.getByTestId('end-session').click();
    await expectReachable(page.getByTestId('end-confirm-yes'), 'end-confirm-yes');
    await page.screenshot({ path: `${ARTIFACTS}/narrow-end-confirm.png` });
    await page.getByTestId('end-confirm-yes').click();
    await page.getByTestId('ended').waitFor();
    await expectNoSidewaysScroll(page, 'feedback');

    await page.goto(`${server.url}/no/such/page`);
    await page.getByTestId('not-found').waitFor();
    await expectNoSidewaysScroll(page, 'not-found');
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});

/** Where a head is on the canvas (CSS pixels from its top left) and how many pixels a metre spans there. */
interface HeadOnScreen {
  x: number;
  y: number;
  pixelsPerMetre: number;
}

/**
 * Every character's head (with room for the whole head around its centre) and the torso under it lie inside the
 * canvas: a head's centre is 0.12 m below its top and about 0.55 m above the waist; a body is about 0.5 m wide.
 */
async function expectEveryoneInView(page: Page, name: string): Promise<number> {
  const ids = await probe<string[]>(page, 'Object.keys(window.__bedsideScene.places)');
  const canvas = await page.getByTestId('scene-canvas').locator('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  for (const id of ids) {
    const head = await probe<HeadOnScreen | null>(
      page,
      `window.__bedsideScene.headOnScreen(${JSON.stringify(id)})`,
    );
    expect(head, `${name}: ${id} is in front of the camera`).not.toBeNull();
    if (!head) continue;
    const metre = head.pixelsPerMetre;
    const where = `${name}: ${id} at (${Math.round(head.x)}, ${Math.round(head.y)}) on ${canvas.width}x${canvas.height}`;
    expect(head.x - 0.25 * metre, where).toBeGreaterThanOrEqual(0);
    expect(head.x + 0.25 * metre, where).toBeLessThanOrEqual(canvas.width);
    expect(head.y - 0.12 * metre, where).toBeGreaterThanOrEqual(0);
    expect(head.y + 0.55 * metre, where).toBeLessThanOrEqual(canvas.height);
  }
  return ids.length;
}

describe('the room at 390 px wide', () => {
  it.each([
    ['agitated-young-person', 1],
    ['breaking-news-cancer', 2],
  ])(
    'shows every character of %s, head and torso, on the canvas',
    async (scenario, people) => {
      const { page, pageErrors } = await browser.openPage(server.url);
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await register(page, `phone-${scenario}@example.org`);
      await page.goto(`${server.url}/scenarios/${scenario}?level=${people === 1 ? 1 : 2}`);
      await page.getByTestId('prebrief-start').click();
      await page.waitForFunction('window.__bedsideScene?.frames > 0');
      await page.getByTestId('loading-state').waitFor({ state: 'detached' });
      await waitForFrames(page, 5);
      await page.getByTestId('scene-canvas').scrollIntoViewIfNeeded();
      // A pacer is checked at several moments of the walk.
      for (let look = 0; look < 4; look++) {
        expect(await expectEveryoneInView(page, scenario)).toBe(people);
        await page.waitForTimeout(700);
      }
      await page.getByTestId('scene-canvas').screenshot({ path: `${ARTIFACTS}/narrow-room-${scenario}.png` });
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    90_000,
  );
});
