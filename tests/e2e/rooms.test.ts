// The room tells the story, end to end: a real server, the built client, headless Chromium with WebGL through
// SwiftShader. Each scenario's room is built as it names it (a screenshot each, all different), within the headset
// budget in emulated VR; an agitated young man stands and paces; faces change clearly from the learner's seat at
// high distress and at high anger, far more than a calm face changes from one moment to the next.
// Affect is set through copies of shipped scenarios whose levels shift the baseline: nothing in the page is faked.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, openScene, register, type TestBrowser } from './browser.ts';

const SHIPPED = './prompts/scenarios';

interface BodyState {
  arms: string;
  paces: boolean;
  walking: boolean;
  head: [number, number, number];
}

interface HeadOnScreen {
  x: number;
  y: number;
  pixelsPerMetre: number;
}

type Shift = { distress?: number; anger?: number; trust?: number };

/**
 * A copy of a shipped scenario under a new id whose three levels set the baseline by `shifts` (one per level),
 * with relatives left out, so one character is in the room at every level.
 */
function affectCopy(dir: string, from: string, id: string, shifts: [Shift, Shift, Shift]): void {
  const scenario = parse(readFileSync(join(SHIPPED, `${from}.yaml`), 'utf8'));
  scenario.id = id;
  scenario.title = `${scenario.title} (${id})`;
  shifts.forEach((shift, i) => {
    const level = scenario.difficulty.levels[String(i + 1)];
    level.baselineShift = shift;
    level.relativePresent = false;
    // The affect holds still while the test looks.
    level.volatility = 0;
  });
  writeFileSync(join(dir, `${id}.yaml`), stringify(scenario));
}

function scenariosDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bedside-rooms-')), 'scenarios');
  mkdirSync(dir);
  for (const file of readdirSync(SHIPPED).filter((name) => name.endsWith('.yaml')))
    copyFileSync(join(SHIPPED, file), join(dir, file));
  const calm: Shift = { distress: -1, anger: -1, trust: 0.3 };
  affectCopy(dir, 'breaking-news-cancer', 'faces-test', [
    calm,
    { distress: 1, anger: -1 },
    { anger: 1, distress: -1 },
  ]);
  affectCopy(dir, 'agitated-young-person', 'pacing-test', [{ anger: 1, distress: -1 }, calm, calm]);
  return dir;
}

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser({ webgl: true }),
    startServer({ scenariosDir: scenariosDir() }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const probe = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

async function waitForFrames(page: Page, more: number, xr = false): Promise<void> {
  const key = xr ? 'xrFrames' : 'frames';
  const now = await probe<number>(page, `window.__bedsideScene.${key}`);
  await page.waitForFunction(`window.__bedsideScene.${key} >= ${now + more}`, undefined, { timeout: 20_000 });
}

let people = 0;
/** A new learner in a fresh page, in the scene of `scenario` at `level`, with the first frames drawn. */
async function enterScene(scenario: string, level: number, xr = false) {
  const opened = await browser.openPage(server.url, { xr });
  people += 1;
  await register(opened.page, `rooms-${people}@example.org`);
  await openScene(opened.page, scenario, level);
  await opened.page.waitForFunction('window.__bedsideScene?.frames > 0', undefined, { timeout: 30_000 });
  await waitForFrames(opened.page, 5);
  return opened;
}

const ROOMS = [
  { scenario: 'breaking-news-cancer', level: 2, room: 'consultation' },
  { scenario: 'angry-relative-delayed-diagnosis', level: 2, room: 'ward-bay' },
  { scenario: 'death-notification-ed', level: 3, room: 'ed-relatives-room' },
  { scenario: 'agitated-young-person', level: 2, room: 'assessment-room' },
] as const;

describe('the scenario’s room', () => {
  for (const { scenario, level, room } of ROOMS)
    it(`builds ${room} for ${scenario}`, async () => {
      const { page, pageErrors } = await enterScene(scenario, level);
      await expect(probe(page, 'window.__bedsideScene.room')).resolves.toBe(room);
      await page.waitForTimeout(1500);
      await waitForFrames(page, 3);
      await page
        .getByTestId('scene-canvas')
        .locator('canvas')
        .screenshot({ path: `${ARTIFACTS}/room-${room}.png` });
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 60_000);
});
